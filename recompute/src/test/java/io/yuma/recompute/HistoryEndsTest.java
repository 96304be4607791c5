package io.yuma.recompute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Per-history completeness and duplicates, which matter most where no end-of-archive record
 * proves the archive whole (versions 1 and 2): a history cut short is an {@code unfinished} line
 * in issues.csv, and a record read twice is reported and computed once.
 */
class HistoryEndsTest {
    @TempDir
    Path dir;

    private Path v1;
    private List<TestHistories.Located> records;

    @BeforeEach
    void copyVersion1Archive() throws Exception {
        v1 = dir.resolve("history-v1.yhist");
        Files.copy(Path.of(getClass().getResource("history-v1.yhist").toURI()), v1);
        records = TestHistories.records(v1);
        assertEquals(57, records.size());
    }

    private RecomputeOptions audit(String out, boolean skip) {
        return TestHistories.with(TestHistories.options(RecomputeMode.AUDIT, List.of(v1), dir.resolve(out)), 8, skip,
                false);
    }

    @Test
    void aHistoryCutAtARecordBoundaryIsUnfinished() throws IOException {
        TestHistories.Located lastKept = records.get(30);
        assertTrue(!lastKept.record().last(), "the cut must fall inside a history");
        try (RandomAccessFile raf = new RandomAccessFile(v1.toFile(), "rw")) {
            raf.setLength(records.get(31).offset());
        }
        RecomputeSummary summary = TestHistories.run(audit("out", false), "reference");
        assertEquals(31, summary.count("epochs"));
        List<String> issues = Files.readAllLines(dir.resolve("out").resolve(Outputs.ISSUES));
        assertEquals(List.of(Outputs.ISSUES_HEADER.strip(), "unfinished," + v1 + ": record at byte "
                + lastKept.offset() + "," + lastKept.record().subnet() + "," + lastKept.record().epoch()
                + ",the history ends at epoch " + lastKept.record().epoch()
                + " without its last-epoch flag: it was cut short"), issues);
    }

    @Test
    void aWholeArchiveHasNoUnfinishedHistory() throws IOException {
        TestHistories.run(audit("out", false), "reference");
        assertEquals(1, Files.readAllLines(dir.resolve("out").resolve(Outputs.ISSUES)).size());
    }

    @Test
    void aRecordAppendedTwiceIsReportedAndComputedOnce() throws IOException {
        byte[] bytes = Files.readAllBytes(v1);
        TestHistories.Located last = records.getLast();
        Files.write(v1, Arrays.copyOfRange(bytes, (int) last.offset(), bytes.length), StandardOpenOption.APPEND);
        RecomputeSummary summary = TestHistories.run(audit("out", true), "reference");
        assertEquals(57, summary.count("epochs"));
        assertEquals(1, summary.count("skipped"));
        assertEquals(new RecomputeSummary.Skipped(v1 + ": record at byte " + bytes.length, "subnet "
                + last.record().subnet() + ", epoch " + last.record().epoch() + " again: a duplicate of the record at "
                + v1 + ": record at byte " + last.offset()), summary.skipped().getFirst());
    }

    @Test
    void aDuplicateOfASubnetNamedWithALineBreakIsReportedOnOneLine() throws IOException {
        HistoryRecord first = records.getFirst().record();
        HistoryRecord forged = new HistoryRecord("evil\nsubnet, epoch 0: all good", first.family(), 0, false, false,
                first.input(), first.recorded(), first.location());
        Path archive = dir.resolve("forged.yhist");
        try (ArchiveWriter writer = ArchiveWriter.create(archive)) {
            writer.write(forged);
            writer.write(forged);
            writer.commit();
        }
        RecomputeSummary summary = TestHistories.run(TestHistories.with(
                TestHistories.options(RecomputeMode.AUDIT, List.of(archive), dir.resolve("out")), 8, true, false),
                "reference");
        String reason = summary.skipped().getFirst().reason();
        assertTrue(reason.startsWith("subnet evil\\nsubnet, epoch 0: all good, epoch 0 again: a duplicate"), reason);
        assertTrue(reason.lines().count() == 1, reason);
    }

    @Test
    void aResumedRunStillKnowsTheRecordsBeforeItsCheckpoint() throws IOException {
        // Record 20, a corrupt copy of it (the run stops there), then an intact copy: a duplicate
        // that only the records before the checkpoint reveal.
        byte[] bytes = Files.readAllBytes(v1);
        int from = (int) records.get(20).offset();
        int to = (int) records.get(21).offset();
        byte[] record = Arrays.copyOfRange(bytes, from, to);
        byte[] corrupt = record.clone();
        corrupt[40] ^= 0x5a;
        java.io.ByteArrayOutputStream spliced = new java.io.ByteArrayOutputStream();
        spliced.write(bytes, 0, to);
        spliced.write(corrupt, 0, corrupt.length);
        spliced.write(record, 0, record.length);
        spliced.write(bytes, to, bytes.length - to);
        Files.write(v1, spliced.toByteArray());

        Path stopped = dir.resolve("stopped");
        org.junit.jupiter.api.Assertions.assertThrows(RunStoppedException.class,
                () -> TestHistories.run(audit("stopped", false), "reference"));
        RecomputeSummary resumed = TestHistories.run(TestHistories.with(audit("stopped", true), 8, true, true),
                "reference");
        assertEquals(57, resumed.count("epochs"));
        assertEquals(2, resumed.count("skipped"));
        RecomputeSummary uninterrupted = TestHistories.run(audit("skipped", true), "reference");
        assertEquals(2, uninterrupted.count("skipped"));
        TestHistories.assertSameFiles(dir.resolve("skipped"), stopped);
    }
}
