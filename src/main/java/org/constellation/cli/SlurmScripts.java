package org.constellation.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of the SLURM scripts for one sharded sweep: an array job with one task per shard (each
 * task resumes its shard, so a requeued or restarted task does only what is missing), a merge job,
 * and submit.sh, which submits the array and then the merge with {@code --dependency=afterok} on it.
 * Tasks run the same Java and class path as the command that wrote them, by absolute path, so they
 * need only a shared filesystem.
 *
 * @param name the experiment's name
 * @param experiment the experiment file (absolute)
 * @param out the sweep folder (absolute, without white space): shards in out/shards, scripts and logs in out/slurm
 * @param tasks number of shards
 * @param cpus CPUs (worker threads) per task
 * @param partition partition, or null for the cluster's default
 * @param time time limit per task, or null
 * @param mem memory per task, or null
 */
record SlurmScripts(String name, Path experiment, Path out, int tasks, int cpus, String partition, String time,
        String mem) {

    /** The Java command that runs Constellation here, as shell words. */
    static String javaCommand(Path home) {
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.add(Path.of(entry).toAbsolutePath().normalize().toString());
        }
        return quote(Path.of(System.getProperty("java.home"), "bin", "java").toString()) + " -Dconstellation.home="
                + quote(home.toString()) + " -cp " + quote(String.join(File.pathSeparator, classPath))
                + " org.constellation.cli.Main";
    }

    /** The folder of shard {@code index}. */
    Path shard(int index) {
        return out.resolve("shards").resolve("shard-" + index + "-of-" + tasks);
    }

    String array(String java) {
        StringBuilder b = header("constellation-" + name, "shard-%a.log");
        b.append("#SBATCH --array=1-").append(tasks).append('\n')
                .append("#SBATCH --cpus-per-task=").append(cpus).append('\n')
                .append("#SBATCH --requeue\n");
        options(b);
        b.append("\n# One shard per task. --resume makes a requeued or restarted task do only the runs it lacks.\n")
                .append("set -eu\n")
                .append("task=\"${SLURM_ARRAY_TASK_ID}\"\n")
                .append(java).append(" sweep ").append(quote(experiment.toString()))
                .append(" \\\n  --shard \"$task/").append(tasks).append("\" --out ")
                .append(quote(out.resolve("shards").toString())).append("/shard-\"$task\"-of-").append(tasks)
                .append(" \\\n  --threads \"${SLURM_CPUS_PER_TASK:-").append(cpus).append("}\" --resume --no-charts\n");
        return b.toString();
    }

    String merge(String java) {
        StringBuilder b = header("constellation-" + name + "-merge", "merge.log");
        b.append("#SBATCH --cpus-per-task=1\n");
        options(b);
        b.append("\n# Runs once every task of the array has succeeded (submit.sh gives --dependency=afterok).\n")
                .append("set -eu\n").append(java).append(" merge");
        for (int i = 1; i <= tasks; i++) {
            b.append(" \\\n  ").append(quote(shard(i).toString()));
        }
        b.append(" \\\n  --out ").append(quote(out.toString())).append('\n');
        return b.toString();
    }

    String submit() {
        return "#!/bin/sh\n"
                + "# Submits the array of " + tasks + " shards, then the merge job to run once all have succeeded.\n"
                + "set -eu\n"
                + "cd \"$(dirname \"$0\")\"\n"
                + "array=$(sbatch --parsable array.sbatch)\n"
                + "array=${array%%;*}\n"
                + "merge=$(sbatch --parsable --dependency=afterok:\"$array\" merge.sbatch)\n"
                + "merge=${merge%%;*}\n"
                + "echo \"submitted array job $array (" + tasks + " tasks) and merge job $merge\"\n";
    }

    private StringBuilder header(String job, String log) {
        StringBuilder b = new StringBuilder("#!/bin/bash\n");
        b.append("#SBATCH --job-name=").append(job).append('\n')
                .append("#SBATCH --output=").append(out.resolve("slurm").resolve("logs").resolve(log)).append('\n')
                .append("#SBATCH --open-mode=append\n");
        return b;
    }

    private void options(StringBuilder b) {
        if (partition != null) {
            b.append("#SBATCH --partition=").append(partition).append('\n');
        }
        if (time != null) {
            b.append("#SBATCH --time=").append(time).append('\n');
        }
        if (mem != null) {
            b.append("#SBATCH --mem=").append(mem).append('\n');
        }
    }

    /** A shell word: the text in single quotes. */
    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
