package io.yuma.recompute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yuma.api.EngineOptions;
import io.yuma.api.Engines;
import io.yuma.api.SubnetResult;
import io.yuma.api.YumaEngine;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Corrupt, truncated and invalid records: each is reported with its file and position, and the
 * run stops there (resumable) or skips it and lists it.
 */
class BadRecordTest {
    @TempDir
    Path dir;

    private Path archive;
    /** Byte offset of each record, and its subnet and epoch. */
    private final List<Long> offsets = new ArrayList<>();
    private final List<HistoryRecord> records = new ArrayList<>();

    @BeforeEach
    void writeArchive() throws IOException {
        archive = dir.resolve("history.yhist");
        Converter.convert(List.of(TestHistories.sequence("sequence-n8-e50-190003"),
                TestHistories.sequence("sequence-n16-e30-190000")), archive, 32, false, false);
        for (TestHistories.Located located : TestHistories.records(archive)) {
            offsets.add(located.offset());
            records.add(located.record());
        }
        assertEquals(80, records.size());
    }

    /** The index of the record of {@code subnet}'s epoch {@code epoch}. */
    private int indexOf(String subnet, long epoch) {
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).subnet().equals(subnet) && records.get(i).epoch() == epoch) {
                return i;
            }
        }
        throw new AssertionError("no record of " + subnet + " epoch " + epoch);
    }

    private void overwrite(Path file, long at, byte... bytes) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(at);
            raf.write(bytes);
        }
    }

    private RecomputeOptions options(RecomputeMode mode, Path out, boolean skip) {
        return TestHistories.with(TestHistories.options(mode, List.of(archive), out), 8, skip, false);
    }

    @Test
    void aCorruptRecordStopsTheRunWithItsPositionAndResumeCanSkipIt() throws IOException {
        int bad = indexOf("sequence-n16-e30-190000", 5);
        overwrite(archive, offsets.get(bad) + 40, (byte) 0x5a, (byte) 0xa5);
        Path stopped = dir.resolve("stopped");
        RunStoppedException error = assertThrows(RunStoppedException.class,
                () -> TestHistories.run(options(RecomputeMode.REPLAY, stopped, false), "reference"));
        assertTrue(error.getMessage().startsWith(archive + ": record at byte " + offsets.get(bad)
                + ": checksum mismatch (stored 0x"), error.getMessage());
        assertEquals(new RecordLocation.ArchiveRecord(archive, offsets.get(bad)), error.record().location());
        assertEquals(stopped, error.output());
        assertTrue(error.getMessage().endsWith("; the run stopped there; what came before it is kept in " + stopped
                + ", and resuming the run with bad records skipped continues past it"), error.getMessage());
        assertFalse(error.getMessage().contains("--"), "no command-line flags in library messages: "
                + error.getMessage());
        assertTrue(Files.exists(stopped.resolve(Journal.NAME)));
        assertTrue(Files.exists(stopped.resolve(Outputs.RESULTS_CSV + PartialFile.SUFFIX)));
        assertTrue(Files.notExists(stopped.resolve(Outputs.RESULTS_CSV)), "no output may look complete");

        RecomputeSummary resumed = TestHistories.run(
                TestHistories.with(options(RecomputeMode.REPLAY, stopped, true), 8, true, true), "reference");
        assertEquals(1, resumed.count("skipped"));
        assertEquals(records.size() - 1, resumed.count("epochs"));
        assertEquals(List.of(new RecomputeSummary.Skipped(archive + ": record at byte " + offsets.get(bad),
                error.record().detail())), resumed.skipped());
        // The subnet's next epoch no longer follows on: it starts again from its recorded state,
        // which is exactly what the chain recorded, so nothing diverges.
        assertEquals(1, resumed.count("restarts"));
        assertEquals(0, resumed.count("divergences"));
        List<String> issues = Files.readAllLines(stopped.resolve(Outputs.ISSUES));
        assertEquals(3, issues.size(), String.join("\n", issues));
        assertTrue(issues.get(1).startsWith("skipped," + archive + ": record at byte " + offsets.get(bad) + ",,,"),
                issues.get(1));
        assertTrue(issues.get(2).startsWith("restarted," + archive + ": record at byte " + offsets.get(bad + 2)
                + ",sequence-n16-e30-190000,6,epoch 6 follows epoch 4"), issues.get(2));

        Path skipped = dir.resolve("skipped");
        TestHistories.run(options(RecomputeMode.REPLAY, skipped, true), "reference");
        TestHistories.assertSameFiles(skipped, stopped);
    }

    @Test
    void aCorruptLengthIsSkippedUpToTheNextIntactRecord() throws IOException {
        int bad = 10;
        overwrite(archive, offsets.get(bad) + ArchiveFormat.LENGTH_OFFSET, (byte) 0xff, (byte) 0xff, (byte) 0x0f);
        RecomputeSummary summary = TestHistories.run(options(RecomputeMode.AUDIT, dir.resolve("out"), true), "reference");
        assertEquals(records.size() - 1, summary.count("epochs"));
        assertEquals(1, summary.count("skipped"));
        assertEquals(archive + ": record at byte " + offsets.get(bad), summary.skipped().getFirst().location());
        assertTrue(summary.skipped().getFirst().reason().startsWith("truncated: the record claims 1048575 bytes"),
                summary.skipped().getFirst().reason());
        assertEquals(0, summary.count("divergences"));
    }

    @Test
    void aTruncatedArchiveSkipsItsLastRecord() throws IOException {
        long last = offsets.getLast();
        try (RandomAccessFile raf = new RandomAccessFile(archive.toFile(), "rw")) {
            raf.setLength(last + 100);
        }
        RecomputeSummary summary = TestHistories.run(options(RecomputeMode.AUDIT, dir.resolve("out"), true), "reference");
        assertEquals(records.size() - 1, summary.count("epochs"));
        assertEquals(new RecomputeSummary.Skipped(archive + ": record at byte " + last,
                summary.skipped().getFirst().reason()), summary.skipped().getFirst());
        assertTrue(summary.skipped().getFirst().reason().startsWith("truncated: the record claims "),
                summary.skipped().getFirst().reason());
    }

    @Test
    void aDamagedHeaderOrAnotherVersionIsNotAnArchiveThisCodeReads() throws IOException {
        overwrite(archive, ArchiveFormat.VERSION_OFFSET, (byte) (ArchiveFormat.VERSION + 1));
        IOException damaged = assertThrows(IOException.class,
                () -> TestHistories.run(options(RecomputeMode.AUDIT, dir.resolve("out"), true), "reference"));
        assertTrue(damaged.getMessage().startsWith(archive + ": corrupt archive header (checksum 0x"),
                damaged.getMessage());

        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        byte[] header = java.util.Arrays.copyOf(Files.readAllBytes(archive), ArchiveFormat.HEADER_CRC_OFFSET);
        crc.update(header);
        int value = (int) crc.getValue();
        overwrite(archive, ArchiveFormat.HEADER_CRC_OFFSET, (byte) value, (byte) (value >> 8), (byte) (value >> 16),
                (byte) (value >> 24));
        IOException version = assertThrows(IOException.class,
                () -> TestHistories.run(options(RecomputeMode.AUDIT, dir.resolve("out2"), true), "reference"));
        assertEquals(archive + ": archive format version " + (ArchiveFormat.VERSION + 1) + ", this yuma reads versions 1 to "
                + ArchiveFormat.VERSION, version.getMessage());
    }

    @Test
    void aCorruptSubnetRecordIsSkippedAndItsHistoryRestartsFromRecordedState() throws IOException {
        Path subnets = dir.resolve("subnets.yhist");
        Converter.convert(TestHistories.subnetSequences(), subnets, 32, false, false);
        List<TestHistories.Located> read = TestHistories.records(subnets);
        TestHistories.Located bad = read.get(9); // an epoch in the middle of a subnet-sequence history
        assertTrue(bad.record().isSubnet() && bad.record().epoch() > 0 && !bad.record().last());
        overwrite(subnets, bad.offset() + 200, (byte) 0x5a, (byte) 0xa5);
        RecomputeSummary summary = TestHistories.run(TestHistories.with(
                TestHistories.options(RecomputeMode.REPLAY, List.of(subnets), dir.resolve("out")), 8, true, false),
                "reference");
        assertEquals(1, summary.count("skipped"));
        assertEquals(subnets + ": record at byte " + bad.offset(), summary.skipped().getFirst().location());
        assertTrue(summary.skipped().getFirst().reason().startsWith("checksum mismatch (stored 0x"),
                summary.skipped().getFirst().reason());
        assertEquals(read.size() - 1, summary.count("epochs"));
        assertEquals(1, summary.count("restarts"));
        assertEquals(0, summary.count("divergences"));
    }

    @Test
    void aSubnetRecordThatPassedItsChecksumButHoldsABadValueNamesSubnetEpochMechanismAndField() throws IOException {
        SubnetResult output;
        try (YumaEngine engine = Engines.open("reference", EngineOptions.defaults())) {
            output = engine.runSubnet(TestSubnets.threeMechanisms(null));
        }
        HistoryRecord record = new HistoryRecord("netuid 7", "subnet", 41, true, false,
                TestSubnets.threeMechanisms(null), output, new RecordLocation.WholeFile(Path.of("unused")));
        int n = 3;
        int nAt = 1 + 8 + (2 + "netuid 7".length()) + (2 + "subnet".length());
        int splitAt = nAt + 2 + 77 + 25 * n; // n, the scalars, the shared per-uid arrays
        int countAt = splitAt + 1; // an unset split is its tag alone
        int mechanism1At = countAt + 1 + (8 * n + 8 * n) + (4 * n + 4 * 2) + 4 * n; // mechanism 0: 2 weights, no bonds
        int outputAt = body(record).length - outputBytes(output);
        int mechanism1ActiveAt = outputAt + 8 * 3 + 144 + 4 * output.mechanisms().getFirst().bonds().entries();
        String where = "h.yhist: record at byte 4096: ";

        assertBadBody(record, countAt, new byte[] {17}, ArchiveFormat.VERSION,
                where + "subnet netuid 7, epoch 41: field mechanisms: has 17 mechanisms, expected 1 to 16");
        assertBadBody(record, splitAt, new byte[] {5}, ArchiveFormat.VERSION, where + "subnet netuid 7, epoch 41: "
                + "field mechanism_emission_split: tag 5 is neither 0 (unset) nor 1 (set)");
        assertBadBody(record, mechanism1At + 16 * n, new byte[] {-1, -1, -1, 127}, ArchiveFormat.VERSION,
                where + "subnet netuid 7, epoch 41: field mechanisms[1].weights, uid 0: row length 2147483647 does "
                        + "not fit in the ");
        assertBadBody(record, mechanism1ActiveAt + 2, new byte[] {2}, ArchiveFormat.VERSION, where
                + "subnet netuid 7, epoch 41: field output.mechanisms[1].active, uid 2: value 2 is not a boolean (0 or 1)");
        assertBadBody(record, 0, new byte[] {ArchiveFormat.HAS_OUTPUT | ArchiveFormat.SEQUENCE | ArchiveFormat.SUBNET}, 1,
                where + "flags 13 has bits version 1 does not know (known: 7)");
    }

    /** Decodes {@code record}'s body with {@code bytes} written at {@code at} and checks the error's message. */
    private static void assertBadBody(HistoryRecord record, int at, byte[] bytes, int version, String message) {
        byte[] body = body(record);
        System.arraycopy(bytes, 0, body, at, bytes.length);
        BadRecordException bad = assertThrows(BadRecordException.class, () -> RecordCodec.decode(
                java.nio.ByteBuffer.wrap(body), new RecordLocation.ArchiveRecord(Path.of("h.yhist"), 4096), version));
        assertTrue(bad.getMessage().startsWith(message), bad.getMessage());
    }

    private static byte[] body(HistoryRecord record) {
        GrowableBuffer buffer = new GrowableBuffer(256);
        RecordCodec.encode(record, buffer);
        return java.util.Arrays.copyOf(buffer.array(), buffer.size());
    }

    /** The bytes of a subnet's recorded output: the split emission, each mechanism's output, the aggregate without bonds. */
    private static int outputBytes(SubnetResult output) {
        int n = output.n();
        int perMechanism = n + 8 * n + 5 * 2 * n + n + 3 * 8 * n; // every field but bonds
        int bytes = 8 * output.mechanismCount() + perMechanism;
        for (var mechanism : output.mechanisms()) {
            bytes += perMechanism + 4 * n + 4 * mechanism.bonds().entries();
        }
        return bytes;
    }

    @Test
    void aBadVectorFileIsReportedWithFileFieldAndUid() throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("vectors"));
        Path good = TestHistories.sequence("sequence-n8-e50-190003");
        Files.copy(good, inputs.resolve(good.getFileName()));
        Path bad = inputs.resolve("bad.json");
        Files.writeString(bad, """
                {"name":"bad","family":"edge","input":{"n":1,"current_block":1,"tempo":1,"activity_cutoff":1,
                 "last_mechanism_step_block":0,"kappa":70000}}
                """);
        RunStoppedException stop = assertThrows(RunStoppedException.class, () -> TestHistories.run(
                TestHistories.options(RecomputeMode.AUDIT, List.of(inputs), dir.resolve("stop")), "reference"));
        assertTrue(stop.getMessage().startsWith(bad + ": field kappa: value 70000 is not a u16 (0..65535)"),
                stop.getMessage());
        assertEquals(new RecordLocation.WholeFile(bad), stop.record().location());

        RecomputeSummary skip = TestHistories.run(TestHistories.with(
                TestHistories.options(RecomputeMode.AUDIT, List.of(inputs), dir.resolve("skip")), 256, true, false),
                "reference");
        assertEquals(50, skip.count("epochs"));
        assertEquals(List.of(new RecomputeSummary.Skipped(bad.toString(),
                "field kappa: value 70000 is not a u16 (0..65535) (the whole file is left out)")), skip.skipped());
    }
}
