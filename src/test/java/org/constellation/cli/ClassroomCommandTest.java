package org.constellation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code constellation classroom} refuses what it cannot serve with one line and status 2, and writes nothing;
 * its folders follow the output-folder rules (no writing through links, nothing replaced that is not its own).
 */
class ClassroomCommandTest {

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

    private static void refused(Outcome o, String... containing) {
        assertThat(o.status()).isEqualTo(Main.USER_ERROR);
        assertThat(o.err().strip().lines().count()).as(o.err()).isEqualTo(1);
        assertThat(o.err()).contains(containing).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void anActorTheScenarioDoesNotHaveIsRefusedWithTheNearestOne() {
        Path session = tmp.resolve("session");
        refused(run("classroom", "sahel", "--seats", "minusma,undp-mopti", "--session", session.toString(), "--port",
                "0"), "--seats: 'undp-mopti' is not an actor of sahel (did you mean 'undp-mali'?)", "minusma, eutm-mali");
        assertThat(session).doesNotExist();
        refused(run("classroom", "sahel", "--session", session.toString(), "--port", "0"),
                "--seats: name at least one");
        refused(run("classroom", "sahel", "--seats", "minusma,minusma", "--session", session.toString()),
                "'minusma' is given twice");
        assertThat(session).doesNotExist();
    }

    @Test
    void badOptionsAreRefused() throws Exception {
        String session = tmp.resolve("s").toString();
        refused(run("classroom", "sahel", "--seats", "minusma", "--port", "70000", "--session", session), "--port");
        refused(run("classroom", "sahel", "--seats", "minusma", "--months", "0", "--session", session), "--months");
        refused(run("classroom", "sahel", "--seats", "minusma", "--months", "500", "--session", session,
                "--port", "0"), "--months: the class plays 1 to 132 months");
        refused(run("classroom", "sahel", "--seats", "minusma", "--start", "-3", "--session", session), "--start");
        refused(run("classroom", "atlantis", "--seats", "minusma", "--session", session),
                "Unknown scenario 'atlantis'");
        refused(run("classroom"), "name a SCENARIO");
        refused(run("classroom", "--replay"), "--replay needs --session");
        refused(run("classroom", "--session", tmp.resolve("nothing").toString(), "--replay"), "not a session folder");
        Path occupied = Files.createDirectories(tmp.resolve("occupied"));
        Files.writeString(occupied.resolve("notes.txt"), "mine");
        refused(run("classroom", "sahel", "--seats", "minusma", "--session", occupied.toString(), "--port", "0"),
                "exists and is not a session folder");
        assertThat(Files.readString(occupied.resolve("notes.txt"))).isEqualTo("mine");
        assertThat(occupied.resolve("session.json")).doesNotExist();
    }

    @Test
    void aFolderThatIsNotASessionsOrIsALinkIsRefused() throws Exception {
        Path run = Files.createDirectories(tmp.resolve("run"));
        Files.writeString(run.resolve("manifest.json"), "{\"kind\": \"run\"}");
        refused(run("classroom", "sahel", "--seats", "minusma", "--session", run.toString(), "--port", "0"),
                "holds a run's results");
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), mine);
        refused(run("classroom", "sahel", "--seats", "minusma", "--session", link.toString(), "--port", "0"),
                "is a symbolic link", "never writes through links");
        assertThat(mine).isEmptyDirectory();

        Path session = tmp.resolve("session");
        org.constellation.classroom.Classroom.open(new org.constellation.classroom.Classroom.Request(session,
                Scenarios.load("sahel", java.util.List.of()), null, java.util.List.of("minusma"), null, 1, null,
                "127.0.0.1", 0)).close();
        Path notes = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(notes.resolve("notes.txt"), "mine");
        refused(run("classroom", "--session", session.toString(), "--replay", "--out", notes.toString()),
                "is not a replay's folder");
        assertThat(Files.readString(notes.resolve("notes.txt"))).isEqualTo("mine");
        Outcome first = run("classroom", "--session", session.toString(), "--replay", "--out",
                tmp.resolve("again").toString());
        assertThat(first.status()).as(first.err()).isZero();
        refused(run("classroom", "--session", session.toString(), "--replay", "--out", tmp.resolve("again").toString()),
                "holds an earlier replay; add --replace");
        assertThat(run("classroom", "--session", session.toString(), "--replay", "--replace", "--out",
                tmp.resolve("again").toString()).status()).isZero();
    }
}
