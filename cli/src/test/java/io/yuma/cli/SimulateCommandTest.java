package io.yuma.cli;

import static io.yuma.cli.CliRun.yuma;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yuma.scenario.ScenarioLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code yuma simulate} and {@code yuma report} run in-process. */
class SimulateCommandTest {
    @TempDir
    Path dir;

    @Test
    void listNamesEveryShippedScenarioWithItsNote() {
        CliRun listed = yuma("simulate", "--list");
        assertEquals(ExitCodes.OK, listed.status(), listed.err());
        assertEquals(ScenarioLibrary.names().size(), listed.out().lines().count());
        assertTrue(listed.out().contains("chain-yuma3-kappa-moves-first  Yuma3"), listed.out());
    }

    @Test
    void aShippedScenarioRunsByNameAndAFileByPath() throws IOException {
        CliRun byName = yuma("simulate", "--engine", "reference", "--progress", "none", "-o", dir.toString(),
                "chain-yuma3-kappa-moves-first");
        assertEquals(ExitCodes.OK, byName.status(), byName.err());
        assertTrue(byName.out().startsWith("chain-yuma3-kappa-moves-first: 7 epochs x 4 variants on reference"),
                byName.out());
        assertTrue(Files.exists(dir.resolve("chain-yuma3-kappa-moves-first").resolve("report.html")));

        Path file = dir.resolve("mine.yaml");
        Files.writeString(file, "name: mine\nepochs: 3\nvalidators: [V]\nservers: [S]\n"
                + "weights:\n  - {epochs: 0-, set: {S: 1}}\nvariants: [yuma1]\n");
        CliRun byPath = yuma("simulate", "--progress", "none", "-o", dir.toString(), file.toString());
        assertEquals(ExitCodes.OK, byPath.status(), byPath.err());
        assertEquals(1 + 3 * 2, Files.readAllLines(dir.resolve("mine").resolve("results.csv")).size());
    }

    @Test
    void aBadScenarioIsOneLineNamingFileLineAndFieldAndWritesNothing() throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "name: bad\nepochs: 3\nvalidators: [V]\nservers: [S]\n"
                + "weights:\n  - {epochs: 0-, set: {T: 1}}\n");
        CliRun bad = yuma("simulate", "-o", dir.resolve("out").toString(), file.toString());
        assertEquals(ExitCodes.ERROR, bad.status());
        assertEquals("yuma simulate: " + file + ":6:27: field weights[0].set.T: no neuron is named 'T'; the names are"
                + " [V, S]", bad.err().strip());
        assertFalse(Files.exists(dir.resolve("out").resolve("bad")));
    }

    @Test
    void anUnknownScenarioIsAUsageError() {
        CliRun unknown = yuma("simulate", "-o", dir.toString(), "no-such-scenario");
        assertEquals(ExitCodes.ERROR, unknown.status());
        assertTrue(unknown.err().contains("'no-such-scenario' is neither a file nor a shipped scenario"),
                unknown.err());
    }

    @Test
    void reportDrawsARecomputeOutput() throws IOException {
        Path out = dir.resolve("replayed");
        CliRun replay = yuma("recompute", "replay", "--progress", "none", "-o", out.toString(),
                Path.of("examples", "history").toString());
        assertEquals(ExitCodes.OK, replay.status(), replay.err());
        CliRun report = yuma("report", out.toString());
        assertEquals(ExitCodes.OK, report.status(), report.err());
        assertTrue(Files.readString(out.resolve("report.html")).contains("uPlot"));
    }
}
