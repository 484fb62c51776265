package org.constellation.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The command line in a JVM of its own (to kill it, or to give it an environment), on the tests' class path. */
public final class CliProcess {

    private CliProcess() {
    }

    /** A process builder for {@code constellation ARGS}, with the project as its home. */
    public static ProcessBuilder builder(Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "-Dconstellation.home="
                + Path.of(".").toAbsolutePath().normalize(), "org.constellation.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true);
        b.environment().putAll(environment);
        return b;
    }

    /** Starts {@code constellation ARGS}, its output discarded. */
    public static Process start(String... args) throws IOException {
        return builder(Map.of(), args).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
