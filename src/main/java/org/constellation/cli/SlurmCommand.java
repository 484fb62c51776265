package org.constellation.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.constellation.experiment.AtomicFile;
import org.constellation.experiment.sweep.LoadedExperiment;
import org.constellation.experiment.sweep.RunPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code constellation slurm FILE --tasks N [--partition P] [--time T] [--mem M] [--cpus C] [--submit]}:
 * writes the scripts that run an experiment as a SLURM job array and merge it, and optionally submits them.
 */
@Command(name = "slurm", mixinStandardHelpOptions = true,
        description = "Write an sbatch array script (one task per shard, requeue-safe), a merge job and submit.sh "
                + "(which submits the merge with --dependency=afterok on the array) into DIR/slurm; with --submit, "
                + "submit them. Run it from a path the compute nodes share.")
final class SlurmCommand implements Callable<Integer> {

    private static final Pattern SLURM_VALUE = Pattern.compile("[A-Za-z0-9_.:,+-]+");

    @Parameters(index = "0", paramLabel = "FILE", description = "An experiment file, or a name from "
            + "scenarios/experiments/.")
    private String file;

    @Option(names = "--tasks", paramLabel = "N", required = true, description = "Array tasks, one shard each.")
    private String tasks;

    @Option(names = "--cpus", paramLabel = "C", defaultValue = "1", description = "CPUs (threads) per task "
            + "(default: ${DEFAULT-VALUE}).")
    private String cpus;

    @Option(names = "--partition", paramLabel = "P", description = "SLURM partition (default: the cluster's).")
    private String partition;

    @Option(names = "--time", paramLabel = "T", description = "Time limit per task, e.g. 02:00:00.")
    private String time;

    @Option(names = "--mem", paramLabel = "M", description = "Memory per task, e.g. 2G.")
    private String mem;

    @Option(names = "--out", paramLabel = "DIR", description = "Sweep folder (default: results/<experiment>).")
    private Path out;

    @Option(names = "--submit", description = "Submit the array and the merge job with sbatch.")
    private boolean submit;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        LoadedExperiment experiment = Experiments.load(file);
        int n = Arguments.positiveInt("--tasks", tasks);
        long runs = new RunPlan(experiment.spec()).runs();
        if (n > runs) {
            throw new UserError("--tasks " + n + " is more than the experiment's " + runs + " runs");
        }
        Path folder = (out != null ? out : Home.path().resolve("results").resolve(experiment.spec().name()))
                .toAbsolutePath().normalize();
        if (folder.toString().chars().anyMatch(Character::isWhitespace)) {
            throw new UserError("--out: SLURM directives cannot hold a path with spaces: " + folder);
        }
        SlurmScripts scripts = new SlurmScripts(experiment.spec().name(), experiment.file().toAbsolutePath().normalize(),
                folder, n, Arguments.threads("--cpus", cpus), value("--partition", partition), value("--time", time),
                value("--mem", mem));
        Path dir = folder.resolve("slurm");
        Outputs.inspect(folder, "--out");
        Outputs.inspect(dir, "--out");
        Files.createDirectories(dir.resolve("logs"));
        String java = SlurmScripts.javaCommand(Home.path());
        write(dir.resolve("array.sbatch"), scripts.array(java));
        write(dir.resolve("merge.sbatch"), scripts.merge(java));
        write(dir.resolve("submit.sh"), scripts.submit());
        PrintWriter o = spec.commandLine().getOut();
        o.printf("%d runs in %d shards: %s, merge.sbatch and submit.sh in %s%n", runs, n, "array.sbatch", dir);
        if (!submit) {
            o.printf("submit with: sh %s%n", SlurmScripts.quote(dir.resolve("submit.sh").toString()));
            return 0;
        }
        return submit(dir, o);
    }

    private static String value(String option, String text) {
        if (text != null && !SLURM_VALUE.matcher(text).matches()) {
            throw new UserError(option + ": '" + text + "' is not a SLURM value (letters, digits and _.:,+- only)");
        }
        return text;
    }

    private static void write(Path file, String text) throws IOException {
        AtomicFile.write(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private int submit(Path dir, PrintWriter o) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(List.of("sh", dir.resolve("submit.sh").toString())).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UserError("cannot run " + dir.resolve("submit.sh") + ": " + e.getMessage());
        }
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (p.waitFor() != 0) {
            throw new UserError("submission failed (is this a SLURM login node with sbatch on the PATH?): " + text);
        }
        o.println(text);
        return 0;
    }
}
