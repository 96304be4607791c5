package io.yuma.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code yuma bench} in-process, for a few milliseconds: the table's shape, never its timings. */
class BenchCommandTest {
    private static final Path TINY = Path.of("..", "vector-format", "vectors", "edge-kappa0-n4-170400.json.gz");

    private static String[] yuma(int expectedStatus, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = YumaCli.execute(new PrintWriter(out), new PrintWriter(err), args);
        assertEquals(expectedStatus, status, err.toString());
        return new String[] {out.toString(), err.toString()};
    }

    @Test
    void printsARowPerEngineWithRatiosToTheReference() {
        String out = yuma(ExitCodes.OK, "bench", "--engine", "reference,fake", "--input", TINY.toString(),
                "--seconds", "0.05", "--threads", "2")[0];

        List<String> lines = out.lines().toList();
        assertTrue(lines.get(0).startsWith("# 2 thread(s)"), out);
        assertTrue(lines.get(1).startsWith("input") && lines.get(1).contains("vs chain"), out);
        String reference = lines.get(2);
        assertTrue(reference.startsWith("edge-kappa0-n4-170400.json.gz") && reference.contains(" reference "), out);
        assertTrue(reference.trim().endsWith("1.00x         -"), "no chain figure for this file: " + reference);
        assertTrue(lines.get(3).contains(" fake "), out);
        assertTrue(lines.get(4).startsWith("# per epoch"), out);
    }

    @Test
    void badOptionsAreOneLineErrors() {
        String err = yuma(ExitCodes.ERROR, "bench", "--threads", "0", "--input", TINY.toString())[1];
        assertEquals("yuma bench: --threads must be at least 1 and --seconds above 0, got threads=0 seconds=4.0"
                + System.lineSeparator(), err);
        err = yuma(ExitCodes.ERROR, "bench", "--engine", "nope", "--input", TINY.toString(), "--seconds", "0.01")[1];
        assertTrue(err.startsWith("yuma bench: unknown engine 'nope'"), err);
    }
}
