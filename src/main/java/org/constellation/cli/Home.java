package org.constellation.cli;

import java.nio.file.Path;

/** The Constellation home folder: where {@code scenarios/} and {@code results/} live (set by the launcher). */
final class Home {

    private Home() {
    }

    static Path path() {
        return Path.of(System.getProperty("constellation.home", ".")).toAbsolutePath().normalize();
    }
}
