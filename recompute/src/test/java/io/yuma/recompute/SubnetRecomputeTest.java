package io.yuma.recompute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yuma.api.Difference;
import io.yuma.api.EngineOptions;
import io.yuma.api.Engines;
import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.api.SparseMatrix;
import io.yuma.api.SubnetInput;
import io.yuma.api.SubnetResult;
import io.yuma.api.YumaEngine;
import io.yuma.vector.SubnetEpoch;
import io.yuma.vector.Vector;
import io.yuma.vector.VectorFiles;
import io.yuma.vector.VectorReader;
import io.yuma.vector.VectorWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Subnets with mechanisms recomputed as the chain runs them: a replay of each bundled
 * {@code subnet-sequence} file from its first epoch reproduces every recorded epoch, carrying each
 * mechanism's bonds and the aggregated permits itself; an audit of every bundled vector, of both
 * kinds, finds no divergence; and the outputs have the documented shape.
 */
class SubnetRecomputeTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"reference", "simd"})
    void replayOfEachSubnetSequenceFromItsFirstEpochReproducesEveryRecordedEpoch(String engine) throws IOException {
        List<Path> sequences = TestHistories.subnetSequences();
        assertEquals(4, sequences.size(), "the bundled subnet-sequence files");
        // Later epochs' recorded bonds and permits are wiped: only the first epoch's state is
        // given, so matching outputs show that replay carried every mechanism's state itself.
        Path inputs = Files.createDirectories(dir.resolve("first-epoch-state-only"));
        long epochs = 0;
        for (Path file : sequences) {
            Vector vector = VectorReader.read(file);
            epochs += vector.epochCount();
            VectorWriter.write(withoutCarriedState(vector), inputs.resolve(file.getFileName()));
        }
        RecomputeSummary audit = TestHistories.run(
                TestHistories.options(RecomputeMode.AUDIT, List.of(inputs), dir.resolve("audit")), engine);
        assertTrue(audit.count("divergent_epochs") > 0, "an audit of the wiped inputs must diverge");

        RecomputeSummary replay = TestHistories.run(
                TestHistories.options(RecomputeMode.REPLAY, List.of(inputs), dir.resolve("replay")), engine);
        assertEquals(epochs, replay.count("epochs"));
        assertEquals(epochs, replay.count("compared"));
        assertEquals(0, replay.count("divergences"), "see " + dir.resolve("replay/divergences.csv"));
        assertEquals(0, replay.count("restarts"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"reference", "simd"})
    void auditOfEveryBundledVectorFindsNoDivergence(String engine) throws IOException {
        List<Path> vectors = VectorFiles.find(List.of(TestHistories.VECTORS));
        assertEquals(326, vectors.size(), "the bundled vectors");
        long epochs = 0;
        for (Path file : vectors) {
            epochs += VectorReader.read(file).epochCount();
        }
        Path out = dir.resolve("out");
        RecomputeSummary summary = TestHistories.run(TestHistories.with(
                TestHistories.options(RecomputeMode.AUDIT, vectors, out), 64, false, false), engine);
        assertEquals(epochs, summary.count("epochs"));
        assertEquals(epochs, summary.count("compared"));
        assertEquals(0, summary.count("divergences"), "see " + out.resolve(Outputs.DIVERGENCES));
        assertEquals(List.of(Outputs.DIVERGENCES_HEADER.strip()), Files.readAllLines(out.resolve(Outputs.DIVERGENCES)));
    }

    @Test
    void aSubnetEpochsRowsAreItsAggregatedTermsAndEachMechanismsOutput() throws IOException {
        Path file = TestHistories.subnetSequences().getFirst();
        Vector vector = VectorReader.read(file);
        Path out = dir.resolve("out");
        RecomputeSummary summary = TestHistories.run(TestHistories.options(RecomputeMode.AUDIT, List.of(file), out),
                "reference");
        assertEquals(List.of(Outputs.RESULTS_CSV, Outputs.RESULTS_JSONL, Outputs.DIVERGENCES, Outputs.ISSUES,
                Outputs.MECHANISMS_CSV, Outputs.MECHANISMS_JSONL, Outputs.SUMMARY), summary.outputs());

        List<String> results = Files.readAllLines(out.resolve(Outputs.RESULTS_CSV));
        List<String> mechanisms = Files.readAllLines(out.resolve(Outputs.MECHANISMS_CSV));
        assertEquals(ResultRows.CSV_HEADER, results.getFirst());
        assertEquals(ResultRows.MECHANISMS_CSV_HEADER, mechanisms.getFirst());
        int results0 = 1;
        int mechanisms0 = 1;
        for (int e = 0; e < vector.epochCount(); e++) {
            SubnetResult expected = vector.subnetEpochs().get(e).expected();
            int n = expected.n();
            for (int uid = 0; uid < n; uid++) {
                assertEquals(row(vector.name() + "," + e + ",", uid, expected.subnet()), results.get(results0++));
            }
            for (int m = 0; m < expected.mechanismCount(); m++) {
                String prefix = vector.name() + "," + e + "," + m + "," + expected.mechanismEmission()[m] + ",";
                for (int uid = 0; uid < n; uid++) {
                    assertEquals(row(prefix, uid, expected.mechanisms().get(m)), mechanisms.get(mechanisms0++));
                }
            }
        }
        assertEquals(results.size(), results0, "one results row per epoch and uid");
        assertEquals(mechanisms.size(), mechanisms0, "one mechanisms row per epoch, mechanism and uid");
        assertEquals(results.size() - 1, summary.count("uid_rows"));

        String firstJson = Files.readAllLines(out.resolve(Outputs.MECHANISMS_JSONL)).getFirst();
        assertTrue(firstJson.startsWith("{\"subnet\":\"" + vector.name() + "\",\"epoch\":0,\"mechanism\":0,"
                + "\"mechanism_emission\":" + vector.subnetEpochs().getFirst().expected().mechanismEmission()[0]
                + ",\"uid\":0,\"active\":"), firstJson);
    }

    @Test
    void aSingleMechanismRunWritesNoMechanismFiles() throws IOException {
        Path out = dir.resolve("out");
        RecomputeSummary summary = TestHistories.run(TestHistories.options(RecomputeMode.AUDIT,
                List.of(TestHistories.sequence("sequence-n8-e50-190003")), out), "reference");
        assertEquals(List.of(Outputs.RESULTS_CSV, Outputs.RESULTS_JSONL, Outputs.DIVERGENCES, Outputs.ISSUES,
                Outputs.SUMMARY), summary.outputs());
        assertEquals(List.of(Outputs.DIVERGENCES, Outputs.ISSUES, Outputs.RESULTS_CSV, Outputs.RESULTS_JSONL,
                Outputs.SUMMARY), TestHistories.fileNames(out));
    }

    @Test
    void everyDivergentValueOfASubnetEpochIsListedFirstDifferenceFirst() throws IOException {
        Path file = TestHistories.subnetSequences().get(3);
        Vector vector = VectorReader.read(file);
        Path out = dir.resolve("out");
        RecomputeOptions plain = TestHistories.options(RecomputeMode.AUDIT, List.of(file), out);
        RecomputeSummary summary = TestHistories.run(new RecomputeOptions(plain.mode(), plain.inputs(), out, true,
                false, false, Overrides.parse(List.of("rao_emission=1000000007")), 256, 32, false,
                RecomputeOptions.Existing.REFUSE, plain.checkpointInterval()), "reference");
        assertEquals(vector.epochCount(), summary.count("divergent_epochs"));

        SubnetEpoch first = vector.subnetEpochs().getFirst();
        SubnetResult computed;
        try (YumaEngine engine = Engines.open("reference", EngineOptions.defaults())) {
            computed = engine.runSubnet(withEmission(first.input(), 1_000_000_007L));
        }
        Difference expected = first.expected().firstDifference(computed);
        List<String> epoch0 = Files.readAllLines(out.resolve(Outputs.DIVERGENCES)).stream()
                .filter(line -> line.startsWith(vector.name() + ",0,")).toList();
        assertEquals(vector.name() + ",0," + (expected.uid() >= 0 ? expected.uid() : "") + "," + expected.field() + ","
                + expected.expected() + "," + expected.actual(), epoch0.getFirst());
        assertTrue(epoch0.size() > vector.subnetEpochs().getFirst().input().n(), "every differing value: " + epoch0);
        for (String place : List.of(",mechanism_emission[0],", ",mechanisms[1].emission,", ",subnet.emission,")) {
            assertTrue(epoch0.stream().anyMatch(line -> line.contains(place)), place + " in " + epoch0);
        }
        assertFalse(epoch0.stream().anyMatch(line -> line.contains(",subnet.bonds,")),
                "the aggregate keeps no bonds: " + epoch0);
    }

    private static SubnetInput withEmission(SubnetInput input, long raoEmission) {
        List<EpochInput> mechanisms = new ArrayList<>();
        for (EpochInput mechanism : input.mechanisms()) {
            mechanisms.add(mechanism.toBuilder().raoEmission(raoEmission).build());
        }
        return SubnetInput.of(mechanisms, input.emissionSplit());
    }

    /** A results CSV row as RECOMPUTE.md documents it, built from the result's values. */
    private static String row(String prefix, int uid, EpochResult r) {
        return prefix + uid + "," + r.active(uid) + "," + Long.toUnsignedString(r.stake(uid)) + "," + r.stakeWeight(uid)
                + "," + r.consensus(uid) + "," + r.validatorTrust(uid) + "," + r.incentive(uid) + "," + r.dividend(uid)
                + "," + r.newValidatorPermit(uid) + "," + Long.toUnsignedString(r.serverEmission(uid)) + ","
                + Long.toUnsignedString(r.validatorEmission(uid)) + "," + Long.toUnsignedString(r.emission(uid));
    }

    /** The vector with every epoch after the first given empty bonds in every mechanism and no validator permits. */
    private static Vector withoutCarriedState(Vector vector) {
        List<SubnetEpoch> epochs = new ArrayList<>();
        for (int e = 0; e < vector.epochCount(); e++) {
            SubnetEpoch epoch = vector.subnetEpochs().get(e);
            if (e == 0) {
                epochs.add(epoch);
                continue;
            }
            int n = epoch.input().n();
            List<EpochInput> mechanisms = new ArrayList<>();
            for (EpochInput mechanism : epoch.input().mechanisms()) {
                mechanisms.add(mechanism.toBuilder().bonds(SparseMatrix.empty(n)).validatorPermit(new boolean[n])
                        .build());
            }
            epochs.add(new SubnetEpoch(SubnetInput.of(mechanisms, epoch.input().emissionSplit()), epoch.expected()));
        }
        return new Vector(vector.name(), vector.family(), true, List.of(), epochs);
    }
}
