package io.yuma.cli;

import static io.yuma.cli.CliRun.yuma;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yuma.recompute.ArchiveWriter;
import io.yuma.recompute.ChainOrigin;
import io.yuma.recompute.HistoryRecord;
import io.yuma.recompute.RecordLocation;
import io.yuma.vector.SubnetEpoch;
import io.yuma.vector.VectorReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code yuma recompute} run in-process: the bundled example, a subnet with mechanisms, exit
 * statuses, options and their errors.
 */
class RecomputeCommandTest {
    /** Surefire runs tests from the module directory. */
    private static final Path EXAMPLES = Path.of("examples");
    private static final Path HISTORY = EXAMPLES.resolve("history");
    private static final Path ARCHIVE = EXAMPLES.resolve("history.yhist");
    /** A golden subnet-sequence file: two mechanisms, 16 uids, 16 epochs. */
    private static final Path SUBNET_SEQUENCE = Path.of("..", "vector-format", "vectors",
            "subnet-sequence-m2-n16-y3-la-split_exact-rao_alpha1-cr-owner-e16-31500.json.gz");

    @TempDir
    Path dir;

    @Test
    void theBundledExampleReplaysWithoutDivergenceFromJsonAndFromTheArchive() throws IOException {
        CliRun json = yuma("recompute", "replay", "--progress", "none", "-o", dir.resolve("json").toString(),
                HISTORY.toString());
        assertEquals(ExitCodes.OK, json.status(), json.err());
        assertTrue(json.out().startsWith("recompute replay ("), json.out());
        assertTrue(json.out().contains("0 divergent epochs, 0 divergences"), json.out());

        CliRun archive = yuma("recompute", "replay", "--progress", "none", "-o", dir.resolve("archive").toString(),
                ARCHIVE.toString());
        assertEquals(ExitCodes.OK, archive.status(), archive.err());
        for (String name : List.of("results.csv", "results.jsonl", "divergences.csv", "issues.csv")) {
            assertEquals(-1, Files.mismatch(dir.resolve("json").resolve(name), dir.resolve("archive").resolve(name)),
                    name);
        }
    }

    @Test
    void theBundledArchiveIsTheConvertedHistory() throws IOException {
        Path archive = dir.resolve("history.yhist");
        CliRun outcome = yuma("recompute", "convert", "-o", archive.toString(), HISTORY.toString());
        assertEquals(ExitCodes.OK, outcome.status(), outcome.err());
        assertEquals(-1, Files.mismatch(ARCHIVE, archive), "regenerate " + ARCHIVE + " with the README's command");
    }

    @Test
    void convertingChainRecordsToVectorFilesWarnsThatTheirOriginsAreDropped() throws IOException {
        List<SubnetEpoch> epochs = VectorReader.read(SUBNET_SEQUENCE).subnetEpochs();
        Path archive = dir.resolve("chain.yhist");
        try (ArchiveWriter writer = ArchiveWriter.create(archive)) {
            for (int e = 0; e < epochs.size(); e++) {
                writer.write(new HistoryRecord("netuid 7", "chain", e, true, e == epochs.size() - 1,
                        epochs.get(e).input(), epochs.get(e).expected(), new RecordLocation.WholeFile(SUBNET_SEQUENCE))
                        .withOrigin(new ChainOrigin(7, 5_000_000L + e, new byte[32], 425, Set.of(), true)));
            }
            writer.commit();
        }
        CliRun outcome = yuma("recompute", "convert", "-o", dir.resolve("json").toString(), archive.toString());
        assertEquals(ExitCodes.OK, outcome.status(), outcome.err());
        assertEquals("warning: 16 chain records were written without their chain origin (netuid, block, block hash, "
                + "spec version): vector files have no place for it; the archive keeps it" + System.lineSeparator(),
                outcome.err());
    }

    @Test
    void aWhatIfOverrideDivergesAndExitsOne() {
        CliRun outcome = yuma("recompute", "audit", "--progress", "none", "--results", "csv", "--set", "kappa=0",
                "-o", dir.toString(), ARCHIVE.toString());
        assertEquals(ExitCodes.FAILED, outcome.status(), outcome.err());
        assertTrue(outcome.out().lines().anyMatch(line -> line.matches("  compared \\d+ epochs .*: [1-9]\\d* divergent "
                + "epochs, [1-9]\\d* divergences")), outcome.out());
        assertTrue(Files.exists(dir.resolve("results.csv")));
        assertTrue(Files.notExists(dir.resolve("results.jsonl")));
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertOneLineError(yuma("recompute", "audit", "--set", "weights=1", "-o", dir.toString(), ARCHIVE.toString()),
                "yuma recompute audit: --set weights=1: 'weights' cannot be set; fields: tempo, activity_cutoff, "
                        + "kappa, bonds_penalty, bonds_moving_average, liquid_alpha, yuma3, alpha_low, alpha_high, "
                        + "alpha_sigmoid_steepness, max_allowed_validators, stake_threshold, tao_weight, rao_emission, "
                        + "commit_reveal");
        assertOneLineError(yuma("recompute", "audit", "--set", "kappa=65536", "-o", dir.toString(), ARCHIVE.toString()),
                "yuma recompute audit: --set kappa=65536: field kappa: value 65536 is not a u16 (0..65535)");
        assertOneLineError(yuma("recompute", "replay", "--on-error", "ignore", "-o", dir.toString(),
                ARCHIVE.toString()), "yuma recompute replay: --on-error must be stop or skip, was ignore "
                + "(see 'yuma recompute replay --help')");
        assertOneLineError(yuma("recompute"), "yuma recompute: missing command: one of [replay, audit, convert, synth] "
                + "(see 'yuma recompute --help')");
    }

    @Test
    void synthWritesSubnetsTimesEpochsThatAnAuditMatches() {
        Path archive = dir.resolve("synth.yhist");
        CliRun synth = yuma("recompute", "synth", "--subnets", "3", "--epochs", "4", "-o", archive.toString(),
                HISTORY.resolve("sequence-n8-e50-190003.json.gz").toString());
        assertEquals(ExitCodes.OK, synth.status(), synth.err());
        assertEquals("wrote 12 records (3 subnets x 4 epochs) to " + archive + System.lineSeparator(), synth.out());
        CliRun audit = yuma("recompute", "audit", "--progress", "none", "--results", "none", "-o",
                dir.resolve("out").toString(), archive.toString());
        assertEquals(ExitCodes.OK, audit.status(), audit.err());
        assertTrue(audit.out().contains(": 12 epochs of 12 records;"), audit.out());
    }

    @Test
    void aSubnetSequenceReplaysWithoutDivergenceFromJsonAndFromItsArchiveWithEachMechanismsRows() throws IOException {
        Path archive = dir.resolve("subnet.yhist");
        CliRun convert = yuma("recompute", "convert", "-o", archive.toString(), SUBNET_SEQUENCE.toString());
        assertEquals(ExitCodes.OK, convert.status(), convert.err());
        for (Path input : List.of(SUBNET_SEQUENCE, archive)) {
            Path out = dir.resolve(input.getFileName() + ".out");
            CliRun replay = yuma("recompute", "replay", "--progress", "none", "--engine", "reference", "-o",
                    out.toString(), input.toString());
            assertEquals(ExitCodes.OK, replay.status(), replay.err());
            assertTrue(replay.out().contains(": 16 epochs of 16 records;"), replay.out());
            assertTrue(replay.out().contains("compared 16 epochs with their recorded outputs: 0 divergent epochs, "
                    + "0 divergences"), replay.out());
            assertTrue(replay.out().contains("outputs in " + out + ": results.csv results.jsonl divergences.csv "
                    + "issues.csv mechanisms.csv mechanisms.jsonl summary.json"), replay.out());
        }
        for (String name : List.of("results.csv", "results.jsonl", "mechanisms.csv", "mechanisms.jsonl")) {
            assertEquals(-1, Files.mismatch(dir.resolve(SUBNET_SEQUENCE.getFileName() + ".out").resolve(name),
                    dir.resolve(archive.getFileName() + ".out").resolve(name)), name);
        }
    }

    @Test
    void synthOfASubnetSequenceWritesSubnetEpochsThatAnAuditMatches() {
        Path archive = dir.resolve("synth.yhist");
        CliRun synth = yuma("recompute", "synth", "--subnets", "2", "--epochs", "3", "-o", archive.toString(),
                SUBNET_SEQUENCE.toString());
        assertEquals(ExitCodes.OK, synth.status(), synth.err());
        CliRun audit = yuma("recompute", "audit", "--progress", "none", "--engine", "reference", "--results",
                "none", "-o", dir.resolve("out").toString(), archive.toString());
        assertEquals(ExitCodes.OK, audit.status(), audit.err());
        assertTrue(audit.out().contains("compared 6 epochs with their recorded outputs: 0 divergent epochs"),
                audit.out());
    }

    @Test
    void inputFilesWithoutOutputsAreComputedButNotCompared() throws IOException {
        Path input = TestInputs.inputOnlyFile(dir);
        Path out = dir.resolve("out");
        CliRun outcome = yuma("recompute", "replay", "--engine", "fake", "--progress", "none", "--results", "jsonl",
                "-o", out.toString(), input.toString());
        assertEquals(ExitCodes.OK, outcome.status(), outcome.err());
        assertTrue(outcome.out().contains("compared 0 epochs"), outcome.out());
        assertEquals(List.of(
                "{\"subnet\":\"input\",\"epoch\":0,\"uid\":0,\"active\":true,\"stake\":1,\"stake_weight\":0,"
                        + "\"consensus\":0,\"validator_trust\":0,\"incentive\":0,\"dividend\":0,"
                        + "\"new_validator_permit\":false,\"server_emission\":0,\"validator_emission\":0,\"emission\":0}",
                "{\"subnet\":\"input\",\"epoch\":0,\"uid\":1,\"active\":true,\"stake\":18446744073709551615,"
                        + "\"stake_weight\":0,\"consensus\":0,\"validator_trust\":0,\"incentive\":0,\"dividend\":0,"
                        + "\"new_validator_permit\":false,\"server_emission\":0,\"validator_emission\":0,\"emission\":0}"),
                Files.readAllLines(out.resolve("results.jsonl")));
    }

    @Test
    void theLibrarysTypedErrorsGetTheFlagsThatDealWithThem() throws IOException {
        Path out = dir.resolve("out");
        String run = "yuma recompute replay: ";
        assertEquals(ExitCodes.OK, yuma("recompute", "replay", "--progress", "none", "-o", out.toString(),
                ARCHIVE.toString()).status());
        assertOneLineError(yuma("recompute", "replay", "--progress", "none", "-o", out.toString(), ARCHIVE.toString()),
                run + out + " already holds recompute outputs (results.csv): replace them with --force, or choose "
                        + "another directory");
        assertOneLineError(yuma("recompute", "replay", "--progress", "none", "--resume", "-o", out.toString(),
                ARCHIVE.toString()), run + "nothing to resume: the run in " + out + " is complete (see summary.json); "
                        + "run it again with --force");
        assertOneLineError(yuma("recompute", "replay", "--resume", "--force", "-o", out.toString(),
                ARCHIVE.toString()), run + "--resume continues a run and --force starts over: give one of them "
                        + "(see 'yuma recompute replay --help')");
        assertOneLineError(yuma("recompute", "replay", "--chunk", "0", "-o", out.toString(), ARCHIVE.toString()),
                run + "--chunk must be at least 1, was 0");

        Path corrupt = dir.resolve("corrupt.yhist");
        byte[] bytes = Files.readAllBytes(ARCHIVE);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(corrupt, bytes);
        Path stopped = dir.resolve("stopped");
        CliRun stop = yuma("recompute", "replay", "--progress", "none", "-o", stopped.toString(), corrupt.toString());
        assertEquals(ExitCodes.ERROR, stop.status(), stop.err());
        assertTrue(stop.err().startsWith(run + corrupt + ": record at byte "), stop.err());
        assertTrue(stop.err().endsWith("; the run stopped there (--on-error=stop): what came before it is kept in "
                + stopped + ", continue past it with --resume --on-error=skip" + System.lineSeparator()), stop.err());

        String synth = "yuma recompute synth: ";
        Path archive = dir.resolve("synth.yhist");
        Files.writeString(archive, "in the way");
        assertOneLineError(yuma("recompute", "synth", "--subnets", "1", "--epochs", "1", "-o", archive.toString(),
                HISTORY.resolve("sequence-n8-e50-190003.json.gz").toString()),
                synth + archive + " exists: replace it with --force, or choose another name");
        assertOneLineError(yuma("recompute", "synth", "--subnets", "0", "--epochs", "1", "-o", archive.toString(),
                "unused.json"), synth + "--subnets must be at least 1, was 0");
    }

    private static void assertOneLineError(CliRun outcome, String message) {
        assertEquals(ExitCodes.ERROR, outcome.status(), outcome.err());
        assertEquals(message + System.lineSeparator(), outcome.err());
    }
}
