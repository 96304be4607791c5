package io.yuma.cli;

import io.yuma.recompute.InvalidOptionException;
import io.yuma.recompute.IoProblems;
import io.yuma.recompute.RecomputeException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every error into one line on stderr, prefixed with the command, and exit status
 * {@link ExitCodes#ERROR}; the stack trace follows only with {@code --verbose}. Running out of
 * memory, an {@link Error} that picocli lets through, is caught by {@link #execute} and told the
 * same way, with the heap option that would help.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
    /** The option that asks for stack traces; YumaCli declares it for every subcommand. */
    static final String VERBOSE = "--verbose";

    /**
     * Runs the command line as {@link CommandLine#execute} does, and turns running out of memory
     * into one line naming the command and a larger heap.
     *
     * @param line the command line, with this handler set on it
     * @param args the arguments
     * @return the exit status ({@link ExitCodes})
     */
    static int execute(CommandLine line, String... args) {
        try {
            return line.execute(args);
        } catch (OutOfMemoryError error) {
            long max = Runtime.getRuntime().maxMemory();
            PrintWriter err = line.getErr();
            err.println(commandName(line) + ": out of memory (" + error.getMessage() + "): the Java heap ("
                    + (max >> 20) + " MiB) is too small for this input; give yuma more, e.g. YUMA_JAVA_OPTS="
                    + largerHeap(max));
            err.flush();
            return ExitCodes.ERROR;
        }
    }

    /** A {@code -Xmx} option four times {@code maxHeap}, at least 256 MiB, in whole MiB or GiB. */
    static String largerHeap(long maxHeap) {
        long mib = Math.max(256, 4 * Math.ceilDiv(maxHeap, 1L << 20));
        return mib % 1024 == 0 ? "-Xmx" + mib / 1024 + "g" : "-Xmx" + mib + "m";
    }

    /** The name of the (sub)command the arguments chose, as far as they were parsed. */
    private static String commandName(CommandLine line) {
        ParseResult parsed = line.getParseResult();
        CommandLine chosen = line;
        for (ParseResult level = parsed; level != null; level = level.subcommand()) {
            chosen = level.commandSpec().commandLine();
        }
        return chosen.getCommandSpec().qualifiedName();
    }

    @Override
    public int handleExecutionException(Exception error, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        err.println(command.getCommandSpec().qualifiedName() + ": " + describe(error));
        if (verbose(parsed)) {
            error.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.ERROR;
    }

    @Override
    public int handleParseException(ParameterException error, String[] args) {
        CommandLine command = error.getCommandLine();
        String name = command.getCommandSpec().qualifiedName();
        command.getErr().println(name + ": " + oneLine(error.getMessage()) + " (see '" + name + " --help')");
        command.getErr().flush();
        return ExitCodes.ERROR;
    }

    /** What went wrong, in words a user can act on. */
    private static String describe(Exception error) {
        return switch (error) {
            case NoSuchFileException e -> IoProblems.describe(e);
            case AccessDeniedException e -> IoProblems.describe(e);
            case RecomputeException e -> oneLine(RecomputeMessages.describe(e));
            case InvalidOptionException e -> oneLine(RecomputeMessages.describe(e));
            default -> error.getMessage() == null ? error.toString() : oneLine(error.getMessage());
        };
    }

    private static boolean verbose(ParseResult parsed) {
        for (ParseResult level = parsed; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption(VERBOSE)) {
                return true;
            }
        }
        return false;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }
}
