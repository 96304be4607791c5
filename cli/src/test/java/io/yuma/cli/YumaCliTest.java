package io.yuma.cli;

import static io.yuma.cli.CliRun.yuma;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.api.SubnetResult;
import io.yuma.vector.SubnetEpoch;
import io.yuma.vector.Vector;
import io.yuma.vector.VectorEpoch;
import io.yuma.vector.VectorFiles;
import io.yuma.vector.VectorReader;
import io.yuma.vector.VectorWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code yuma} run in-process: exit statuses, stdout and stderr of every subcommand. */
class YumaCliTest {
    /** Surefire runs tests from the module directory. */
    private static final Path VECTORS = Path.of("..", "vector-format", "vectors");
    private static final Path EDGE = VECTORS.resolve("edge-kappa0-n4-170400.json.gz");
    private static final Path SEQUENCE = VECTORS.resolve("sequence-n8-e50-190003.json.gz");
    private static final Path SUBNET_SEQUENCE = VECTORS.resolve("subnet-sequence-m3-n12-y3-split_below-rao_alpha1-unsorted-e20-31502.json.gz");

    @TempDir
    Path dir;

    private static String json(List<EpochResult> results, boolean asArray) throws IOException {
        StringWriter text = new StringWriter();
        VectorWriter.writeResults(results, asArray, text);
        return text.toString();
    }

    private static void assertOneLineError(CliRun outcome, String message) {
        assertEquals(ExitCodes.ERROR, outcome.status(), outcome.err());
        assertEquals(message + System.lineSeparator(), outcome.err());
        assertEquals("", outcome.out());
    }

    @Test
    void outputThatCannotBeWrittenIsAnError() {
        CliRun outcome = CliRun.yumaWithFailingStdout("run", EDGE.toString());
        assertEquals(ExitCodes.ERROR, outcome.status(), outcome.err());
        assertEquals("yuma: cannot write the output: writing to standard output failed (disk full, or the reader"
                + " closed it)" + System.lineSeparator(), outcome.err());
    }

    @Test
    void helpListsTheCommands() {
        CliRun outcome = yuma("--help");
        assertEquals(ExitCodes.OK, outcome.status());
        for (String command : List.of("run", "conform", "engines")) {
            assertTrue(outcome.out().contains("  " + command + " "), outcome.out());
        }
    }

    @Test
    void noCommandIsAUsageError() {
        assertOneLineError(yuma(), "yuma: missing command: one of [run, conform, engines, bench, duel, recompute, chain, simulate, report, help] (see 'yuma --help')");
    }

    @Test
    void unknownOptionIsAUsageError() throws IOException {
        assertOneLineError(yuma("run", "--bogus", TestInputs.inputOnlyFile(dir).toString()),
                "yuma run: Unknown option: '--bogus' (see 'yuma run --help')");
    }

    @Test
    void enginesListsAvailabilityAndReasons() {
        CliRun outcome = yuma("engines");
        assertEquals(ExitCodes.OK, outcome.status(), outcome.err());
        assertTrue(outcome.outLines().contains(String.format("%-12s %-11s %s", "fake-gpu", "unavailable",
                FakeEngines.Unavailable.REASON)), outcome.out());
        assertTrue(outcome.outLines().stream().anyMatch(line -> line.matches("reference +available .*")), outcome.out());
    }

    @Test
    void runPrintsTheEngineResultWithU64Unsigned() throws IOException {
        Path file = TestInputs.inputOnlyFile(dir);
        CliRun outcome = yuma("run", "--engine", "fake", file.toString());
        assertEquals(ExitCodes.OK, outcome.status(), outcome.err());
        EpochInput input = VectorReader.readInputs(file).epochs().getFirst();
        assertEquals(json(List.of(FakeEngines.answer(input)), false), outcome.out());
        assertTrue(outcome.out().startsWith("{\"output\":{\"active\":[true,true],\"stake\":[1,18446744073709551615],"),
                outcome.out());
    }

    @Test
    void runWithTheDefaultEngineReproducesAGoldenVector() throws IOException {
        CliRun outcome = yuma("run", EDGE.toString());
        assertEquals(ExitCodes.OK, outcome.status(), outcome.err());
        assertEquals(json(List.of(VectorReader.read(EDGE).epochs().getFirst().expected().withoutTrace()), false),
                outcome.out());
    }

    @Test
    void runOnASequencePrintsEveryEpochInAnArray() throws IOException {
        CliRun outcome = yuma("run", "--engine", "reference", SEQUENCE.toString());
        assertEquals(ExitCodes.OK, outcome.status(), outcome.err());
        List<EpochResult> expected = VectorReader.read(SEQUENCE).epochs().stream()
                .map(epoch -> epoch.expected().withoutTrace()).toList();
        assertTrue(expected.size() > 1);
        assertEquals(json(expected, true), outcome.out());
    }

    @Test
    void runOnASubnetSequencePrintsEveryMechanismAndTheAggregate() throws IOException {
        CliRun outcome = yuma("run", "--engine", "simd", SUBNET_SEQUENCE.toString());
        assertEquals(ExitCodes.OK, outcome.status(), outcome.err());
        List<SubnetResult> expected = VectorReader.read(SUBNET_SEQUENCE).subnetEpochs().stream()
                .map(SubnetEpoch::expected).toList();
        assertTrue(expected.size() > 1 && expected.getFirst().mechanismCount() == 3);
        StringWriter text = new StringWriter();
        VectorWriter.writeSubnetResults(expected, true, text);
        assertEquals(text.toString(), outcome.out());
    }

    @Test
    void runWithTraceRefusesASubnet() {
        CliRun outcome = yuma("run", "--trace", SUBNET_SEQUENCE.toString());
        assertEquals(ExitCodes.ERROR, outcome.status(), outcome.err());
        assertTrue(outcome.err().startsWith("yuma run: --trace: FORMAT.md defines traces for single-mechanism epochs only"),
                outcome.err());
        assertEquals("", outcome.out());
    }

    @Test
    void runWithTracePrintsTheReferenceTrace() throws IOException {
        CliRun outcome = yuma("run", "--trace", EDGE.toString());
        assertEquals(ExitCodes.OK, outcome.status(), outcome.err());
        long[] stake = VectorReader.read(EDGE).epochs().getFirst().trace().vectors().get("stake");
        String stakeTrace = LongStream.of(stake).mapToObj(Long::toString).collect(Collectors.joining(",", "\"stake\":[", "]"));
        int trace = outcome.out().indexOf(",\"trace\":{");
        assertTrue(trace > 0, outcome.out());
        assertTrue(outcome.out().indexOf(stakeTrace, trace) > 0, outcome.out());
    }

    @Test
    void runWithTraceOnAnEngineThatCannotTrace() throws IOException {
        assertOneLineError(yuma("run", "--engine", "fake", "--trace", TestInputs.inputOnlyFile(dir).toString()),
                "yuma run: engine fake does not record traces; use the reference engine");
    }

    @Test
    void runOnABadFileNamesFieldAndValue() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(TestInputs.inputOnlyFile(dir)).replace("\"kappa\":32767", "\"kappa\":70000"));
        assertOneLineError(yuma("run", "--engine", "fake", bad.toString()),
                "yuma run: " + bad + ": field kappa: value 70000 is not a u16 (0..65535)");
    }

    @Test
    void runOnAMissingFile() {
        assertOneLineError(yuma("run", "--engine", "fake", "nope.json"), "yuma run: no such file: nope.json");
    }

    @Test
    void verbosePrintsTheStackTraceAfterTheMessage() {
        CliRun outcome = yuma("run", "--verbose", "nope.json");
        assertEquals(ExitCodes.ERROR, outcome.status());
        List<String> lines = outcome.err().lines().toList();
        assertEquals("yuma run: no such file: nope.json", lines.getFirst());
        assertTrue(lines.size() > 2 && lines.get(1).startsWith("java.nio.file.NoSuchFileException"), outcome.err());
    }

    @Test
    void unknownEngineListsTheEnginesFound() throws IOException {
        CliRun outcome = yuma("run", "--engine", "nosuch", TestInputs.inputOnlyFile(dir).toString());
        assertEquals(ExitCodes.ERROR, outcome.status());
        assertTrue(outcome.err().startsWith("yuma run: unknown engine 'nosuch'; engines found: "), outcome.err());
        assertTrue(outcome.err().contains("reference") && outcome.err().contains("fake"), outcome.err());
        assertEquals(1, outcome.err().lines().count());
    }

    @Test
    void unavailableEngineSaysWhy() throws IOException {
        assertOneLineError(yuma("conform", "--engine", "fake-gpu", dir.toString()),
                "yuma conform: engine 'fake-gpu' is not available: " + FakeEngines.Unavailable.REASON);
    }

    @Test
    void conformPassesEveryBundledVectorOnTheReference() throws IOException {
        CliRun outcome = yuma("conform", "--engine", "reference", VECTORS.toString());
        assertEquals(ExitCodes.OK, outcome.status(), outcome.out() + outcome.err());
        int vectors = VectorFiles.find(List.of(VECTORS)).size();
        assertEquals("conformance reference: " + vectors + " passed, 0 failed", outcome.outLines().getLast());
        assertTrue(outcome.outLines().stream().anyMatch(line -> line.matches("sequence: \\d+ passed, 0 failed")),
                outcome.out());
    }

    @Test
    void conformReportsEachFailureAndExitsOne() throws IOException {
        Files.copy(EDGE, dir.resolve(EDGE.getFileName()));
        Files.copy(SEQUENCE, dir.resolve(SEQUENCE.getFileName()));
        CliRun outcome = yuma("conform", "--engine", "fake", dir.toString());
        assertEquals(ExitCodes.FAILED, outcome.status(), outcome.err());
        List<String> lines = outcome.outLines();
        assertEquals("edge: 0 passed, 1 failed", lines.get(0));
        assertEquals("sequence: 0 passed, 1 failed", lines.get(1));
        assertTrue(lines.get(2).startsWith("FAIL edge-kappa0-n4-170400: "), lines.get(2));
        assertTrue(lines.get(2).endsWith("; trace: engine cannot trace; the reference's trace agrees with the vector"
                + " and so does its output"), lines.get(2));
        assertTrue(lines.get(3).startsWith("FAIL sequence-n8-e50-190003 epoch 0: "), lines.get(3));
        assertEquals("conformance fake: 0 passed, 2 failed", lines.get(4));
        assertEquals(5, lines.size());
    }

    @Test
    void conformPassesAVectorTheEngineReproduces() throws IOException {
        EpochInput input = VectorReader.readInputs(TestInputs.inputOnlyFile(dir)).epochs().getFirst();
        Vector vector = Vector.single("made-up", "handmade", new VectorEpoch(input, FakeEngines.answer(input)));
        VectorWriter.write(vector, dir.resolve("made-up.json"));
        CliRun outcome = yuma("conform", "--engine", "fake", dir.resolve("made-up.json").toString());
        assertEquals(ExitCodes.OK, outcome.status(), outcome.out() + outcome.err());
        assertEquals(List.of("handmade: 1 passed, 0 failed", "conformance fake: 1 passed, 0 failed"), outcome.outLines());
    }

    @Test
    void conformPrintsControlCharactersInNamesEscapedSoTheyCannotForgeALine() throws IOException {
        EpochInput input = VectorReader.readInputs(TestInputs.inputOnlyFile(dir)).epochs().getFirst();
        Vector vector = Vector.single("made-up", "handmade\nconformance fake: 9 passed, 0 failed\r\u001b[2K",
                new VectorEpoch(input, FakeEngines.answer(input)));
        VectorWriter.write(vector, dir.resolve("made-up.json"));
        CliRun outcome = yuma("conform", "--engine", "fake", dir.resolve("made-up.json").toString());
        assertEquals(ExitCodes.OK, outcome.status(), outcome.out() + outcome.err());
        assertEquals(List.of("handmade\\nconformance fake: 9 passed, 0 failed\\r\\u001b[2K: 1 passed, 0 failed",
                "conformance fake: 1 passed, 0 failed"), outcome.outLines());
    }

    @Test
    void conformWithoutVectorsIsAnError() {
        assertOneLineError(yuma("conform", "--engine", "fake", dir.toString()),
                "yuma conform: no vector files (*.json, *.json.gz) under [" + dir + "]");
    }

    @Test
    void conformStopsOnABadVectorFile() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"name\":\"bad\",,}");
        CliRun outcome = yuma("conform", "--engine", "fake", dir.toString());
        assertEquals(ExitCodes.ERROR, outcome.status());
        assertTrue(outcome.err().startsWith("yuma conform: " + bad + ": malformed JSON at line 1"), outcome.err());
        assertEquals(1, outcome.err().lines().count());
    }
}
