package io.yuma.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code yuma} command line. Each subcommand is a class of this package, annotated with
 * {@link Command} and implementing {@code Callable<Integer>} that returns an {@link ExitCodes}
 * status; to add one, list its class in {@code subcommands} below. Errors are reported by
 * {@link ErrorHandler}: one line on stderr, exit status 2.
 */
@Command(name = "yuma", mixinStandardHelpOptions = true, versionProvider = YumaCli.Version.class,
        synopsisSubcommandLabel = "COMMAND",
        description = "Bittensor's Yuma Consensus epoch, bit for bit as the subtensor chain computes it.",
        subcommands = {RunCommand.class, ConformCommand.class, EnginesCommand.class, BenchCommand.class, DuelCommand.class, RecomputeCommand.class,
            ChainCommand.class, SimulateCommand.class, ReportCommand.class, HelpCommand.class})
public final class YumaCli implements Callable<Integer> {
    /**
     * The library logs which engine {@code Engines.openBest} chose; on the command line only a
     * fallback (a better engine unavailable) is worth a line, at WARNING. Held here: the logging
     * framework keeps only weak references to its loggers, and would forget the level.
     */
    private static final Logger ENGINE_CHOICE = Logger.getLogger("io.yuma.api.Engines");

    /** Declared here for every subcommand; ErrorHandler reads it from the parse result. */
    @Option(names = ErrorHandler.VERBOSE, scope = ScopeType.INHERIT,
            description = "Print the stack trace of an error after its one-line message.")
    private boolean verbose;

    @Spec
    private CommandSpec spec;

    private YumaCli() {
    }

    /**
     * Runs {@code yuma} and exits with its status.
     *
     * @param args the command line
     */
    public static void main(String... args) {
        ENGINE_CHOICE.setLevel(Level.WARNING);
        // Not System.out: a PrintStream swallows write errors, so a full disk would go unseen.
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8)));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(execute(out, err, args));
    }

    /**
     * Runs {@code yuma} with the given streams, as {@link #main} does but without exiting.
     *
     * @param out where the command's output goes
     * @param err where its errors and progress go
     * @param args the command line
     * @return the exit status ({@link ExitCodes})
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        int status = ErrorHandler.execute(commandLine().setOut(out).setErr(err), args);
        out.flush();
        if (out.checkError()) {
            // Output cut short is no success, whatever the command found (a full disk, a closed pipe).
            err.println("yuma: cannot write the output: writing to standard output failed"
                    + " (disk full, or the reader closed it)");
            err.flush();
            return ExitCodes.ERROR;
        }
        return status;
    }

    private static CommandLine commandLine() {
        ErrorHandler errors = new ErrorHandler();
        return new CommandLine(new YumaCli())
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors);
    }

    /** {@code yuma} alone names no command: that is a usage error. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command: one of " + spec.subcommands().keySet());
    }

    /** The version from the jar's manifest, when run from the built jar. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = YumaCli.class.getPackage().getImplementationVersion();
            return new String[] {"yuma " + (version == null ? "(built from source, no jar manifest)" : version)};
        }
    }
}
