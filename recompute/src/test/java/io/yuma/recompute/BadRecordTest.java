package io.yuma.recompute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        try (ArchiveSource source = ArchiveSource.open(archive)) {
            for (long at = source.position(); ; at = source.position()) {
                HistoryRecord record = source.next();
                if (record == null) {
                    break;
                }
                offsets.add(at);
                records.add(record);
            }
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
        overwrite(archive, ArchiveFormat.VERSION_OFFSET, (byte) 3);
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
        assertEquals(archive + ": archive format version 3, this yuma reads versions 1 to 2", version.getMessage());
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
