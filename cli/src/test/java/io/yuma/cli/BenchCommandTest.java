package io.yuma.cli;

import static io.yuma.cli.CliRun.yuma;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code yuma bench} in-process, for a few milliseconds: the table's shape, never its timings. */
class BenchCommandTest {
    private static final Path TINY = Path.of("..", "vector-format", "vectors", "edge-kappa0-n4-170400.json.gz");

    @Test
    void printsARowPerEngineWithRatiosToTheReference() {
        CliRun bench = yuma("bench", "--engine", "reference,fake", "--input", TINY.toString(),
                "--seconds", "0.05", "--threads", "2");
        assertEquals(ExitCodes.OK, bench.status(), bench.err());
        String out = bench.out();

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
        CliRun threads = yuma("bench", "--threads", "0", "--input", TINY.toString());
        assertEquals(ExitCodes.ERROR, threads.status(), threads.err());
        assertEquals("yuma bench: --threads must be at least 1 and --seconds above 0, got threads=0 seconds=4.0"
                + System.lineSeparator(), threads.err());
        CliRun engine = yuma("bench", "--engine", "nope", "--input", TINY.toString(), "--seconds", "0.01");
        assertEquals(ExitCodes.ERROR, engine.status(), engine.err());
        assertTrue(engine.err().startsWith("yuma bench: unknown engine 'nope'"), engine.err());
    }
}
