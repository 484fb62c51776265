package org.constellation.experiment.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.constellation.scenario.LoadedScenario;
import org.constellation.scenario.ScenarioLoader;

/**
 * The process that runs one point of the scaling benchmark in a JVM of its own ({@link ForkedPoints}). It reads
 * one command a line and answers each with one line: {@code warm-up RUNS MILLIS} (runs warm-up replicates at least RUNS
 * times and for at least MILLIS ms of cost; answers {@code ok COST KEPT}), {@code run REPLICATE} (answers
 * {@code ok COST WALL SEED OUTPUTS}), {@code quit}. A failure answers {@code error MESSAGE}.
 */
public final class PointWorker {

    private PointWorker() {
    }

    /** Serves the point whose scenario file is the one argument. */
    public static void main(String[] args) {
        try {
            LoadedScenario scenario = ScenarioLoader.load(Path.of(args[0]));
            serve(scenario, new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), System.out);
        } catch (Exception e) {
            System.out.println("error " + e.getMessage());
            System.exit(2);
        }
    }

    /** Answers commands from {@code in} on {@code out} until {@code quit} or the end of the input. */
    static void serve(LoadedScenario scenario, BufferedReader in, PrintStream out) throws IOException {
        PointRuns runs = new PointRuns(scenario);
        for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
            String[] words = line.split(" ");
            try {
                out.println(switch (words[0]) {
                    case "warm-up" -> {
                        PointRunner.WarmUp w = runs.warmUp(Integer.parseInt(words[1]), Double.parseDouble(words[2]));
                        yield "ok " + w.costMillis() + " " + w.keptMegabytes();
                    }
                    case "run" -> {
                        PointRunner.TimedRun t = runs.timed(Long.parseLong(words[1]));
                        yield "ok " + t.costMillis() + " " + t.wallMillis() + " " + t.seed() + " " + t.outputs();
                    }
                    default -> "error unknown command '" + line + "'";
                });
            } catch (RuntimeException e) {
                out.println("error " + line + ": " + e);
            }
            out.flush();
        }
    }
}
