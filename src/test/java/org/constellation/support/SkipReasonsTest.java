package org.constellation.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** A skipped test says why on the console, and every test run (Maven's too) has the listener that says it. */
class SkipReasonsTest {

    /** Tests that skip themselves; run only by the launcher below (Maven does not run nested classes). */
    static class Skipping {
        @Test
        void needsAToolThatIsMissing() {
            Assumptions.assumeTrue(false, "frobnicator is not installed");
        }

        @Test
        @Disabled("waits for the frobnicator")
        void isDisabled() {
        }
    }

    @Test
    void eachSkippedTestIsPrintedWithItsReason() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        var launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false).build());
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(Skipping.class)).build(),
                new SkipReasons(new PrintStream(printed, true, StandardCharsets.UTF_8)));
        assertThat(printed.toString(StandardCharsets.UTF_8).lines()).containsExactlyInAnyOrder(
                "[SKIPPED] Skipping.needsAToolThatIsMissing: Assumption failed: frobnicator is not installed",
                "[SKIPPED] Skipping.isDisabled: waits for the frobnicator");
    }

    @Test
    void theListenerIsRegisteredForEveryTestRun() {
        assertThat(ServiceLoader.load(TestExecutionListener.class).stream().map(ServiceLoader.Provider::type))
                .contains(SkipReasons.class);
    }
}
