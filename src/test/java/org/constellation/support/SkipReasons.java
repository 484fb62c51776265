package org.constellation.support;

import java.io.PrintStream;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints why a test was skipped (an assumption not met, such as a missing tool, or a disabled test)
 * on the console, where {@code mvn -B test} shows it; Maven's own summary only counts skipped tests.
 * Registered for every test run through META-INF/services.
 */
public final class SkipReasons implements TestExecutionListener {

    private final PrintStream out;

    /** Prints on standard output, which Maven shows. */
    public SkipReasons() {
        this(System.out);
    }

    SkipReasons(PrintStream out) {
        this.out = out;
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        print(test, reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            print(test, result.getThrowable().map(Throwable::getMessage).orElse("no reason given"));
        }
    }

    private void print(TestIdentifier test, String reason) {
        String name = test.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                .map(m -> m.getJavaClass().getSimpleName() + "." + m.getMethodName()).orElse(test.getDisplayName());
        out.println("[SKIPPED] " + name + ": " + reason);
        out.flush();
    }
}
