package io.yuma.cli;

import io.yuma.recompute.InvalidOptionException;
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
 * {@link ExitCodes#ERROR}; the stack trace follows only with {@code --verbose}.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
    /** The option that asks for stack traces; YumaCli declares it for every subcommand. */
    static final String VERBOSE = "--verbose";

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
            case NoSuchFileException e -> "no such file: " + e.getFile();
            case AccessDeniedException e -> "permission denied: " + e.getFile();
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
