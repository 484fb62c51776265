package org.constellation.experiment.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Every point in a JVM of its own ({@link PointWorker}), as a sweep's worker runs one scenario: the JIT compiles
 * each point's code for that point alone, where one JVM running every size compiles it for all of them
 * (docs/PERFORMANCE.md measures the difference). The workers live through the whole benchmark and run only
 * when told, one at a time, so a round still interleaves the points' runs. A worker warms up until it has run
 * {@link #WARM_RUNS} times and for {@link #WARM_MILLIS} ms, so that its JIT has compiled the point's code. The
 * workers get this JVM's options (a heap limit, say), but not a profiler's or a debugger's. A worker whose
 * input closes (this JVM stopped, even by kill -9) finishes its run and stops.
 */
final class ForkedPoints implements PointRunner {

    /** Least warm-up runs of a worker. */
    static final int WARM_RUNS = 5;
    /** Least warm-up time of a worker, in ms of cost. */
    static final double WARM_MILLIS = 2000;

    private final List<Path> files;
    private final Worker[] workers;

    ForkedPoints(List<Path> files) {
        this.files = List.copyOf(files);
        this.workers = new Worker[files.size()];
    }

    @Override
    public WarmUp warmUp(int point) throws IOException {
        workers[point] = new Worker(files.get(point));
        String[] w = workers[point].ask("warm-up " + WARM_RUNS + " " + WARM_MILLIS, 2);
        return new WarmUp(Double.parseDouble(w[0]), Double.parseDouble(w[1]));
    }

    @Override
    public TimedRun run(int point, long replicate) throws IOException {
        String[] w = workers[point].ask("run " + replicate, 4);
        return new TimedRun(Double.parseDouble(w[0]), Double.parseDouble(w[1]), Long.parseLong(w[2]),
                Integer.parseInt(w[3]));
    }

    @Override
    public void close() throws IOException {
        for (Worker w : workers) {
            if (w != null) {
                w.close();
            }
        }
    }

    /** The command that starts a worker for a scenario file: this JVM's java, options and class path. */
    static List<String> command(Path file) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (inherited(option)) {
                command.add(option);
            }
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(PointWorker.class.getName());
        command.add(file.toString());
        return command;
    }

    /** True for an option a worker takes over: not a profiler's, an agent's or a debugger's. */
    static boolean inherited(String option) {
        return !(option.contains("FlightRecord") || option.startsWith("-agentlib") || option.startsWith("-agentpath")
                || option.startsWith("-javaagent") || option.contains("jdwp"));
    }

    /** One worker process and its two pipes. */
    private static final class Worker {
        private final Path file;
        private final Process process;
        private final Writer in;
        private final BufferedReader out;

        Worker(Path file) throws IOException {
            this.file = file;
            process = new ProcessBuilder(command(file)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        /** Sends a command and returns the {@code words} words of its answer after "ok". */
        String[] ask(String command, int words) throws IOException {
            in.write(command + "\n");
            in.flush();
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("ok ") && line.split(" ").length == words + 1) {
                    return line.substring(3).split(" ");
                }
                if (line.startsWith("error ")) {
                    throw new IOException("bench worker for " + file + ": " + line.substring(6));
                }
            }
            throw new IOException("bench worker for " + file + " stopped (exit code " + exitCode() + ") at '" + command
                    + "'");
        }

        private String exitCode() {
            try {
                return process.waitFor(5, TimeUnit.SECONDS) ? Integer.toString(process.exitValue()) : "none yet";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "unknown";
            }
        }

        void close() throws IOException {
            try {
                in.write("quit\n");
                in.flush();
            } catch (IOException e) {
                // already gone: destroyed below if it has not stopped
            }
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            in.close();
            out.close();
        }
    }
}
