package io.yuma.recompute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yuma.api.SparseMatrix;
import io.yuma.vector.Vector;
import io.yuma.vector.VectorEpoch;
import io.yuma.vector.VectorReader;
import io.yuma.vector.VectorWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled sequence vectors (consecutive epochs computed by the chain's code) recomputed on
 * every CPU engine: an audit finds no divergence, and a replay from each sequence's first epoch
 * reproduces every recorded output while carrying bonds and permits itself.
 */
class SequenceRecomputeTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"reference", "simd"})
    void auditOfEverySequenceFindsNoDivergence(String engine) throws IOException {
        List<Path> sequences = TestHistories.sequences();
        assertEquals(8, sequences.size(), "the bundled sequence files");
        RecomputeSummary summary = TestHistories.run(
                TestHistories.options(RecomputeMode.AUDIT, sequences, dir.resolve("out")), engine);
        long epochs = epochsIn(sequences);
        assertEquals(epochs, summary.count("epochs"));
        assertEquals(epochs, summary.count("compared"));
        assertEquals(0, summary.count("divergences"), "see " + dir.resolve("out/divergences.csv"));
        assertEquals(List.of(Outputs.DIVERGENCES_HEADER.strip()),
                Files.readAllLines(dir.resolve("out").resolve(Outputs.DIVERGENCES)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"reference", "simd"})
    void replayFromEachFirstEpochReproducesEveryRecordedOutput(String engine) throws IOException {
        // Later epochs' recorded bonds and permits are wiped: only the first epoch's state is
        // given, so matching outputs show that replay carried the state itself.
        Path inputs = Files.createDirectories(dir.resolve("first-epoch-state-only"));
        List<Path> sequences = TestHistories.sequences();
        for (Path file : sequences) {
            VectorWriter.write(withoutCarriedState(VectorReader.read(file)), inputs.resolve(file.getFileName()));
        }
        RecomputeSummary audit = TestHistories.run(
                TestHistories.options(RecomputeMode.AUDIT, List.of(inputs), dir.resolve("audit")), engine);
        assertTrue(audit.count("divergent_epochs") > 0, "an audit of the wiped inputs must diverge");

        RecomputeSummary replay = TestHistories.run(
                TestHistories.options(RecomputeMode.REPLAY, List.of(inputs), dir.resolve("replay")), engine);
        assertEquals(epochsIn(sequences), replay.count("compared"));
        assertEquals(0, replay.count("divergences"), "see " + dir.resolve("replay/divergences.csv"));
        assertEquals(0, replay.count("restarts"));
    }

    private static long epochsIn(List<Path> files) throws IOException {
        long epochs = 0;
        for (Path file : files) {
            epochs += VectorReader.read(file).epochs().size();
        }
        return epochs;
    }

    /** The vector with every epoch after the first given empty bonds and no validator permits. */
    private static Vector withoutCarriedState(Vector vector) {
        List<VectorEpoch> epochs = new ArrayList<>();
        for (int e = 0; e < vector.epochs().size(); e++) {
            VectorEpoch epoch = vector.epochs().get(e);
            int n = epoch.input().n();
            epochs.add(e == 0 ? epoch : new VectorEpoch(epoch.input().toBuilder().bonds(SparseMatrix.empty(n))
                    .validatorPermit(new boolean[n]).build(), epoch.expected()));
        }
        return Vector.sequence(vector.name(), vector.family(), epochs);
    }
}
