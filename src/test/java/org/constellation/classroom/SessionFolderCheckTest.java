package org.constellation.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session folder follows the rules of every output folder: a new session goes only in a folder that is
 * absent or empty but for what a killed process left; an existing one is refused if anything Constellation
 * writes there is a symbolic link (nothing is written through it); a replay replaces only an earlier replay,
 * and only when asked, and never the session's own files.
 */
class SessionFolderCheckTest {

    @TempDir
    Path tmp;

    private ClassroomSession session(Path folder, int months) throws Exception {
        return SessionTest.session(folder, List.of("minusma", "undp-mali"), months);
    }

    @Test
    void aNewSessionGoesOnlyInAnEmptyFolder() throws Exception {
        Path leftovers = Files.createDirectories(tmp.resolve("leftovers"));
        Files.writeString(leftovers.resolve(".session.json.partial"), "half");
        session(leftovers, 1).close();
        assertThat(leftovers.resolve(".session.json.partial")).as("a killed process's leftover").doesNotExist();
        assertThat(leftovers.resolve(SessionConfig.NAME)).isRegularFile();

        Path run = Files.createDirectories(tmp.resolve("run"));
        Files.writeString(run.resolve("manifest.json"), "{\"kind\": \"run\"}");
        Files.writeString(run.resolve("timeseries.csv"), "step\n");
        assertThatThrownBy(() -> session(run, 1)).isInstanceOf(SessionException.class)
                .hasMessageContaining("holds a run's results (manifest.json, timeseries.csv)");

        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), mine);
        assertThatThrownBy(() -> session(link, 1)).isInstanceOf(SessionException.class)
                .hasMessageContaining("is a symbolic link");
        assertThat(mine).isEmptyDirectory();
        for (Path p : List.of(run, mine)) {
            assertThat(p.resolve(SessionConfig.NAME)).doesNotExist();
        }
    }

    @Test
    void anExistingSessionWithALinkInItIsNotOpened() throws Exception {
        Path folder = tmp.resolve("s");
        try (ClassroomSession s = session(folder, 2)) {
            s.start();
            s.advance();
        }
        Path outside = Files.writeString(tmp.resolve("outside.txt"), "not the session's");
        Path log = folder.resolve(SessionLog.NAME);
        Path kept = Files.move(log, tmp.resolve("kept.jsonl"));
        Files.createSymbolicLink(log, outside);
        assertThatThrownBy(() -> SessionFolders.open(folder, true)).isInstanceOf(SessionException.class)
                .hasMessageContaining(log + " is a symbolic link").hasMessageContaining("never writes through links");
        assertThat(Files.readString(outside)).isEqualTo("not the session's");
        Files.delete(log);
        Files.move(kept, log);

        Path series = folder.resolve("run").resolve(ClassRun.TIMESERIES);
        Path real = Files.move(series, tmp.resolve("series.csv"));
        Files.createSymbolicLink(series, real);
        assertThatThrownBy(() -> SessionFolders.open(folder, true)).isInstanceOf(SessionException.class)
                .hasMessageContaining(series + " is a symbolic link");
        Files.delete(series);
        Files.move(real, series);

        Path linked = Files.createSymbolicLink(tmp.resolve("linked"), folder);
        assertThatThrownBy(() -> SessionFolders.open(linked, true)).isInstanceOf(SessionException.class)
                .hasMessageContaining("is a symbolic link");
        try (ClassroomSession s = SessionFolders.open(folder, true)) {
            assertThat(s.run().steps()).as("the session itself opens").isEqualTo(1);
        }
    }

    @Test
    void aReplayReplacesOnlyAnEarlierReplayAndOnlyWhenAsked() throws Exception {
        Path folder = tmp.resolve("s");
        try (ClassroomSession s = session(folder, 1)) {
            s.start();
            s.advance();
        }
        assertThat(Classroom.identical(Classroom.replay(folder, null, false))).isTrue();
        assertThat(Classroom.identical(Classroom.replay(folder, null, false))).as("the default folder, again").isTrue();
        Path out = tmp.resolve("replay");
        assertThat(Classroom.identical(Classroom.replay(folder, out, false))).isTrue();
        assertThatThrownBy(() -> Classroom.replay(folder, out, false)).isInstanceOf(SessionException.class)
                .hasMessageContaining("holds an earlier replay; add --replace");
        assertThat(Classroom.identical(Classroom.replay(folder, out, true))).isTrue();
        assertThat(out).isDirectoryNotContaining(p -> p.getFileName().toString().startsWith("."));

        Path notes = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(notes.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> Classroom.replay(folder, notes, true)).isInstanceOf(SessionException.class)
                .hasMessageContaining("is not a replay's folder (it holds notes.txt)");
        assertThat(Files.readString(notes.resolve("notes.txt"))).isEqualTo("mine");
        String recorded = Files.readString(folder.resolve("run").resolve(ClassRun.TIMESERIES));
        assertThatThrownBy(() -> Classroom.replay(folder, folder.resolve("run"), true))
                .isInstanceOf(SessionException.class).hasMessageContaining("the session's own folder");
        assertThat(Files.readString(folder.resolve("run").resolve(ClassRun.TIMESERIES))).isEqualTo(recorded);
    }
}
