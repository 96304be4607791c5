package io.yuma.recompute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A replay killed (SIGKILL, a crash) at each step of its commit protocol, chosen by watching the
 * files it writes: right after its first checkpoint, half-way through its checkpoints, and while
 * it moves its outputs into place at the end. Whatever the step, no output looks complete that
 * is not, and {@code --resume} (or, where the kill came after the run completed, nothing) leaves
 * the outputs byte for byte those of an uninterrupted run. RECOMPUTE.md's "Nothing lost" promises
 * this; {@link ResumeTest} kills at a random point.
 */
class KillAtEachStepTest {
    /** The archive's 180 records in chunks of 3, a checkpoint after each: 60 checkpoints. */
    private static final int CHECKPOINTS = 60;

    @TempDir
    static Path dir;

    private static Path archive;
    private static Path expected;

    /** Where the child is killed: the moment its files first show the step was reached. */
    enum Step {
        FIRST_CHECKPOINT(out -> checkpoints(out) >= 1),
        HALF_WAY(out -> checkpoints(out) >= CHECKPOINTS / 2),
        COMMIT(out -> Files.exists(out.resolve(Outputs.RESULTS_CSV)) || Files.exists(out.resolve(Outputs.SUMMARY))
                || Files.exists(out.resolve(Outputs.DIVERGENCES)));

        private final Predicate<Path> reached;

        Step(Predicate<Path> reached) {
            this.reached = reached;
        }
    }

    @BeforeAll
    static void writeArchiveAndTheUninterruptedRun() throws IOException {
        archive = dir.resolve("history.yhist");
        Synthesizer.synthesize(TestHistories.sequence("sequence-n64-e30-190002"), archive, 6, 30, true, false);
        expected = dir.resolve("uninterrupted");
        TestHistories.run(ResumeTest.options(archive, expected, false), "reference");
    }

    @ParameterizedTest
    @EnumSource(Step.class)
    void aRunKilledAtAStepResumesToTheSameBytes(Step step) throws Exception {
        Path out = dir.resolve("killed-" + step);
        Path log = dir.resolve("child-" + step + ".log");
        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(),
                "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), ResumeTest.Child.class.getName(), out.toString(),
                archive.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!step.reached.test(out) && child.isAlive() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertTrue(child.isAlive(), "the child ended before " + step + ": " + Files.readString(log));
            child.destroyForcibly().waitFor();
        } finally {
            child.destroyForcibly();
        }
        if (step != Step.COMMIT) {
            assertFalse(Files.exists(out.resolve(Outputs.RESULTS_CSV)), "no output may look complete after a kill");
        }
        if (Files.exists(out.resolve(Journal.NAME))) {
            RecomputeSummary resumed = TestHistories.run(ResumeTest.options(archive, out, true), "reference");
            assertEquals(180, resumed.count("epochs"));
        }
        TestHistories.assertSameFiles(expected, out);
    }

    private static long checkpoints(Path out) {
        try {
            return Files.readString(out.resolve(Journal.NAME), StandardCharsets.UTF_8).lines()
                    .filter(line -> line.startsWith("checkpoint")).count();
        } catch (IOException e) {
            return 0; // not written yet
        }
    }
}
