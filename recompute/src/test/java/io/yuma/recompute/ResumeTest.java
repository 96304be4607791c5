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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A recompute interrupted part-way and resumed ends with outputs byte for byte those of an
 * uninterrupted run: after a kill of the process at a random point, and after a crash that left
 * torn writes behind its last checkpoint.
 */
class ResumeTest {

    @TempDir
    Path dir;

    private Path archive;

    @BeforeEach
    void writeArchive() throws IOException {
        // 6 subnets x 30 epochs, interleaved: replay computes the subnets side by side.
        archive = dir.resolve("history.yhist");
        Synthesizer.synthesize(TestHistories.sequence("sequence-n64-e30-190002"), archive, 6, 30, true, false);
    }

    private RecomputeOptions options(Path out, boolean resume) {
        return options(archive, out, resume);
    }

    /** A replay of {@code archive} into {@code out} with a checkpoint after every chunk of 3 records. */
    static RecomputeOptions options(Path archive, Path out, boolean resume) {
        return new RecomputeOptions(RecomputeMode.REPLAY, List.of(archive), out, true, true, true, Overrides.none(), 3,
                32, false, resume ? RecomputeOptions.Existing.RESUME : RecomputeOptions.Existing.REFUSE,
                java.time.Duration.ZERO);
    }

    /** The run in a child JVM, killing which is what a crash looks like: arguments OUT ARCHIVE. */
    static final class Child {
        private Child() {
        }

        public static void main(String[] args) throws IOException {
            TestHistories.run(options(Path.of(args[1]), Path.of(args[0]), false), "reference");
        }
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
                "-cp", System.getProperty("java.class.path"), Child.class.getName(), out.toString(),
                archive.toString()));
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
        assertThrows(RunStoppedException.class, () -> TestHistories.run(options(broken, out, false), "reference"));
        for (String name : Outputs.names(true, true)) {
            Files.writeString(PartialFile.partialOf(out.resolve(name)), "torn,half,a,line", StandardOpenOption.APPEND);
        }
        Files.writeString(out.resolve(Journal.NAME), "checkpoint seq=999 source=0 tok", StandardOpenOption.APPEND);
        // Now undo the damage to the input so that the resumed run reads the intact record.
        Files.copy(archive, broken, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        RecomputeSummary resumed = TestHistories.run(options(broken, out, true), "reference");
        assertEquals(180, resumed.count("epochs"));
        assertTrue(resumed.epochsThisRun() < 180);
        assertEquals(TestHistories.fileNames(expected), TestHistories.fileNames(out));
        for (String name : Outputs.names(true, true)) {
            assertEquals(-1, Files.mismatch(expected.resolve(name), out.resolve(name)), name);
        }
    }

    @ParameterizedTest(name = "stopped at record {0}")
    @ValueSource(ints = {10, 70})
    void aMixedRunStoppedBeforeOrAfterItsFirstSubnetEpochResumesToTheSameBytes(int bad) throws IOException {
        // 50 single-mechanism epochs, then two subnets with mechanisms (16 and 20 epochs): the
        // per-mechanism outputs appear after the stop at record 10 and before the one at 70.
        Path mixed = dir.resolve("mixed.yhist");
        List<Path> subnets = TestHistories.subnetSequences();
        Converter.convert(List.of(TestHistories.sequence("sequence-n8-e50-190003"), subnets.get(0), subnets.get(2)),
                mixed, 1, false, false);
        List<TestHistories.Located> records = TestHistories.records(mixed);
        assertEquals(86, records.size());
        assertFalse(records.get(10).record().isSubnet());
        assertTrue(records.get(70).record().isSubnet());
        // The same input path for both runs, so that their summaries name the same inputs.
        Path broken = dir.resolve("broken.yhist");
        Files.copy(mixed, broken);
        Path expected = dir.resolve("uninterrupted");
        TestHistories.run(options(broken, expected, false), "reference");

        try (var raf = new java.io.RandomAccessFile(broken.toFile(), "rw")) {
            raf.seek(records.get(bad).offset() + 40);
            raf.write(0x13 ^ raf.read());
        }
        Path out = dir.resolve("resumed");
        assertThrows(RunStoppedException.class, () -> TestHistories.run(options(broken, out, false), "reference"));
        List<String> outputs = new ArrayList<>(Outputs.names(true, true));
        outputs.addAll(Outputs.optionalNames(true, true));
        for (String name : outputs) {
            Path partial = PartialFile.partialOf(out.resolve(name));
            // No chain records here: chain.csv is never created, and a torn one must not survive the resume.
            boolean created = name.equals(Outputs.CHAIN_CSV) ? false
                    : bad > 50 || !Outputs.optionalNames(true, true).contains(name);
            assertEquals(created, Files.exists(partial), name);
            Files.writeString(partial, "torn,half,a,line", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        Files.writeString(out.resolve(Journal.NAME), "checkpoint seq=999 source=0 tok", StandardOpenOption.APPEND);
        Files.copy(mixed, broken, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        RecomputeSummary resumed = TestHistories.run(options(broken, out, true), "reference");
        assertEquals(86, resumed.count("epochs"));
        assertEquals(0, resumed.count("divergences"));
        assertTrue(resumed.epochsThisRun() < 86);
        TestHistories.assertSameFiles(expected, out);
    }

    @Test
    void resumeRefusesAnotherRunsDirectoryAndACompleteOne() throws IOException {
        Path out = dir.resolve("out");
        TestHistories.run(options(out, false), "reference");
        ResumeException complete = assertThrows(ResumeException.class,
                () -> TestHistories.run(options(out, true), "reference"));
        assertEquals(ResumeException.Kind.RUN_COMPLETE, complete.kind());
        assertEquals("nothing to resume: the run in " + out + " is complete (see summary.json); start over replacing "
                + "its outputs to run it again", complete.getMessage());
        OutputExistsException again = assertThrows(OutputExistsException.class,
                () -> TestHistories.run(options(out, false), "reference"));
        assertEquals(OutputExistsException.Kind.RUN_OUTPUTS, again.kind());
        assertEquals(out, again.output());
        assertEquals(out + " already holds recompute outputs (" + again.found().getFileName() + "); replace them, or "
                + "choose another directory", again.getMessage());

        Journal.create(out, "another-run").close();
        ResumeException other = assertThrows(ResumeException.class,
                () -> TestHistories.run(options(out, true), "reference"));
        assertEquals(ResumeException.Kind.OTHER_RUN, other.kind());
        assertEquals(out.resolve(Journal.NAME), other.file());
        assertTrue(other.getMessage().contains("belongs to a different run"), other.getMessage());

        OutputExistsException interrupted = assertThrows(OutputExistsException.class,
                () -> TestHistories.run(options(out, false), "reference"));
        assertEquals(OutputExistsException.Kind.INTERRUPTED_RUN, interrupted.kind());

        ResumeException nothing = assertThrows(ResumeException.class,
                () -> TestHistories.run(options(dir.resolve("empty"), true), "reference"));
        assertEquals(ResumeException.Kind.NOTHING_TO_RESUME, nothing.kind());
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
