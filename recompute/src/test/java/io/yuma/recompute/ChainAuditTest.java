package io.yuma.recompute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yuma.api.EngineOptions;
import io.yuma.api.Engines;
import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.api.SparseMatrix;
import io.yuma.api.SubnetInput;
import io.yuma.api.SubnetResult;
import io.yuma.api.YumaEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Audit and replay of chain records: a runtime whose rules are not implemented is not compared,
 * an unknown input leaves out exactly the outputs it reaches (the emissions, and with two or more
 * mechanisms the aggregate), every other divergence is still reported, replay does not carry a
 * state computed from placeholders, and a resumed run still ends byte for byte as an
 * uninterrupted one.
 */
class ChainAuditTest {
    private static final RecordLocation MADE = new RecordLocation.WholeFile(Path.of("made"));

    @TempDir
    Path dir;

    private static ChainOrigin origin(int netuid, int spec, Set<UnknownInput> unknown) {
        return new ChainOrigin(netuid, 4_000_000L + netuid, ChainOriginTest.hash(netuid), spec, unknown,
                ChainOrigin.rulesImplementedAt(spec));
    }

    /** The input with another emission: what a fetch records when it cannot read the real one. */
    private static SubnetInput withEmission(SubnetInput input, long rao) {
        return SubnetInput.of(input.mechanisms().stream().map(m -> m.toBuilder().raoEmission(rao).build()).toList(),
                input.emissionSplit());
    }

    /** {@code result} with {@code uid}'s consensus or dividend changed: a divergence that no emission explains. */
    private static EpochResult bumped(EpochResult r, String field, int uid) {
        int[] consensus = r.consensus();
        int[] dividend = r.dividend();
        (field.equals("consensus") ? consensus : dividend)[uid] ^= 1;
        return new EpochResult(r.active(), r.stake(), r.stakeWeight(), consensus, r.validatorTrust(), r.incentive(),
                dividend, r.newValidatorPermit(), r.serverEmission(), r.validatorEmission(), r.emission(), r.bonds(),
                null);
    }

    /** {@code result} with mechanism {@code m}'s consensus of uid 0 and the aggregate's dividend of uid 1 changed. */
    private static SubnetResult bumped(SubnetResult result, int m) {
        List<EpochResult> mechanisms = new ArrayList<>(result.mechanisms());
        mechanisms.set(m, bumped(mechanisms.get(m), "consensus", 0));
        return new SubnetResult(result.mechanismEmission(), mechanisms, bumped(result.subnet(), "dividend", 1));
    }

    /** Six one-epoch histories, netuids 1 to 6, each of one kind of chain record. */
    private static List<HistoryRecord> records() {
        SubnetInput three = TestSubnets.threeMechanisms(null);
        SubnetInput one = SubnetInput.of(List.of(three.mechanism(0)), null);
        SubnetInput two = SubnetInput.of(List.of(three.mechanism(0), three.mechanism(1)), null);
        long placeholder = three.raoEmission() / 3;
        Set<UnknownInput> rao = Set.of(UnknownInput.RAO_EMISSION);
        try (YumaEngine engine = Engines.open("reference", EngineOptions.defaults())) {
            EpochInput single = three.mechanism(2);
            return List.of(
                    new HistoryRecord("netuid 1", "chain", 0, false, true, withEmission(one, placeholder),
                            bumped(engine.runSubnet(one), 0), MADE).withOrigin(origin(1, 425, rao)),
                    new HistoryRecord("netuid 2", "chain", 0, false, true, withEmission(two, placeholder),
                            bumped(engine.runSubnet(two), 1), MADE).withOrigin(origin(2, 425, rao)),
                    new HistoryRecord("netuid 3", "chain", 0, false, true, two, bumped(engine.runSubnet(two), 0), MADE)
                            .withOrigin(origin(3, 422, Set.of())),
                    new HistoryRecord("netuid 4", "chain", 0, false, true, two, bumped(engine.runSubnet(two), 0), MADE)
                            .withOrigin(origin(4, 425, Set.of(UnknownInput.WEIGHTS))),
                    new HistoryRecord("netuid 5", "chain", 0, false, true, two, engine.runSubnet(two), MADE)
                            .withOrigin(origin(5, 423, Set.of())),
                    new HistoryRecord("netuid 6", "chain", 0, false, true,
                            single.toBuilder().raoEmission(placeholder).build(),
                            bumped(engine.run(single), "consensus", 0), MADE).withOrigin(origin(6, 424, rao)));
        }
    }

    private Path archive(String name, List<HistoryRecord> records) throws IOException {
        Path archive = dir.resolve(name);
        try (ArchiveWriter writer = ArchiveWriter.create(archive)) {
            for (HistoryRecord record : records) {
                writer.write(record);
            }
            writer.commit();
        }
        return archive;
    }

    /** The lines of a CSV output after its header, split into fields. */
    private static List<List<String>> rows(Path file) throws IOException {
        return Files.readAllLines(file).stream().skip(1).map(Csv::split).toList();
    }

    /** subnet, uid and field of each divergence. */
    private static List<String> divergences(Path out) throws IOException {
        return rows(out.resolve(Outputs.DIVERGENCES)).stream()
                .map(f -> f.get(0) + " uid " + f.get(2) + " " + f.get(3)).toList();
    }

    @Test
    void anAuditComparesOnlyWhatTheOriginLeavesComparable() throws IOException {
        Path archive = archive("chain.yhist", records());
        Path out = dir.resolve("audit");
        RecomputeSummary audit = TestHistories.run(
                TestHistories.options(RecomputeMode.AUDIT, List.of(archive), out), "reference");

        // A mechanism's consensus is not stored by the chain (ChainStoredOutputs): only the aggregate's
        // dividend and a single mechanism's consensus are compared.
        assertEquals(List.of("netuid 1 uid 1 subnet.dividend", "netuid 6 uid 0 consensus"), divergences(out));
        assertEquals(6, audit.count("epochs"));
        assertEquals(4, audit.count("compared"));
        assertEquals(2, audit.count("not_compared"));
        assertEquals(3, audit.count("partially_compared"));
        assertEquals(2, audit.count("divergent_epochs"));
        assertEquals(2, audit.count("divergences"));
        assertTrue(audit.lines().contains("  chain records: 2 epochs not compared (rules not implemented or inputs "
                + "unknown), 3 compared in part (inputs unknown); see issues.csv"), audit.lines().toString());

        List<String> emissions = List.of("server_emission", "validator_emission", "emission", "mechanism_emission");
        String rao = "unknown inputs rao_emission: not compared: " + String.join(", ", emissions);
        assertEquals(List.of(List.of("unknown", "netuid 1", rao), List.of("unknown", "netuid 2", rao + ", subnet.*"),
                List.of("rules", "netuid 3", "runtime spec 422: rules not implemented"),
                List.of("unknown", "netuid 4", "unknown inputs weights: not compared: every output"),
                List.of("unknown", "netuid 6", rao)),
                rows(out.resolve(Outputs.ISSUES)).stream().map(f -> List.of(f.get(0), f.get(2), f.get(4))).toList());

        List<String> chain = Files.readAllLines(out.resolve(Outputs.CHAIN_CSV));
        assertEquals(ChainRows.HEADER.strip(), chain.getFirst());
        assertEquals(7, chain.size());
        assertEquals("netuid 3,0,3,4000003," + origin(3, 422, Set.of()).blockHashHex() + ",422,false,", chain.get(3));
        assertEquals("netuid 6,0,6,4000006," + origin(6, 424, Set.of()).blockHashHex() + ",424,true,rao_emission",
                chain.get(6));
        assertTrue(audit.outputs().contains(Outputs.CHAIN_CSV));
    }

    @Test
    void withoutOriginsTheSameRecordsDivergeInTheirEmissionsAndEveryTamperedValue() throws IOException {
        // The control: what the origins hide is there to hide.
        Path archive = archive("plain.yhist", records().stream().map(r -> r.withOrigin(null)).toList());
        Path out = dir.resolve("audit");
        RecomputeSummary audit = TestHistories.run(
                TestHistories.options(RecomputeMode.AUDIT, List.of(archive), out), "reference");
        List<String> found = divergences(out);
        for (String subnet : List.of("netuid 1", "netuid 2", "netuid 6")) {
            assertTrue(found.stream().anyMatch(d -> d.startsWith(subnet + " ") && d.endsWith("emission")),
                    subnet + " " + found);
        }
        assertTrue(found.contains("netuid 2 uid 1 subnet.dividend"), found.toString());
        assertTrue(found.contains("netuid 3 uid 0 mechanisms[0].consensus"), found.toString());
        assertTrue(found.contains("netuid 4 uid 0 mechanisms[0].consensus"), found.toString());
        assertEquals(6, audit.count("compared"));
        assertEquals(0, audit.count("not_compared"));
        assertFalse(Files.exists(out.resolve(Outputs.CHAIN_CSV)));
        assertFalse(audit.outputs().contains(Outputs.CHAIN_CSV));
    }

    /** The v3 fixture's 16-epoch history as chain records, epoch 5's weights replaced by placeholders. */
    private static List<HistoryRecord> historyWithPlaceholderWeights(boolean sayUnknown) throws IOException {
        List<HistoryRecord> records = new ArrayList<>();
        for (TestHistories.Located located : TestHistories.records(ChainArchiveTest.v3())) {
            HistoryRecord record = located.record();
            Set<UnknownInput> unknown = Set.of();
            if (record.epoch() == 5) {
                SubnetInput input = record.subnetInput();
                record = record.withSubnetInput(SubnetInput.of(input.mechanisms().stream()
                        .map(m -> m.toBuilder().weights(SparseMatrix.empty(m.n())).build()).toList(),
                        input.emissionSplit()));
                unknown = sayUnknown ? Set.of(UnknownInput.WEIGHTS) : Set.of();
            }
            records.add(record.withOrigin(origin(1, 425, unknown)));
        }
        return records;
    }

    @Test
    void replayDoesNotCarryOnAStateComputedFromPlaceholders() throws IOException {
        Path flagged = archive("flagged.yhist", historyWithPlaceholderWeights(true));
        RecomputeSummary replay = TestHistories.run(
                TestHistories.options(RecomputeMode.REPLAY, List.of(flagged), dir.resolve("flagged")), "reference");
        assertEquals(16, replay.count("epochs"));
        assertEquals(15, replay.count("compared"));
        assertEquals(1, replay.count("not_compared"));
        assertEquals(0, replay.count("divergences"));
        assertEquals(0, replay.count("restarts"));

        // The control: the same placeholders claimed exact diverge at epoch 5 and carry the error into epoch 6.
        Path claimed = archive("claimed.yhist", historyWithPlaceholderWeights(false));
        Path out = dir.resolve("claimed");
        TestHistories.run(TestHistories.options(RecomputeMode.REPLAY, List.of(claimed), out), "reference");
        List<String> epochs = rows(out.resolve(Outputs.DIVERGENCES)).stream().map(f -> f.get(1)).distinct().toList();
        assertTrue(epochs.contains("5") && epochs.contains("6"), epochs.toString());
    }

    @Test
    void aStoppedRunWithChainRecordsResumesToTheSameBytes() throws IOException {
        List<HistoryRecord> records = new ArrayList<>(historyWithPlaceholderWeights(true));
        records.addAll(records());
        Path archive = archive("mixed.yhist", records);
        RecomputeOptions base = new RecomputeOptions(RecomputeMode.REPLAY, List.of(archive), dir.resolve("x"), true,
                true, true, Overrides.none(), 2, 32, false, RecomputeOptions.Existing.REFUSE, java.time.Duration.ZERO);
        Path expected = dir.resolve("uninterrupted");
        TestHistories.run(at(base, expected, false), "reference");

        List<TestHistories.Located> located = TestHistories.records(archive);
        Path pristine = dir.resolve("pristine.yhist");
        Files.copy(archive, pristine);
        try (var raf = new java.io.RandomAccessFile(archive.toFile(), "rw")) {
            raf.seek(located.get(17).offset() + 30);
            raf.write(0x5a ^ raf.read());
        }
        Path out = dir.resolve("resumed");
        assertThrows(RunStoppedException.class, () -> TestHistories.run(at(base, out, false), "reference"));
        Files.copy(pristine, archive, StandardCopyOption.REPLACE_EXISTING);
        RecomputeSummary resumed = TestHistories.run(at(base, out, true), "reference");
        assertTrue(resumed.epochsThisRun() < records.size(), "the resumed run must not recompute what was done");
        TestHistories.assertSameFiles(expected, out);
    }

    private static RecomputeOptions at(RecomputeOptions o, Path out, boolean resume) {
        return TestHistories.with(new RecomputeOptions(o.mode(), o.inputs(), out, o.csv(), o.jsonl(), o.bonds(),
                o.overrides(), o.chunk(), o.interleave(), o.skipBad(), o.existing(), o.checkpointInterval()),
                o.chunk(), false, resume);
    }

    @Test
    void convertKeepsOriginsInArchivesDropsExactOnesFromVectorsAndRefusesTheRest() throws IOException {
        Path archive = archive("chain.yhist", historyWithPlaceholderWeights(false));
        Path copy = dir.resolve("copy.yhist");
        Converter.Result toArchive = Converter.convert(List.of(archive), copy, 32, false, false);
        assertEquals(0, toArchive.originsDropped());
        assertEquals(-1, Files.mismatch(archive, copy));

        Converter.Result toJson = Converter.convert(List.of(archive), dir.resolve("json"), 32, false, false);
        assertEquals(16, toJson.originsDropped());
        assertEquals(1, toJson.files());

        Path flagged = archive("flagged.yhist", records());
        IOException refused = assertThrows(IOException.class,
                () -> Converter.convert(List.of(flagged), dir.resolve("refused"), 32, false, false));
        assertTrue(refused.getMessage().startsWith(flagged + ": record at byte "), refused.getMessage());
        assertTrue(refused.getMessage().contains(": subnet netuid 1, epoch 0 (netuid 1, block 4000001): unknown "
                + "inputs rao_emission: not compared: "), refused.getMessage());
        assertTrue(refused.getMessage().endsWith("; a vector file would claim its output is what the rules give from "
                + "its input, so it cannot hold this record; audit the archive instead"), refused.getMessage());
    }
}
