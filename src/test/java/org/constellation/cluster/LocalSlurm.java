package org.constellation.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A single-node SLURM cluster on localhost for tests: installs Debian's slurm-wlm and munge when
 * missing, starts munged (unless one already answers), slurmctld and slurmd with their state in a
 * temporary folder, and stops every daemon it started, by PID. {@link #unavailable} says why it
 * cannot run here, or null.
 */
final class LocalSlurm implements AutoCloseable {

    private final Path state;
    private final Path conf;
    private final List<Path> pidFiles = new ArrayList<>();

    private LocalSlurm(Path state) {
        this.state = state;
        this.conf = state.resolve("slurm.conf");
    }

    /** Why a local cluster cannot be started here, or null if it can. */
    static String unavailable() {
        if (!System.getProperty("os.name").toLowerCase().contains("linux")) {
            return "SLURM test needs Linux";
        }
        if (!"0".equals(output(List.of("id", "-u")))) {
            return "SLURM test needs root to install packages and start the daemons";
        }
        if (installed()) {
            return null;
        }
        if (!Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
            return "SLURM is not installed and this is not a Debian system (no apt-get)";
        }
        run(List.of("apt-get", "update", "-qq"), 600);
        if (!run(List.of("apt-get", "install", "-y", "-qq", "--no-install-recommends", "slurm-wlm", "munge"), 900)) {
            return "apt-get could not install slurm-wlm and munge";
        }
        return installed() ? null : "slurm-wlm installed but slurmctld is not on the PATH";
    }

    private static boolean installed() {
        return run(List.of("sh", "-c", "command -v slurmctld && command -v slurmd && command -v munged && command -v "
                + "sbatch"), 30);
    }

    /**
     * Starts the cluster and waits until its node is idle. Its state goes to a fresh folder that the
     * munge user can reach (a test's own temporary folder is private to root).
     */
    static LocalSlurm start() throws IOException, InterruptedException {
        LocalSlurm s = new LocalSlurm(Files.createTempDirectory("constellation-slurm"));
        try {
            s.startDaemons();
        } catch (IOException | InterruptedException | RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    private void startDaemons() throws IOException, InterruptedException {
        Files.createDirectories(state.resolve("state"));
        Files.createDirectories(state.resolve("spool"));
        run(List.of("chmod", "755", state.toString()), 10);
        if (!run(List.of("sh", "-c", "munge -n | unmunge"), 30)) {
            startMunge();
        }
        String template;
        try (InputStream in = LocalSlurm.class.getResourceAsStream("/slurm/slurm.conf")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.writeString(conf, template.replace("@HOSTNAME@", output(List.of("hostname", "-s")))
                .replace("@STATE_DIR@", state.toString()).replace("@CTLD_PORT@", Integer.toString(freePort()))
                .replace("@SLURMD_PORT@", Integer.toString(freePort()))
                .replace("@CPUS@", Integer.toString(Runtime.getRuntime().availableProcessors())));
        daemon(List.of("slurmctld", "-f", conf.toString()), state.resolve("slurmctld.pid"));
        daemon(List.of("slurmd", "-f", conf.toString()), state.resolve("slurmd.pid"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!"idle".equals(client("sinfo", "-h", "-o", "%t"))) {
            if (System.nanoTime() > deadline) {
                throw new IOException("the SLURM node did not become idle in 90 s; see " + state);
            }
            Thread.sleep(500);
        }
    }

    private void startMunge() throws IOException, InterruptedException {
        Path dir = state.resolve("munge");
        Files.createDirectories(dir);
        Files.createDirectories(Path.of("/run/munge"));
        run(List.of("chown", "munge:munge", dir.toString(), "/run/munge"), 10);
        if (!Files.exists(Path.of("/etc/munge/munge.key"))) {
            run(List.of("runuser", "-u", "munge", "--", "mungekey", "--create"), 30);
        }
        daemon(List.of("runuser", "-u", "munge", "--", "munged", "--pid-file=" + dir.resolve("munged.pid"),
                "--log-file=" + dir.resolve("munged.log"), "--seed-file=" + dir.resolve("munged.seed")),
                dir.resolve("munged.pid"));
    }

    private void daemon(List<String> command, Path pidFile) throws IOException, InterruptedException {
        pidFiles.add(pidFile);
        if (!run(command, 60)) {
            throw new IOException("could not start " + String.join(" ", command) + "; see the logs in " + state);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(pidFile)) {
            if (System.nanoTime() > deadline) {
                throw new IOException(command.get(0) + " wrote no PID file " + pidFile);
            }
            Thread.sleep(100);
        }
    }

    /** The environment that aims SLURM commands at this cluster. */
    Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put("SLURM_CONF", conf.toString());
        return env;
    }

    /** Output of a SLURM client command run against this cluster. */
    String client(String... words) {
        ProcessBuilder b = new ProcessBuilder(words).redirectErrorStream(true);
        b.environment().putAll(environment());
        return output(b);
    }

    /** The cluster's logs, for failure messages. */
    String logs() throws IOException {
        StringBuilder b = new StringBuilder();
        for (String log : new String[] {"slurmctld.log", "slurmd.log"}) {
            Path p = state.resolve(log);
            if (Files.exists(p)) {
                List<String> lines = Files.readAllLines(p);
                b.append("--- ").append(log).append('\n')
                        .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())));
            }
        }
        return b.toString();
    }

    /** Stops the daemons this cluster started, by PID, newest first, and deletes its state. */
    @Override
    public void close() {
        stopDaemons();
        run(List.of("rm", "-rf", state.toString()), 60);
    }

    private void stopDaemons() {
        for (int i = pidFiles.size() - 1; i >= 0; i--) {
            try {
                if (Files.exists(pidFiles.get(i))) {
                    long pid = Long.parseLong(Files.readString(pidFiles.get(i)).trim());
                    ProcessHandle.of(pid).ifPresent(LocalSlurm::stop);
                }
            } catch (IOException | NumberFormatException e) {
                System.err.println("LocalSlurm: cannot stop the daemon of " + pidFiles.get(i) + ": " + e);
            }
        }
    }

    private static void stop(ProcessHandle p) {
        p.destroy();
        try {
            p.onExit().get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            p.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static boolean run(List<String> command, int seconds) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect
                    .DISCARD).start();
            return p.waitFor(seconds, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String output(ProcessBuilder b) {
        try {
            Process p = b.start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.waitFor(60, TimeUnit.SECONDS);
            return text;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    static String output(List<String> command) {
        return output(new ProcessBuilder(command).redirectErrorStream(true));
    }
}
