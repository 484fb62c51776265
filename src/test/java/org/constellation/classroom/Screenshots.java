package org.constellation.classroom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Where the browser test's screenshots go: target/classroom-screenshots, and the classroom.screenshots folder. */
final class Screenshots {

    static final Path FOLDER = Path.of("target", "classroom-screenshots");

    private Screenshots() {
    }

    static Path path(String name) {
        return FOLDER.resolve(name);
    }

    /** Copies a screenshot to the published folder, if one is named. */
    static void publish(String name) throws IOException {
        String target = System.getProperty("classroom.screenshots");
        if (target != null && !target.isBlank()) {
            Files.createDirectories(Path.of(target));
            Files.copy(path(name), Path.of(target).resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
