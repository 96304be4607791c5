package io.yuma.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yuma.api.EpochInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The inputs of benchmarks/inputs/: present, readable, described by their enum constants, with a
 * chain figure each in BASELINE.md. Surefire points the system property yuma.bench.inputs there.
 */
class BenchInputTest {
    /** Surefire runs tests from the module directory. */
    private static final Path INPUTS = Path.of("inputs");

    @Test
    void everyInputIsInTheInputsDirectory() {
        assertEquals(INPUTS.toAbsolutePath().normalize(),
                Path.of(System.getProperty(BenchFiles.PROPERTY)).toAbsolutePath().normalize());
        for (BenchInput input : BenchInput.values()) {
            assertTrue(Files.isRegularFile(INPUTS.resolve(input.id() + ".json.gz")), input.id());
        }
    }

    @Test
    void everyInputHasItsChainFigureInBaseline() throws IOException {
        Map<String, Long> figures = Baseline.parse(Files.readAllLines(INPUTS.resolve(Baseline.FILE)));
        for (BenchInput input : BenchInput.values()) {
            assertEquals(figures.get(input.id()), input.chainNanos(), input.id());
            assertTrue(input.chainNanos() > 0, input.id());
        }
    }

    @Test
    void baselineTimesParseInTheirUnits() {
        List<String> table = new ArrayList<>(List.of("| input | n | validators | path | chain native, per epoch |",
                "| --- | --- | --- | --- | --- |"));
        String[] times = {"19.8 ms", "850 us", "301 ms", "4.79 s"};
        for (int i = 0; i < times.length; i++) {
            table.add("| " + BenchInput.values()[i].id() + " | 1 | 1 | path | " + times[i] + " |");
        }
        Map<String, Long> figures = Baseline.parse(table);
        assertEquals(19_800_000L, figures.get(BenchInput.values()[0].id()));
        assertEquals(850_000L, figures.get(BenchInput.values()[1].id()));
        assertEquals(301_000_000L, figures.get(BenchInput.values()[2].id()));
        assertEquals(4_790_000_000L, figures.get(BenchInput.values()[3].id()));

        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> Baseline.parse(table.subList(0, table.size() - 1)));
        assertEquals("BASELINE.md has no row for benchmark input " + BenchInput.values()[3].id(), missing.getMessage());
        table.set(2, "| " + BenchInput.values()[0].id() + " | 1 | 1 | path | fast |");
        IllegalStateException unparsable = assertThrows(IllegalStateException.class, () -> Baseline.parse(table));
        assertEquals("BASELINE.md, row " + BenchInput.values()[0].id() + ": 'fast' is not a time such as 19.8 ms",
                unparsable.getMessage());
    }

    @Test
    void aMissingFileNamesThePropertyAndTheDirectory() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> BenchFiles.read("bench-n7.json.gz", file -> file));
        assertTrue(e.getMessage().startsWith("benchmark file bench-n7.json.gz is not in "
                + System.getProperty(BenchFiles.PROPERTY) + " (the directory the system property yuma.bench.inputs "
                + "names"), e.getMessage());
    }

    @Test
    void everyInputMatchesItsDescription() {
        for (BenchInput input : BenchInput.values()) {
            EpochInput loaded = input.load();

            assertTrue(input.id().startsWith("bench-n" + loaded.n() + "-"), input.id() + " has n=" + loaded.n());
            assertEquals(input.liquidPairs(), EnginePlan.liquidPairs(loaded), input.id());
        }
    }

    @Test
    void resolvesIdsAndFiles() throws IOException {
        assertEquals(256, BenchInput.resolve(BenchInput.N256_YUMA1.id()).get(0).n());
        List<EpochInput> file = BenchInput.resolve(ThroughputHarnessTest.TINY.toString());
        assertEquals(4, file.get(0).n());
        assertEquals(BenchInput.N1024_YUMA3_LIQUID,
                BenchInput.forFile(Path.of("somewhere", "bench-n1024-v64-yuma3-liquid.json.gz")).orElseThrow());
        assertTrue(BenchInput.forFile(ThroughputHarnessTest.TINY).isEmpty());
    }

    @Test
    void anUnknownIdListsTheBundledOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BenchInput.byId("n5"));
        assertTrue(e.getMessage().contains(BenchInput.N4096_YUMA3_LIQUID.id()), e.getMessage());
    }
}
