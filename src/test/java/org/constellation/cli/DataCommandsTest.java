package org.constellation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.constellation.support.FolderState;
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

    /** A two-district scenario with a 3W of its own. */
    static final String TINY = """
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

    /** An observed 3W table of its two regions. */
    static final String OBSERVED = """
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

    @Test
    void anImportReplacesOnlyItsOwnEarlierOutputAndNeverWritesThroughALink() throws Exception {
        String[] import3w = {"import", "3w", "data/ebola-3w-2014/presence.csv", "--regions",
            "data/ebola-3w-2014/regions.csv", "--country", "Liberia", "--out"};
        Path own = tmp.resolve("own.yaml");
        assertThat(run(with(import3w, own.toString())).status()).isZero();
        String first = Files.readString(own);
        Files.writeString(tmp.resolve(".own.yaml.99999999-1.partial"), "what a killed import left");
        Outcome again = run(with(import3w, own.toString()));
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(Files.readString(own)).isEqualTo(first);
        assertThat(tmp.resolve(".own.yaml.99999999-1.partial")).doesNotExist();
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Path precious = Files.writeString(outside.resolve("precious.yaml"), "name: precious\n");
        Path mine = Files.writeString(tmp.resolve("mine.yaml"), "# my own scenario\nname: mine\n");
        Path link = Files.createSymbolicLink(tmp.resolve("link.yaml"), precious);
        Map<String, String> before = FolderState.of(tmp);
        assertError(run(with(import3w, mine.toString())), "not a scenario written by import 3w");
        assertError(run(with(import3w, link.toString())), "symbolic link");
        assertError(run("import", "geo-pko", "data/geo-pko/deployments-v2.3.csv", "--mission", "MINUSMA", "--scenario",
                link.toString(), "--out", link.toString()), "symbolic link");
        assertError(run("import", "geo-pko", "data/geo-pko/deployments-v2.3.csv", "--mission", "MINUSMA", "--scenario",
                "sahel", "--out", mine.toString()), "--scenario and --out");
        assertThat(FolderState.of(tmp)).isEqualTo(before);
    }

    @Test
    void geoPkoStillEditsItsBaseInPlaceAndWritesAgainWhatItWroteFromAnotherBase() throws Exception {
        Path sahel = Files.copy(Path.of("scenarios/sahel.yaml"), tmp.resolve("sahel.yaml"));
        String[] minusma = {"import", "geo-pko", "data/geo-pko/deployments-v2.3.csv", "--mission", "MINUSMA",
            "--scenario"};
        Outcome inPlace = run(with(minusma, sahel.toString(), "--out", sahel.toString()));
        assertThat(inPlace.status()).as(inPlace.err()).isZero();
        assertThat(Files.readString(sahel)).contains("base: this file");
        Path made = tmp.resolve("made.yaml");
        assertThat(run(with(minusma, "sahel", "--out", made.toString())).status()).isZero();
        Outcome remade = run(with(minusma, "sahel", "--out", made.toString()));
        assertThat(remade.status()).as(remade.err()).isZero();
        Map<String, String> before = FolderState.of(tmp);
        assertError(run(with(minusma, "sahel", "--out", sahel.toString())), "--scenario and --out");
        assertThat(FolderState.of(tmp)).isEqualTo(before);
    }

    @Test
    void compare3wWritesOnlyAComparisonsFolderAndReplacesItOnlyWhenAsked() throws Exception {
        Path scenario = Files.writeString(tmp.resolve("tiny.yaml"), TINY);
        Path observed = Files.writeString(tmp.resolve("observed.csv"), OBSERVED);
        Path runFolder = tmp.resolve("run");
        assertThat(run("run", scenario.toString(), "--out", runFolder.toString(), "--no-charts", "--3w").status())
                .isZero();
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("precious.txt"), "a user's file\n");
        Path notes = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(notes.resolve("thesis.txt"), "three years of work");
        Path link = Files.createSymbolicLink(tmp.resolve("link"), outside);
        Path unreadable = Files.writeString(tmp.resolve("o2.csv"), OBSERVED.replace(",activity", ",what"));
        Map<String, String> before = FolderState.of(tmp);
        String obs = observed.toString();
        String sim = runFolder.toString();
        assertError(run("compare-3w", obs, sim, "--out", runFolder.toString()), "holds a run's results");
        assertError(run("compare-3w", obs, sim, "--out", notes.toString()), "not a 3W comparison's folder");
        assertError(run("compare-3w", obs, sim, "--out", link.toString()), "symbolic link");
        assertError(run("compare-3w", unreadable.toString(), sim, "--out", tmp.resolve("c").toString()),
                "missing column");
        assertThat(FolderState.of(tmp)).isEqualTo(before);
        Path folder = tmp.resolve("c");
        assertThat(run("compare-3w", obs, sim, "--out", folder.toString()).status()).isZero();
        Map<String, String> compared = FolderState.of(folder);
        assertError(run("compare-3w", obs, sim, "--steps", "0-3", "--out", folder.toString()), "--replace");
        assertThat(FolderState.of(folder)).isEqualTo(compared);
        Outcome replaced = run("compare-3w", obs, sim, "--steps", "0-3", "--replace", "--out", folder.toString());
        assertThat(replaced.status()).as(replaced.err()).isZero();
        assertThat(replaced.out()).contains("simulated steps 0-3");
        assertThat(folder.toFile().list()).containsExactlyInAnyOrderElementsOf(Compare3wCommand.outputs());
        for (int i = 0; i < 2; i++) {
            Outcome byDefault = run("compare-3w", obs, sim);
            assertThat(byDefault.status()).as(byDefault.err()).isZero();
        }
        assertThat(runFolder.resolve("compare-3w/comparison.csv")).exists();
        Files.delete(runFolder.resolve("compare-3w/cells.csv"));
        Files.createSymbolicLink(runFolder.resolve("compare-3w/cells.csv"), outside.resolve("precious.txt"));
        Map<String, String> linked = FolderState.of(tmp);
        assertError(run("compare-3w", obs, sim), "symbolic link");
        assertError(run("run", scenario.toString(), "--out", sim, "--no-charts", "--replace"), "symbolic link");
        assertThat(FolderState.of(tmp)).isEqualTo(linked);
        Files.delete(runFolder.resolve("compare-3w/cells.csv"));
        Outcome rerun = run("run", scenario.toString(), "--out", sim, "--no-charts", "--replace", "--compare-3w", obs);
        assertThat(rerun.status()).as(rerun.err()).isZero();
        assertThat(runFolder.resolve("compare-3w/cells.csv")).exists();
        assertThat(run("run", scenario.toString(), "--out", sim, "--no-charts", "--replace").status()).isZero();
        assertThat(runFolder.resolve("compare-3w")).as("a new run drops the earlier run's comparison").doesNotExist();
    }

    private static String[] with(String[] start, String... more) {
        String[] all = java.util.Arrays.copyOf(start, start.length + more.length);
        System.arraycopy(more, 0, all, start.length, more.length);
        return all;
    }

    private static void assertError(Outcome o, String containing) {
        assertThat(o.status()).as(o.out() + o.err()).isEqualTo(Main.USER_ERROR);
        assertThat(o.err()).contains(containing).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
