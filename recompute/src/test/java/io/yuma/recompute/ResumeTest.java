package io.yuma.recompute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recompute interrupted part-way and resumed ends with outputs byte for byte those of an
 * uninterrupted run: after a kill of the process at a random point, and after a crash that left
 * torn writes behind its last checkpoint.
 */
class ResumeTest {
    /** The CLI in a child JVM: killing it is what a crash looks like. */
    private static final String MAIN = "io.yuma.cli.YumaCli";

    @TempDir
    Path dir;

    private Path archive;

    @BeforeEach
    void writeArchive() throws IOException {
        // 6 subnets x 30 epochs, interleaved: replay computes the subnets side by side.
        archive = dir.resolve("history.yhist");
        Synthesizer.synthesize(TestHistories.sequence("sequence-n64-e30-190002"), archive, 6, 30, true, false);
    }

    private List<String> args(Path out) {
        return List.of("recompute", "replay", "--engine", "reference", "--chunk", "3", "--checkpoint-interval", "0",
                "--progress", "none", "--bonds", "-o", out.toString(), archive.toString());
    }

    private RecomputeOptions options(Path out, boolean resume) {
        return new RecomputeOptions(RecomputeMode.REPLAY, List.of(archive), out, true, true, true, Overrides.none(), 3,
                32, false, resume, false, java.time.Duration.ZERO);
    }

    @Test
    void aKilledRunResumesToTheSameBytes() throws Exception {
        Path expected = dir.resolve("uninterrupted");
        RecomputeSummary uninterrupted = TestHistories.run(options(expected, false), "reference");
        assertEquals(180, uninterrupted.count("epochs"));
        assertEquals(0, uninterrupted.count("divergences"));

        Path out = dir.resolve("killed");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), MAIN));
        command.addAll(args(out));
        Process child = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            // Kill after a few checkpoints: part of the outputs is done, the rest is not.
            Path journal = out.resolve(Journal.NAME);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (checkpoints(journal) < 6 && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            assertTrue(child.isAlive(), "the child finished before it could be killed: "
                    + Files.readString(dir.resolve("child.log")));
            child.destroyForcibly().waitFor();
        } finally {
            child.destroyForcibly();
        }
        assertTrue(Files.exists(out.resolve(Journal.NAME)));
        assertFalse(Files.exists(out.resolve(Outputs.RESULTS_CSV)), "no output may look complete after a kill");

        RecomputeSummary resumed = TestHistories.run(options(out, true), "reference");
        assertTrue(resumed.epochsThisRun() < 180, "the resumed run must not recompute what was done");
        assertEquals(180, resumed.count("epochs"));
        TestHistories.assertSameFiles(expected, out);
    }

    @Test
    void tornWritesAfterTheLastCheckpointAreDropped() throws IOException {
        Path expected = dir.resolve("uninterrupted");
        TestHistories.run(options(expected, false), "reference");

        // A run stopped by a bad record keeps a checkpoint; then a crash appends half a chunk to
        // every output and half a line to the journal.
        Path broken = dir.resolve("broken.yhist");
        Files.copy(archive, broken);
        long recordSize = (Files.size(archive) - ArchiveFormat.HEADER_BYTES) / 180;
        try (var raf = new java.io.RandomAccessFile(broken.toFile(), "rw")) {
            raf.seek(ArchiveFormat.HEADER_BYTES + 100 * recordSize + 10);
            raf.write(0x13 ^ raf.read());
        }
        Path out = dir.resolve("resumed");
        RecomputeOptions stopping = new RecomputeOptions(RecomputeMode.REPLAY, List.of(broken), out, true, true, true,
                Overrides.none(), 3, 32, false, false, false, java.time.Duration.ZERO);
        assertThrows(BadRecordException.class, () -> TestHistories.run(stopping, "reference"));
        for (String name : Outputs.names(true, true)) {
            Files.writeString(PartialFile.partialOf(out.resolve(name)), "torn,half,a,line", StandardOpenOption.APPEND);
        }
        Files.writeString(out.resolve(Journal.NAME), "checkpoint seq=999 source=0 tok", StandardOpenOption.APPEND);
        // Now undo the damage to the input so that the resumed run reads the intact record.
        Files.copy(archive, broken, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        RecomputeOptions resuming = new RecomputeOptions(RecomputeMode.REPLAY, List.of(broken), out, true, true, true,
                Overrides.none(), 3, 32, false, true, false, java.time.Duration.ZERO);
        RecomputeSummary resumed = TestHistories.run(resuming, "reference");
        assertEquals(180, resumed.count("epochs"));
        assertTrue(resumed.epochsThisRun() < 180);
        assertEquals(TestHistories.fileNames(expected), TestHistories.fileNames(out));
        for (String name : Outputs.names(true, true)) {
            assertEquals(-1, Files.mismatch(expected.resolve(name), out.resolve(name)), name);
        }
    }

    @Test
    void resumeRefusesAnotherRunsDirectoryAndACompleteOne() throws IOException {
        Path out = dir.resolve("out");
        TestHistories.run(options(out, false), "reference");
        IOException complete = assertThrows(IOException.class, () -> TestHistories.run(options(out, true), "reference"));
        assertTrue(complete.getMessage().contains("is complete"), complete.getMessage());
        IOException again = assertThrows(IOException.class, () -> TestHistories.run(options(out, false), "reference"));
        assertTrue(again.getMessage().contains("--force"), again.getMessage());

        Journal.create(out, "another-run").close();
        IOException other = assertThrows(IOException.class, () -> TestHistories.run(options(out, true), "reference"));
        assertTrue(other.getMessage().contains("belongs to a different run"), other.getMessage());
    }

    private static long checkpoints(Path journal) {
        try {
            return Files.readString(journal, StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("checkpoint"))
                    .count();
        } catch (IOException e) {
            return 0; // not written yet
        }
    }
}
