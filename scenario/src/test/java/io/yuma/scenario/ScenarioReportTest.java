package io.yuma.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yuma.api.EngineOptions;
import io.yuma.api.Engines;
import io.yuma.api.YumaEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's files, and its report page in headless Chromium. */
class ScenarioReportTest {
    private static YumaEngine engine;

    @TempDir
    Path dir;

    @BeforeAll
    static void open() {
        engine = Engines.open("reference", EngineOptions.defaults());
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void aRunWritesItsFilesWithNamesAndAReportThatDrawsEveryChart() throws Exception {
        Scenario scenario = ScenarioLibrary.load("sim-case-05-kappa-moves-second-then-third");
        Path run = SimulationOutput.write(Simulation.run(scenario, engine, SimulationProgress.NONE), dir, false);
        assertEquals(dir.resolve(scenario.name()), run);
        List<String> rows = Files.readAllLines(run.resolve("results.csv"));
        assertEquals(String.join(",", ResultFiles.COLUMNS), rows.getFirst());
        assertEquals(1 + 3 * 40 * 5, rows.size(), "a row per variant, epoch and uid");
        assertTrue(rows.get(1).startsWith("yuma1,0,0,Big vali. (0.8),validator,800000000,"), rows.get(1));
        assertEquals(3 * 40 * 5, Files.readAllLines(run.resolve("results.jsonl")).size());
        assertTrue(Files.readAllLines(run.resolve("bonds.csv")).size() > 1);
        try (var files = Files.list(dir)) {
            assertEquals(List.of(run), files.toList(), "no partial directory is left");
        }
        // 3 weight charts, then dividends, incentive and bonds for each of the 3 variants.
        HeadlessChromium.assertRenders(run.resolve(SimulationOutput.REPORT), 3 + 3 * 3);
    }

    @Test
    void anExistingRunIsReplacedOnlyWhenAsked() throws IOException {
        Scenario scenario = ScenarioLibrary.load("chain-yuma3-kappa-moves-first");
        SimulationResult result = Simulation.run(scenario, engine, SimulationProgress.NONE);
        SimulationOutput.write(result, dir, false);
        IOException refused = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> SimulationOutput.write(result, dir, false));
        assertTrue(refused.getMessage().contains("--force"), refused.getMessage());
        SimulationOutput.write(result, dir, true);
        assertFalse(Files.exists(dir.resolve(".chain-yuma3-kappa-moves-first.partial")));
    }
}
