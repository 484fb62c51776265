package org.constellation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gets one clear line and a non-zero exit, never a stack trace. */
class CliErrorsTest {

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

    private static void assertOneLineError(Outcome o, String containing) {
        assertThat(o.status()).isEqualTo(Main.USER_ERROR);
        assertThat(o.err().strip().lines().count()).isEqualTo(1);
        assertThat(o.err()).contains(containing).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aSeedThatIsNotANumberIsRejected() {
        assertOneLineError(run("run", "--seed", "abc", "--out", tmp.toString()), "--seed");
    }

    @Test
    void aSeedBeyondThirtyTwoBitsIsRejected() {
        assertOneLineError(run("run", "--seed", "4294967296", "--out", tmp.toString()), "--seed");
        assertOneLineError(run("run", "--seed", "-1", "--out", tmp.toString()), "--seed");
    }

    @Test
    void anUnknownScenarioIsRejected() {
        Outcome o = run("run", "atlantis", "--out", tmp.toString());
        assertOneLineError(o, "Unknown scenario 'atlantis'");
        assertThat(o.err()).contains("sahel");
    }

    @Test
    void anUnwritableOutputFolderIsRejected() throws Exception {
        Path file = Files.writeString(tmp.resolve("not-a-folder"), "x");
        assertOneLineError(run("run", "--out", file.toString()), "--out");
        assertOneLineError(run("run", "--out", file.resolve("below").toString()), "--out");
    }

    @Test
    void anUnknownOptionIsRejected() {
        assertOneLineError(run("run", "--sed", "3"), "--sed");
    }

    @Test
    void aGoodRunWritesItsFilesAndSaysWhere() {
        Outcome o = run("run", "--steps", "12", "--seed", "5", "--out", tmp.toString(), "--no-charts");
        assertThat(o.status()).isZero();
        assertThat(o.out()).contains(tmp.toString());
        assertThat(tmp.resolve("timeseries.csv")).exists();
        assertThat(tmp.resolve("summary.csv")).exists();
        assertThat(tmp.resolve("manifest.json")).exists();
    }
}
