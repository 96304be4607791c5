package io.yuma.testkit.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yuma.api.EpochInput;
import io.yuma.api.SubnetInput;
import io.yuma.api.SubnetResult;
import io.yuma.api.YumaEngine;
import io.yuma.reference.ReferenceEngine;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The duel itself: silent on agreement, precise on the first disagreement. */
class DuelRunnerTest {
    private static final long SEED = 77;
    private static final Set<EnginePath> ALL_PATHS = EnumSet.allOf(EnginePath.class);
    private static final SubnetGenerator GENERATOR = new SubnetGenerator(SEED, Profile.CI);

    private static DuelResult duel(PerturbingEngine candidate, Set<EnginePath> paths, int threads, int block, long cases) {
        DuelResult result = new DuelRunner(new ReferenceEngine(), candidate, paths, threads, block)
                .run(GENERATOR, 0, cases, done -> { });
        System.out.println(result.summary() + (result.passed() ? "" : "\n" + result.mismatch().message()));
        return result;
    }

    /** The first case index (from 0) whose input the predicate selects. */
    private static long firstCase(Predicate<EpochInput> when) {
        for (long index = 0; ; index++) {
            if (when.test(GENERATOR.generate(index))) {
                return index;
            }
        }
    }

    /** The first subnet case index (from 0) whose input the predicate selects. */
    private static long firstSubnetCase(Predicate<SubnetInput> when) {
        for (long index = 0; ; index++) {
            if (when.test(GENERATOR.generateSubnet(index))) {
                return index;
            }
        }
    }

    private static DuelResult subnetDuel(YumaEngine candidate, long cases, long subnetCases) {
        DuelResult result = new DuelRunner(new ReferenceEngine(), candidate, ALL_PATHS, 2, 16)
                .run(GENERATOR, 0, cases, subnetCases, done -> { });
        System.out.println(result.summary() + (result.passed() ? "" : "\n" + result.mismatch().message()));
        return result;
    }

    @Test
    void referenceAgreesWithItselfOnEveryPath() {
        DuelResult result = duel(new PerturbingEngine(in -> false, r -> r, null), ALL_PATHS, 2, 16, 120);
        assertTrue(result.passed(), () -> result.mismatch().message());
        assertEquals(120, result.casesRun());
        assertEquals(DuelRunner.defaultSubnetCases(120), result.subnetCasesRun(), "every run duels subnets too");
        assertTrue(result.covered().size() > InputFeature.values().length / 2, result.summary());
        assertTrue(result.subnetCovered().size() > SubnetFeature.values().length / 2, result.summary());
        assertTrue(result.summary().contains("120 cases and 48 subnet cases"), result.summary());
    }

    /** An aggregation that is off by one in one uid's dividend is caught on the subnet, after every epoch case passed. */
    @Test
    void aWrongAggregatedDividendIsReportedWithFieldUidValuesAndReproduction() {
        Predicate<SubnetInput> when = in -> in.n() >= 2 && in.mechanismCount() >= 2;
        long expectedCase = firstSubnetCase(when);
        SubnetInput input = GENERATOR.generateSubnet(expectedCase);
        int uid = input.n() - 1;
        int right = new ReferenceEngine().runSubnet(input).subnet().dividend()[uid];

        DuelResult result = subnetDuel(new MisaggregatingEngine(when, MisaggregatingEngine::bumpLastAggregatedDividend),
                40, 200);

        DuelMismatch mismatch = result.mismatch();
        assertNotNull(mismatch, "seed " + SEED + ": the wrong aggregate of subnet case " + expectedCase + " went unnoticed");
        assertEquals(40, result.casesRun(), "the epoch cases all agree");
        assertTrue(mismatch.subnetCase());
        assertEquals(EnginePath.RUN_SUBNET, mismatch.path());
        assertEquals(expectedCase, mismatch.caseIndex());
        assertEquals(expectedCase + 1, result.subnetCasesRun());
        assertEquals(input.n(), mismatch.n());
        assertEquals(input.mechanismCount(), mismatch.mechanisms());
        assertEquals("subnet.dividend", mismatch.difference().field());
        assertEquals(uid, mismatch.difference().uid());
        assertEquals(Integer.toString(right), mismatch.difference().expected());
        assertEquals(Integer.toString((right + 1) & 0xFFFF), mismatch.difference().actual());
        String message = mismatch.message();
        for (String part : new String[] {"'misaggregating'", "(runSubnet)", "seed " + SEED, "subnet case " + expectedCase,
            "n " + input.n(), input.mechanismCount() + " mechanisms", "field subnet.dividend", "uid " + uid,
            "expected " + right, "-Dyuma.duel.first=" + expectedCase, "-Dyuma.duel.cases=0",
            "-Dyuma.duel.subnet-cases=1", "-Dyuma.duel.profile=ci", "-Dyuma.duel.engine=misaggregating"}) {
            assertTrue(message.contains(part), "message lacks '" + part + "':\n" + message);
        }
    }

    /** An aggregate that takes mechanism 1's incentive (the chain keeps mechanism 0's) is caught. */
    @Test
    void anIncentiveFromTheWrongMechanismIsCaught() {
        Predicate<SubnetInput> when = in -> in.mechanismCount() >= 2;
        long expectedCase = firstSubnetCase(in -> {
            if (!when.test(in)) {
                return false;
            }
            SubnetResult right = new ReferenceEngine().runSubnet(in);
            return !Arrays.equals(right.subnet().incentive(), right.mechanisms().get(1).incentive());
        });
        DuelResult result = subnetDuel(new MisaggregatingEngine(when, MisaggregatingEngine::incentiveOfMechanismOne),
                0, 200);
        assertNotNull(result.mismatch(), "seed " + SEED + ": mechanism 1's incentive went unnoticed");
        assertEquals(0, result.casesRun());
        assertEquals(expectedCase, result.mismatch().caseIndex());
        assertEquals("subnet.incentive", result.mismatch().difference().field());
    }

    @Test
    void casesOfAKindNeedAPathOfThatKind() {
        DuelRunner epochsOnly = new DuelRunner(new ReferenceEngine(), new ReferenceEngine(), EnumSet.of(EnginePath.RUN), 1, 4);
        IllegalArgumentException subnets = assertThrows(IllegalArgumentException.class,
                () -> epochsOnly.run(GENERATOR, 0, 1, 1, done -> { }));
        assertTrue(subnets.getMessage().contains("subnet cases"), subnets.getMessage());
        assertEquals(0, epochsOnly.run(GENERATOR, 0, 3, done -> { }).subnetCasesRun(), "no subnet path, no subnet case");
        DuelRunner subnetsOnly = new DuelRunner(new ReferenceEngine(), new ReferenceEngine(),
                EnumSet.of(EnginePath.RUN_SUBNETS), 1, 4);
        assertThrows(IllegalArgumentException.class, () -> subnetsOnly.run(GENERATOR, 0, 1, 0, done -> { }));
        DuelResult result = subnetsOnly.run(GENERATOR, 5, 0, 6, done -> { });
        assertTrue(result.passed() && result.subnetCasesRun() == 6 && result.casesRun() == 0, result.summary());
        assertTrue(result.summary().contains("cases none, subnet cases 5..10"), result.summary());
    }

    @Test
    void perturbedDividendIsReportedWithFieldUidValuesAndReproduction() {
        Predicate<EpochInput> when = in -> in.n() >= 3 && in.n() % 3 == 0;
        long expectedCase = firstCase(when);
        EpochInput input = GENERATOR.generate(expectedCase);
        int uid = input.n() - 1;
        int right = new ReferenceEngine().run(input).dividend()[uid];

        DuelResult result = duel(new PerturbingEngine(when, PerturbingEngine::bumpLastDividend, null),
                EnumSet.of(EnginePath.RUN), 3, 7, 1000);

        DuelMismatch mismatch = result.mismatch();
        assertNotNull(mismatch, "seed " + SEED + ": the perturbation at case " + expectedCase + " went unnoticed");
        assertEquals(expectedCase, mismatch.caseIndex());
        assertEquals(expectedCase + 1, result.casesRun());
        assertEquals(input.n(), mismatch.n());
        assertEquals("dividend", mismatch.difference().field());
        assertEquals(uid, mismatch.difference().uid());
        assertEquals(Integer.toString(right), mismatch.difference().expected());
        assertEquals(Integer.toString((right + 1) & 0xFFFF), mismatch.difference().actual());
        String message = mismatch.message();
        for (String part : new String[] {"'perturbed'", "(run)", "seed " + SEED, "case " + expectedCase, "n " + input.n(),
            "field dividend", "uid " + uid, "expected " + right, "-Dyuma.duel.seed=" + SEED,
            "-Dyuma.duel.first=" + expectedCase, "-Dyuma.duel.cases=1", "-Dyuma.duel.profile=ci",
            "-Dyuma.duel.engine=perturbed"}) {
            assertTrue(message.contains(part), "message lacks '" + part + "':\n" + message);
        }
        assertEquals(1, mismatch.reproduction().lines().count());
    }

    @Test
    void aFailureOnlyWholeBlocksShowIsReportedNotHidden() {
        // runAll fails for any list of more than one input, yet works on each input alone
        io.yuma.api.YumaEngine blockOnly = new io.yuma.api.YumaEngine() {
            private final ReferenceEngine inner = new ReferenceEngine();

            @Override
            public String name() {
                return "block-only-failure";
            }

            @Override
            public io.yuma.api.EpochResult run(EpochInput input) {
                return inner.run(input);
            }

            @Override
            public java.util.List<io.yuma.api.EpochResult> runAll(java.util.List<EpochInput> inputs) {
                if (inputs.size() > 1) {
                    throw new IllegalStateException("buffer sized for the first subnet only");
                }
                return inner.runAll(inputs);
            }
        };
        DuelResult result = new DuelRunner(new ReferenceEngine(), blockOnly, EnumSet.of(EnginePath.RUN_ALL), 2, 8)
                .run(GENERATOR, 0, 40, done -> { });
        assertNotNull(result.mismatch(), "a runAll that fails only on blocks went unreported");
        assertEquals(0, result.mismatch().caseIndex());
        assertTrue(result.mismatch().message().contains("buffer sized for the first subnet only"), result.mismatch().message());
    }

    @Test
    void perturbedBondRowIsReportedByRow() {
        Predicate<EpochInput> when = in -> in.n() >= 2;
        long expectedCase = firstCase(when);
        DuelResult result = duel(new PerturbingEngine(when, PerturbingEngine::extraBond, null),
                EnumSet.of(EnginePath.RUN), 1, 1, 1000);
        assertEquals(expectedCase, result.mismatch().caseIndex());
        assertEquals("bonds", result.mismatch().difference().field());
        assertEquals(1, result.mismatch().difference().uid());
    }

    /** A mistake on one entry point only is found and attributed to that entry point. */
    @Test
    void aMistakeInRunAllAloneIsCaughtOnRunAll() {
        Predicate<EpochInput> when = in -> in.n() >= 5;
        long expectedCase = firstCase(when);
        DuelResult result = duel(new PerturbingEngine(when, PerturbingEngine::bumpLastDividend, EnginePath.RUN_ALL),
                ALL_PATHS, 2, 32, 1000);
        assertEquals(EnginePath.RUN_ALL, result.mismatch().path());
        assertEquals(expectedCase, result.mismatch().caseIndex());
    }

    /** The default runBatch packs inputs off-heap and unpacks them: it is held to the reference too. */
    @Test
    void defaultRunBatchAgrees() {
        DuelResult result = duel(new PerturbingEngine(in -> false, r -> r, null), EnumSet.of(EnginePath.RUN_BATCH), 2, 25, 100);
        assertTrue(result.passed(), () -> result.mismatch().message());
    }

    @Test
    void aCandidateThatThrowsIsReportedAtTheCase() {
        Predicate<EpochInput> when = in -> in.n() == 17;
        long expectedCase = firstCase(when);
        DuelResult result = duel(new PerturbingEngine(when, r -> {
            throw new ArithmeticException("boom");
        }, null), EnumSet.of(EnginePath.RUN_ALL), 2, 64, 1000);
        DuelMismatch mismatch = result.mismatch();
        assertEquals(expectedCase, mismatch.caseIndex());
        assertNull(mismatch.difference());
        assertInstanceOf(ArithmeticException.class, mismatch.failure());
        assertTrue(mismatch.message().contains("runAll threw java.lang.ArithmeticException: boom"), mismatch.message());
    }

    /** Many threads and blocks still report the lowest failing case. */
    @Test
    void theLowestFailingCaseWinsWhateverTheThreads() {
        Predicate<EpochInput> when = in -> in.n() % 4 == 1 && in.n() > 1;
        long expectedCase = firstCase(when);
        for (int threads : new int[] {1, 4}) {
            DuelResult result = duel(new PerturbingEngine(when, PerturbingEngine::bumpLastDividend, null),
                    EnumSet.of(EnginePath.RUN), threads, 64, 1000);
            assertEquals(expectedCase, result.mismatch().caseIndex(), "threads " + threads);
        }
    }

    @Test
    void startsAtTheFirstCaseItIsGiven() {
        PerturbingEngine everywhere = new PerturbingEngine(in -> in.n() > 0, PerturbingEngine::bumpLastDividend, null);
        long from = firstCase(in -> in.n() > 0) + 1;
        long expected = from;
        while (GENERATOR.generate(expected).n() == 0) {
            expected++;
        }
        DuelResult result = new DuelRunner(new ReferenceEngine(), everywhere, EnumSet.of(EnginePath.RUN), 1, 8)
                .run(GENERATOR, from, 100, done -> { });
        assertEquals(expected, result.mismatch().caseIndex());
    }

    @Test
    void rejectsAnEmptyDuel() {
        assertThrows(IllegalArgumentException.class, () -> new DuelRunner(new ReferenceEngine(), new ReferenceEngine(),
                EnumSet.noneOf(EnginePath.class), 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new DuelRunner(new ReferenceEngine(), new ReferenceEngine(),
                ALL_PATHS, 0, 1));
    }
}
