package org.constellation.cli;

import java.io.PrintWriter;
import org.constellation.experiment.Provenance;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code constellation} command line: {@code run}, and the other commands listed by
 * {@code constellation --help}. User errors print one line and exit with status 2; anything else
 * is an internal error (status 1).
 */
@Command(name = "constellation", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Constellation: an agent-based model of how multilateral peace operations and their partners "
                + "coordinate on non-traditional security challenges.",
        subcommands = {RunCommand.class, ValidateCommand.class, SweepCommand.class, AnalyzeCommand.class,
            CalibrateCommand.class,
            PlotCommand.class, MergeCommand.class, SlurmCommand.class, BenchCommand.class, GuiCommand.class, CatalogueCommands.MechanismsCommand.class,
            CatalogueCommands.SharingRulesCommand.class, DocsCommand.class, ImportCommand.class,
            Compare3wCommand.class, ClassroomCommand.class})
public final class Main implements Runnable {

    /** Exit status for user errors. */
    public static final int USER_ERROR = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line on the standard streams and returns its exit status. */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line on the given streams and returns its exit status (for tests). */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            PrintWriter stderr = line.getErr();
            if (ex instanceof UserError) {
                stderr.println("constellation: error: " + ex.getMessage());
                return USER_ERROR;
            }
            stderr.println("constellation: internal error: " + ex);
            if (Boolean.getBoolean("constellation.debug")) {
                ex.printStackTrace(stderr);
            } else {
                stderr.println("(set JAVA_OPTS=-Dconstellation.debug=true for the stack trace)");
            }
            return 1;
        });
        cl.setParameterExceptionHandler((ex, strings) -> {
            PrintWriter stderr = ex.getCommandLine().getErr();
            stderr.println("constellation: error: " + ex.getMessage() + " (see '" + ex.getCommandLine().getCommandName()
                    + " --help')");
            return USER_ERROR;
        });
        if (args.length > 0 && !args[0].startsWith("-") && !cl.getSubcommands().containsKey(args[0])) {
            err.println("constellation: error: there is no command '" + args[0] + "'; the commands are "
                    + String.join(", ", cl.getSubcommands().keySet()) + " (see 'constellation --help')");
            return USER_ERROR;
        }
        return cl.execute(args);
    }

    /** Reports the project version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Constellation " + Provenance.projectVersion() + " (MASON "
                    + sim.engine.SimState.version() + ", Java " + System.getProperty("java.version") + ")"};
        }
    }
}
