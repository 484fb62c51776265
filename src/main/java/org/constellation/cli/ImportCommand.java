package org.constellation.cli;

import picocli.CommandLine.Command;

/** {@code constellation import 3w|geo-pko ...}: scenarios from real records. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Build scenarios from real records: a 3W table (who does what where) or Geo-PKO deployments. "
                + "See docs/DATA.md.",
        subcommands = {ImportThreeWCommand.class, ImportGeoPkoCommand.class})
final class ImportCommand implements Runnable {

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
