package io.yuma.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.yuma.api.EngineOptions;
import io.yuma.api.Engines;
import io.yuma.api.YumaEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The result files of two small sweeps stay byte for byte what they were: every kind of event,
 * per-epoch stakes, names the CSV must quote, a deregistered uid, two mechanisms. The SHA-256
 * digests were taken from the files {@code yuma simulate} wrote at commit c379a0b, before the
 * sweep path was made faster, with both the SIMD and the reference engine (they agreed); any
 * change to the simulation or to the writers that alters a byte fails here.
 */
class ResultFilesDigestTest {
    private static final Path SCENARIOS = Path.of("src", "test", "resources", "io", "yuma", "scenario", "digest");
    @TempDir
    Path dir;

    @Test
    void eventsSweepWritesTheSameBytes() throws IOException {
        assertEquals(Map.of(
                "results.csv", "2a61afa287a12358b83fa78423cccb5d85582a76778bf20a61c1d178d8089a67",
                "results.jsonl", "abb9cd9bae040a3d69b6fa7efe23e971fc0460bc9d6f76ffe07715eab47c78a2",
                "bonds.csv", "f8d3db419107cea45cdb065ed222ab713fec0d24e6784c4a24554b4832db36a7"),
                digests("sweep-events.yaml"));
    }

    @Test
    void mechanismsSweepWritesTheSameBytes() throws IOException {
        assertEquals(Map.of(
                "results.csv", "0c454a21c0989747ac0707f0d05b19529b0ab5e0b666b336e95be255b8eef831",
                "results.jsonl", "249d21e532aa50b49e33186504f777773bdf7c1ad8a82aef92de7f41e3c1cb1e",
                "bonds.csv", "fdbfc22eea63448baf3542582324de239fd5ef9029046a65f6ef7e84a1dd33be"),
                digests("sweep-mechanisms.yaml"));
    }

    private Map<String, String> digests(String scenarioFile) throws IOException {
        Scenario scenario = ScenarioReader.read(SCENARIOS.resolve(scenarioFile));
        Path run;
        try (YumaEngine engine = Engines.open("reference", EngineOptions.defaults())) {
            run = SimulationOutput.write(Simulation.run(scenario, engine, SimulationProgress.NONE), dir, false);
        }
        Map<String, String> digests = new LinkedHashMap<>();
        for (String file : new String[] {"results.csv", "results.jsonl", "bonds.csv"}) {
            digests.put(file, sha256(run.resolve(file)));
        }
        return digests;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every JDK has SHA-256", e);
        }
    }
}
