package org.constellation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code constellation gui} without a display says so in one line, and names the class it would start. */
class GuiCommandTest {

    @Test
    void withoutADisplayTheGuiCommandFailsWithOneClearLine() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), "gui", "sahel");
        assertThat(status).isEqualTo(Main.USER_ERROR);
        assertThat(err.toString().strip().lines().count()).isEqualTo(1);
        assertThat(err.toString()).contains("no display available").doesNotContain("Exception");
    }

    @Test
    void theGuiEntryPointExistsWhereTheCommandLooksForIt() throws Exception {
        assertThat(Class.forName(GuiCommand.GUI_MAIN).getMethod("launch", String[].class)).isNotNull();
    }
}
