package org.constellation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import 3w, import geo-pko, compare-3w and run --compare-3w from the command line: results, and clear errors. */
class DataCommandsTest {

    @TempDir
    Path tmp;

    private record Outcome(int status, String out, String err) {
    }

    private static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Outcome(status, out.toString(), err.toString());
    }

    private static final String TINY = """
            name: tiny
            steps: 4
            seed: 5
            region:
              countries: [{id: atlantis, name: Atlantis}]
              districts:
                - {id: north, country: atlantis, need: {epidemics: 0.7}, driver: {epidemics: 0.5}}
                - {id: south, country: atlantis, need: {epidemics: 0.5}, driver: {epidemics: 0.4}}
              edges: [[north, south]]
            actors:
              - {id: who, organisation: who, presence: [north, south], capacity: 4}
              - {id: msf, organisation: international-ngo, presence: [north], capacity: 2}
            """;

    private static final String OBSERVED = """
            country,region,pcode,organisation,org_type,activity
            Atlantis,North,,World Health Organization,UN Agency,Social Mobilisation
            Atlantis,North,,MSF,International NGO,ETC + Triage
            Atlantis,South,,MSF,International NGO,Social Mobilisation
            Atlantis,South,,Ministry of Health,Goverment,Coordination
            """;

    @Test
    void runComparesItsOwn3wWithAnObservedTable() throws Exception {
        Path scenario = Files.writeString(tmp.resolve("tiny.yaml"), TINY);
        Path observed = Files.writeString(tmp.resolve("observed.csv"), OBSERVED);
        Path out = tmp.resolve("run");
        Outcome o = run("run", scenario.toString(), "--out", out.toString(), "--no-charts", "--compare-3w",
                observed.toString());
        assertThat(o.status()).as(o.err()).isZero();
        assertThat(o.out()).contains("coverage").contains("overall distance").contains("simulated steps 3-3")
                .contains("to " + out.resolve("compare-3w"));
        assertThat(out.resolve("who-does-what-where.csv")).exists();
        for (String f : new String[] {"comparison.csv", "cells.csv", "regions.csv", "activity-mix.csv",
            "organisations-per-cell.png", "organisations-per-cell.svg", "activity-mix.svg"}) {
            assertThat(out.resolve("compare-3w").resolve(f)).exists();
        }
        assertThat(Files.readString(out.resolve("compare-3w/cells.csv"))).contains("north,Social Mobilisation,1,");
        Outcome again = run("compare-3w", observed.toString(), out.toString(), "--steps", "0-3", "--out",
                tmp.resolve("again").toString());
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.out()).contains("simulated steps 0-3");
    }

    @Test
    void compareErrorsAreOneClearLine() throws Exception {
        Path observed = Files.writeString(tmp.resolve("observed.csv"), OBSERVED);
        Path sim = Files.writeString(tmp.resolve("sim.csv"), "step,actor,organisation,country,district,challenge,"
                + "activity\n0,who,who,atlantis,north,epidemics,prevention-outreach\n");
        assertError(run("compare-3w", observed.toString(), tmp.resolve("nothing").toString()), "no such file");
        assertError(run("compare-3w", observed.toString(), sim.toString(), "--steps", "5-2"), "--steps");
        assertError(run("compare-3w", observed.toString(), sim.toString(), "--steps", "3-4"), "steps 0-0");
        Path noActivity = Files.writeString(tmp.resolve("o2.csv"), OBSERVED.replace(",activity", ",what"));
        assertError(run("compare-3w", noActivity.toString(), sim.toString()), "missing column [activity]");
    }

    @Test
    void importErrorsAreClearAndWriteNothing() throws Exception {
        Path out = tmp.resolve("x.yaml");
        assertError(run("import", "3w", "data/ebola-3w-2014/presence.csv", "--regions",
                "data/ebola-3w-2014/regions.csv", "--country", "Narnia", "--out", out.toString()), "--country Narnia");
        assertError(run("import", "3w", "data/ebola-3w-2014/presence.csv", "--regions",
                "data/ebola-3w-2014/regions.csv", "--activities", "some", "--out", out.toString()), "--activities");
        assertError(run("import", "geo-pko", "data/geo-pko/deployments-v2.3.csv", "--mission", "MINUSMA",
                "--scenario", "sahel", "--from", "1990", "--out", out.toString()), "MINUSMA has data for 2014-2024");
        assertThat(out).doesNotExist();
        assertThat(tmp.toFile().list()).isEmpty();
    }

    @Test
    void import3wWritesAScenarioThatRuns() throws Exception {
        Path out = tmp.resolve("sl.yaml");
        Outcome o = run("import", "3w", "data/ebola-3w-2014/presence.csv", "--regions",
                "data/ebola-3w-2014/regions.csv", "--country", "Sierra Leone", "--activities", "observed", "--name",
                "sierra-leone", "--out", out.toString());
        assertThat(o.status()).as(o.err()).isZero();
        assertThat(o.out()).contains("13 districts");
        assertThat(Files.readString(out)).startsWith("# Written by `import 3w`").contains("--activities observed");
        Outcome r = run("run", out.toString(), "--steps", "2", "--out", tmp.resolve("r").toString(), "--no-charts");
        assertThat(r.status()).as(r.err()).isZero();
    }

    private static void assertError(Outcome o, String containing) {
        assertThat(o.status()).as(o.out() + o.err()).isEqualTo(Main.USER_ERROR);
        assertThat(o.err()).contains(containing).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
