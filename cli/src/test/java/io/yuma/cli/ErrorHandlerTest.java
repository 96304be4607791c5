package io.yuma.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Errors that are not exceptions: running out of memory is one line and exit status 2, not a stack trace. */
class ErrorHandlerTest {

    @Command(name = "hungry")
    static final class Hungry implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Command(name = "top", subcommands = Hungry.class)
    static final class Top implements Callable<Integer> {
        @Override
        public Integer call() {
            return ExitCodes.OK;
        }
    }

    @Test
    void outOfMemoryIsOneLineNamingTheCommandAndTheHeapOption() {
        StringWriter err = new StringWriter();
        ErrorHandler errors = new ErrorHandler();
        CommandLine line = new CommandLine(new Top()).setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors).setErr(new PrintWriter(err));
        int status = ErrorHandler.execute(line, "hungry");
        assertEquals(ExitCodes.ERROR, status);
        String text = err.toString();
        assertEquals(1, text.lines().count(), text);
        assertTrue(text.startsWith("top hungry: out of memory (Java heap space): the Java heap ("), text);
        assertTrue(text.contains(" is too small for this input; give yuma more, e.g. YUMA_JAVA_OPTS=-Xmx"), text);
    }

    @Test
    void theSuggestedHeapIsLargerThanTheCurrentOne() {
        long max = Runtime.getRuntime().maxMemory();
        String option = ErrorHandler.largerHeap(max);
        assertTrue(option.matches("-Xmx[0-9]+[mg]"), option);
        long suggested = Long.parseLong(option.substring(4, option.length() - 1))
                << (option.endsWith("g") ? 30 : 20);
        assertTrue(suggested > max, option + " for " + max);
        assertEquals("-Xmx256m", ErrorHandler.largerHeap(64L << 20));
        assertEquals("-Xmx4g", ErrorHandler.largerHeap(1L << 30));
    }
}
