package org.constellation.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder replaced below. */
@Command(name = "geo-pko")
final class ImportGeoPkoCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
