package org.constellation.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The command line in a JVM of its own (to kill it, or to give it an environment), on the tests' class path. */
public final class CliProcess {

    /** How long {@link #run} waits for a command before killing it. */
    private static final long TIMEOUT_SECONDS = 180;

    /**
     * What a finished command did.
     *
     * @param status its exit status
     * @param output standard output and standard error, interleaved
     */
    public record Result(int status, String output) {
    }

    private CliProcess() {
    }

    /** A process builder for {@code constellation ARGS}, with the project as its home. */
    public static ProcessBuilder builder(Map<String, String> environment, String... args) {
        return builder(environment, List.of(), args);
    }

    /** As {@link #builder(Map, String...)}, with options for the JVM (such as {@code -Xmx64m}). */
    public static ProcessBuilder builder(Map<String, String> environment, List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "-Dconstellation.home="
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

    /** Runs {@code constellation ARGS} to its end and returns its status and output. */
    public static Result run(String... args) throws IOException, InterruptedException {
        return run(List.of(), args);
    }

    /** Runs {@code constellation ARGS} in a JVM with these options, to its end. */
    public static Result run(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        Path log = Files.createTempFile("constellation-cli", ".log");
        try {
            Process p = builder(Map.of(), jvmOptions, args).redirectOutput(log.toFile()).start();
            p.getOutputStream().close();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                throw new IllegalStateException("constellation " + String.join(" ", args) + " did not end in "
                        + TIMEOUT_SECONDS + " s: " + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
