package org.constellation.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Where a result comes from: the project version, the git commit of the working copy (and whether it
 * had uncommitted changes), and the Java and MASON versions.
 *
 * @param version project version
 * @param commit git commit hash, or "unknown"
 * @param dirty true if the working copy had uncommitted changes
 * @param java Java runtime version
 * @param mason MASON version
 */
public record Provenance(String version, String commit, boolean dirty, String java, String mason) {

    /** Collects provenance for a Constellation home folder. */
    public static Provenance collect(Path home) {
        String commit = git(home, "rev-parse", "HEAD");
        String status = git(home, "status", "--porcelain", "--untracked-files=no");
        return new Provenance(projectVersion(), commit.isEmpty() ? "unknown" : commit, !status.isEmpty() && !commit.isEmpty(),
                System.getProperty("java.version"), Double.toString(sim.engine.SimState.version()));
    }

    /** The project version from the build. */
    public static String projectVersion() {
        try (InputStream in = Provenance.class.getResourceAsStream("/org/constellation/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String git(Path home, String... args) {
        String[] command = new String[args.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = home.toString();
        System.arraycopy(args, 0, command, 3, args.length);
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.getErrorStream().readAllBytes();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return "";
            }
            return out;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** As an ordered map for JSON. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", version);
        m.put("git_commit", commit);
        m.put("git_dirty", dirty);
        m.put("java", java);
        m.put("mason", mason);
        return m;
    }
}
