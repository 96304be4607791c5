package io.yuma.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.yuma.api.Difference;
import io.yuma.api.EpochInput;
import io.yuma.api.YumaEngine;
import io.yuma.vector.Vector;
import io.yuma.vector.VectorEpoch;
import io.yuma.vector.VectorReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner against stand-in engines that depart from the vectors exactly where a test says. */
class ConformanceRunnerTest {
    private static final Supplier<YumaEngine> NO_REFERENCE = () -> fail("the reference engine should not be needed");

    @TempDir
    Path dir;

    private Vector edge;
    private Vector random;
    private Vector sequence;

    @BeforeEach
    void copyThreeVectors() throws IOException {
        edge = copy("edge-kappa0-n4-170400.json.gz", dir);
        random = copy("random-n16-y3-la-101601.json.gz", dir);
        Files.createDirectories(dir.resolve("nested"));
        sequence = copy("sequence-n8-e50-190003.json.gz", dir.resolve("nested"));
    }

    private static Vector copy(String name, Path into) throws IOException {
        Path target = into.resolve(name);
        Files.copy(Path.of("..", "vector-format", "vectors").resolve(name), target);
        return VectorReader.read(target);
    }

    private List<Vector> all() {
        return List.of(edge, random, sequence);
    }

    private ConformanceReport run(YumaEngine engine, Supplier<YumaEngine> reference) throws IOException {
        try (ConformanceRunner runner = new ConformanceRunner(engine, reference)) {
            return runner.run(List.of(dir));
        }
    }

    @Test
    void faithfulEngineConformsInEveryFamily() throws IOException {
        ConformanceReport report = run(new OracleEngine("oracle", false, all()), NO_REFERENCE);
        assertEquals(List.of(new ConformanceReport.FamilyResult("edge", 1, 0),
                new ConformanceReport.FamilyResult("random", 1, 0),
                new ConformanceReport.FamilyResult("sequence", 1, 0)), report.families());
        assertEquals(List.of(), report.mismatches());
        assertEquals("conformance oracle: 3 passed, 0 failed", report.summary());
    }

    @Test
    void mismatchNamesVectorUidFieldAndBothValuesAndAsksTheReference() throws IOException {
        VectorEpoch epoch = edge.epochs().getFirst();
        int expected = epoch.expected().dividend()[2];
        OracleEngine engine = new OracleEngine("oracle", false, all())
                .changing(epoch.input(), r -> Results.dividendPlusOne(r, 2));
        ConformanceReport report = run(engine, () -> new OracleEngine("reference", true, all()));

        assertEquals("conformance oracle: 2 passed, 1 failed", report.summary());
        assertEquals(new ConformanceReport.FamilyResult("edge", 0, 1), report.families().getFirst());
        Mismatch mismatch = report.mismatches().getFirst();
        assertEquals(edge.name(), mismatch.vector());
        assertEquals(-1, mismatch.epoch());
        assertEquals("dividend", mismatch.difference().field());
        assertEquals(2, mismatch.difference().uid());
        assertEquals(Integer.toString(expected), mismatch.difference().expected());
        assertEquals(Integer.toString(expected + 1), mismatch.difference().actual());
        assertEquals(edge.name() + ": dividend[uid 2]: expected " + expected + ", got " + (expected + 1)
                + "; trace: engine cannot trace; the reference's trace agrees with the vector and so does its output",
                mismatch.toString());
    }

    @Test
    void sequenceMismatchNamesTheEpoch() throws IOException {
        VectorEpoch seventh = sequence.epochs().get(7);
        OracleEngine engine = new OracleEngine("oracle", false, all())
                .changing(seventh.input(), r -> Results.dividendPlusOne(r, 0));
        ConformanceReport report = run(engine, NO_REFERENCE);
        Mismatch mismatch = report.mismatches().getFirst();
        assertEquals(sequence.name(), mismatch.vector());
        assertEquals(7, mismatch.epoch());
        assertEquals("the vector has no trace to compare", mismatch.trace());
        assertTrue(mismatch.toString().startsWith(sequence.name() + " epoch 7: dividend[uid 0]: "), mismatch.toString());
        assertEquals(new ConformanceReport.FamilyResult("sequence", 0, 1), report.families().get(2));
    }

    @Test
    void tracingEngineReportsItsOwnFirstDivergingStep() throws IOException {
        VectorEpoch epoch = random.epochs().getFirst();
        long incentive = epoch.trace().vectors().get("incentive")[1];
        OracleEngine engine = new OracleEngine("oracle", true, all()).changing(epoch.input(),
                r -> Results.traceStepPlusOne(Results.dividendPlusOne(r, 1), "incentive", 1));
        Mismatch mismatch = run(engine, NO_REFERENCE).mismatches().getFirst();
        assertEquals("first diverging step incentive[uid 1]: expected " + incentive + ", got " + (incentive + 1),
                mismatch.trace());
    }

    @Test
    void tracingEngineWhoseTraceAgreesSaysTheDivergenceComesLater() throws IOException {
        VectorEpoch epoch = random.epochs().getFirst();
        OracleEngine engine = new OracleEngine("oracle", true, all())
                .changing(epoch.input(), r -> Results.dividendPlusOne(r, 0));
        assertEquals("every traced step agrees with the vector, so the divergence comes after them",
                run(engine, NO_REFERENCE).mismatches().getFirst().trace());
    }

    @Test
    void referenceThatDisagreesWithTheVectorIsReported() throws IOException {
        VectorEpoch epoch = edge.epochs().getFirst();
        long stake = epoch.trace().vectors().get("stake")[0];
        OracleEngine engine = new OracleEngine("oracle", false, all())
                .changing(epoch.input(), r -> Results.dividendPlusOne(r, 0));
        Supplier<YumaEngine> reference = () -> new OracleEngine("reference", true, all())
                .changing(epoch.input(), r -> Results.traceStepPlusOne(r, "stake", 0));
        assertEquals("engine cannot trace; the reference's trace departs from the vector too, first at stake[uid 0]: expected "
                + stake + ", got " + (stake + 1), run(engine, reference).mismatches().getFirst().trace());
    }

    @Test
    void unavailableReferenceIsSaidOnceAndTheRunGoesOn() throws IOException {
        AtomicInteger opened = new AtomicInteger();
        OracleEngine engine = new OracleEngine("oracle", false, all())
                .changing(edge.epochs().getFirst().input(), r -> Results.dividendPlusOne(r, 0))
                .changing(random.epochs().getFirst().input(), r -> Results.dividendPlusOne(r, 0));
        ConformanceReport report = run(engine, () -> {
            opened.incrementAndGet();
            throw new IllegalStateException("engine 'reference' is not available: test");
        });
        assertEquals(1, opened.get());
        assertEquals(2, report.failed());
        for (Mismatch mismatch : report.mismatches()) {
            assertEquals("engine cannot trace, and the reference engine is unavailable: engine 'reference' is not available: test",
                    mismatch.trace());
        }
    }

    @Test
    void engineThatThrowsFailsThatVectorOnly() throws IOException {
        OracleEngine engine = new OracleEngine("oracle", false, all())
                .changing(random.epochs().getFirst().input(), r -> {
                    throw new ArithmeticException("overflow");
                });
        ConformanceReport report = run(engine, NO_REFERENCE);
        assertEquals("conformance oracle: 2 passed, 1 failed", report.summary());
        Mismatch mismatch = report.mismatches().getFirst();
        assertNull(mismatch.difference());
        assertEquals(random.name() + ": engine oracle threw java.lang.ArithmeticException: overflow", mismatch.toString());
    }

    @Test
    void closingTheRunnerClosesTheReferenceItOpened() throws IOException {
        AtomicReference<OracleEngine> reference = new AtomicReference<>();
        OracleEngine engine = new OracleEngine("oracle", false, all())
                .changing(edge.epochs().getFirst().input(), r -> Results.dividendPlusOne(r, 0));
        run(engine, () -> {
            reference.set(new OracleEngine("reference", true, all()));
            return reference.get();
        });
        assertTrue(reference.get().isClosed());
        assertFalse(engine.isClosed(), "the engine under test belongs to the caller");
    }

    @Test
    void checkAcceptsAVectorThatMatches() {
        try (ConformanceRunner runner = new ConformanceRunner(new OracleEngine("oracle", false, all()), NO_REFERENCE)) {
            assertEquals(java.util.Optional.empty(), runner.check(random));
        }
    }

    @Test
    void reversedSequenceIsABrokenChain() {
        List<VectorEpoch> reversed = sequence.epochs().reversed();
        Vector vector = Vector.sequence(sequence.name(), sequence.family(), reversed);
        Mismatch mismatch = checkWithOracle(vector).orElseThrow();
        assertEquals(1, mismatch.epoch());
        assertTrue(mismatch.toString().startsWith(sequence.name() + " epoch 1: input does not follow from epoch 0's output: input."),
                mismatch.toString());
    }

    @Test
    void splicedSequenceNamesTheEpochFieldAndUid() {
        List<VectorEpoch> spliced = new java.util.ArrayList<>(sequence.epochs());
        spliced.remove(5);
        Vector vector = Vector.sequence(sequence.name(), sequence.family(), spliced);
        Mismatch mismatch = checkWithOracle(vector).orElseThrow();
        assertEquals(5, mismatch.epoch());
        Difference link = firstChainBreak(sequence.epochs().get(4), sequence.epochs().get(6));
        assertEquals(link, mismatch.difference());
        assertTrue(mismatch.difference().uid() >= 0, mismatch.toString());
    }

    @Test
    void changedBondsInputBreaksTheChainAtThatUid() {
        List<VectorEpoch> epochs = new java.util.ArrayList<>(sequence.epochs());
        VectorEpoch third = epochs.get(3);
        int uid = firstUidWithBonds(third.input().bonds());
        EpochInput changed = third.input().toBuilder().bonds(Results.firstValueFlipped(third.input().bonds(), uid)).build();
        epochs.set(3, new VectorEpoch(changed, third.expected()));
        Mismatch mismatch = checkWithOracle(Vector.sequence(sequence.name(), sequence.family(), epochs)).orElseThrow();
        assertEquals(3, mismatch.epoch());
        assertEquals("input.bonds", mismatch.difference().field());
        assertEquals(uid, mismatch.difference().uid());
    }

    @Test
    void changedPermitInputBreaksTheChain() {
        List<VectorEpoch> epochs = new java.util.ArrayList<>(sequence.epochs());
        VectorEpoch second = epochs.get(2);
        boolean[] permits = second.input().validatorPermits();
        permits[1] = !permits[1];
        EpochInput changed = second.input().toBuilder().validatorPermit(permits).build();
        epochs.set(2, new VectorEpoch(changed, second.expected()));
        Mismatch mismatch = checkWithOracle(Vector.sequence(sequence.name(), sequence.family(), epochs)).orElseThrow();
        assertEquals(2, mismatch.epoch());
        assertEquals(new Difference("input.validator_permit", 1, Boolean.toString(!permits[1]), Boolean.toString(permits[1])),
                mismatch.difference());
    }

    @Test
    void reversedSubnetSequenceIsABrokenChain() throws IOException {
        Vector subnets = copy("subnet-sequence-m2-n16-y3-la-split_exact-rao_alpha1-cr-owner-e16-31500.json.gz", dir);
        Vector reversed = new Vector(subnets.name(), subnets.family(), true, List.of(), subnets.subnetEpochs().reversed());
        Mismatch mismatch = checkWithOracle(reversed).orElseThrow();
        assertEquals(1, mismatch.epoch());
        assertTrue(mismatch.difference().field().startsWith("input."), mismatch.toString());
    }

    private Optional<Mismatch> checkWithOracle(Vector vector) {
        try (ConformanceRunner runner = new ConformanceRunner(new OracleEngine("oracle", false, all()), NO_REFERENCE)) {
            return runner.check(vector);
        }
    }

    private static Difference firstChainBreak(VectorEpoch previous, VectorEpoch next) {
        Difference bonds = Difference.ofRows("input.bonds", previous.expected().bonds(), next.input().bonds());
        assertTrue(bonds != null, "epochs 4 and 6 of the bundled sequence have different bonds");
        return bonds;
    }

    private static int firstUidWithBonds(io.yuma.api.SparseMatrix bonds) {
        for (int uid = 0; uid < bonds.rows(); uid++) {
            if (bonds.rowLength(uid) > 0) {
                return uid;
            }
        }
        throw new AssertionError("the epoch has no bonds to change");
    }
}
