package io.yuma.recompute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yuma.api.EngineOptions;
import io.yuma.api.Engines;
import io.yuma.api.YumaEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The end-of-archive record: an archive cut anywhere, at a record boundary too, or with bytes
 * appended after its end, is reported rather than read as whole; an archive of a version without
 * one is read with a warning that its completeness cannot be proven.
 */
class EndOfArchiveTest {
    @TempDir
    Path dir;

    private Path archive;
    private List<TestHistories.Located> records;

    @BeforeEach
    void writeArchive() throws IOException {
        archive = dir.resolve("history.yhist");
        Converter.convert(List.of(TestHistories.sequence("sequence-n8-e50-190003")), archive, 32, false, false);
        records = TestHistories.records(archive);
        assertEquals(50, records.size());
    }

    private RecomputeOptions audit(Path input, String out, boolean skip) {
        return TestHistories.with(TestHistories.options(RecomputeMode.AUDIT, List.of(input), dir.resolve(out)), 8, skip,
                false);
    }

    @Test
    void theWriterEndsEveryArchiveWithItsRecordCount() throws IOException {
        byte[] bytes = Files.readAllBytes(archive);
        assertEquals(ArchiveFormat.VERSION, bytes[ArchiveFormat.VERSION_OFFSET]);
        int end = bytes.length - ArchiveFormat.END_BYTES;
        java.nio.ByteBuffer footer = java.nio.ByteBuffer.wrap(bytes, end, ArchiveFormat.END_BYTES).slice()
                .order(ArchiveFormat.ORDER);
        assertEquals(ArchiveFormat.END_SYNC, footer.getInt(0));
        assertEquals(records.size(), footer.getLong(4));
        assertEquals(end, footer.getLong(12));
    }

    @Test
    void anArchiveCutAtARecordBoundaryIsTruncated() throws IOException {
        long cut = records.get(13).offset();
        try (RandomAccessFile raf = new RandomAccessFile(archive.toFile(), "rw")) {
            raf.setLength(cut);
        }
        RunStoppedException stopped = assertThrows(RunStoppedException.class,
                () -> TestHistories.run(audit(archive, "stopped", false), "reference"));
        assertEquals(archive + ": record at byte " + cut + ": truncated: the archive ends at byte " + cut
                + " without its end-of-archive record (it was cut short, perhaps between records)",
                stopped.getMessage().substring(0, stopped.getMessage().indexOf("; the run stopped")));

        RecomputeSummary skipped = TestHistories.run(audit(archive, "skipped", true), "reference");
        assertEquals(13, skipped.count("epochs"));
        assertEquals(1, skipped.count("skipped"));
        List<String> issues = Files.readAllLines(dir.resolve("skipped").resolve(Outputs.ISSUES));
        assertEquals(3, issues.size(), String.join("\n", issues));
        assertTrue(issues.get(1).startsWith("skipped," + archive + ": record at byte " + cut + ",,,\"truncated: "),
                issues.get(1));
        assertTrue(issues.get(2).startsWith("unfinished," + archive + ": record at byte " + records.get(12).offset()
                + ",sequence-n8-e50-190003,12,"), issues.get(2));
    }

    @Test
    void aConvertOfACutArchiveStopsInsteadOfWritingAShortHistory() throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(archive.toFile(), "rw")) {
            raf.setLength(records.get(20).offset());
        }
        Path json = dir.resolve("json");
        assertThrows(BadRecordException.class, () -> Converter.convert(List.of(archive), json, 32, false, false));
    }

    @Test
    void aRecordAppendedAfterTheEndIsReportedAndNotComputed() throws IOException {
        byte[] bytes = Files.readAllBytes(archive);
        long last = records.getLast().offset();
        byte[] lastRecord = Arrays.copyOfRange(bytes, (int) last, bytes.length - ArchiveFormat.END_BYTES);
        Files.write(archive, lastRecord, StandardOpenOption.APPEND);
        RecomputeSummary summary = TestHistories.run(audit(archive, "out", true), "reference");
        assertEquals(50, summary.count("epochs"));
        assertEquals(1, summary.count("skipped"));
        assertEquals(new RecomputeSummary.Skipped(archive + ": record at byte " + (bytes.length
                - ArchiveFormat.END_BYTES), lastRecord.length + " bytes follow the end-of-archive record"),
                summary.skipped().getFirst());
    }

    @Test
    void aCountThatDisagreesIsReported() throws IOException {
        // Drop a whole record from the middle: every frame is intact, only the count tells.
        byte[] bytes = Files.readAllBytes(archive);
        int from = (int) records.get(7).offset();
        int to = (int) records.get(8).offset();
        byte[] shorter = new byte[bytes.length - (to - from)];
        System.arraycopy(bytes, 0, shorter, 0, from);
        System.arraycopy(bytes, to, shorter, from, bytes.length - to);
        // The end record names its own offset, which moved: rewrite it as a writer would have.
        java.nio.ByteBuffer footer = java.nio.ByteBuffer.wrap(shorter).order(ArchiveFormat.ORDER);
        int end = shorter.length - ArchiveFormat.END_BYTES;
        footer.putLong(end + 12, end);
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(shorter, end, ArchiveFormat.END_BYTES - 4);
        footer.putInt(end + ArchiveFormat.END_BYTES - 4, (int) crc.getValue());
        Files.write(archive, shorter);
        RecomputeSummary summary = TestHistories.run(audit(archive, "out", true), "reference");
        assertEquals(49, summary.count("epochs"));
        assertEquals("the end-of-archive record counts 50 records, 49 were read intact",
                summary.skipped().getFirst().reason());
    }

    @Test
    void anOlderVersionIsReadWithAWarning() throws Exception {
        Path v1 = Path.of(getClass().getResource("history-v1.yhist").toURI());
        StringWriter err = new StringWriter();
        RecomputeSummary summary;
        try (YumaEngine engine = Engines.open("reference", EngineOptions.defaults())) {
            summary = Recompute.run(TestHistories.options(RecomputeMode.AUDIT, List.of(v1), dir.resolve("v1")), engine,
                    new Progress(new PrintWriter(err), Progress.Style.NONE));
        }
        assertEquals(57, summary.count("epochs"));
        assertEquals(0, summary.count("skipped"));
        assertEquals("warning: " + v1 + ": archive format version 1 has no end-of-archive record, so its "
                + "completeness cannot be proven" + System.lineSeparator(), err.toString());

        StringWriter quiet = new StringWriter();
        try (YumaEngine engine = Engines.open("reference", EngineOptions.defaults())) {
            Recompute.run(TestHistories.options(RecomputeMode.AUDIT, List.of(archive), dir.resolve("v3")), engine,
                    new Progress(new PrintWriter(quiet), Progress.Style.NONE));
        }
        assertFalse(quiet.toString().contains("warning"), quiet.toString());
    }
}
