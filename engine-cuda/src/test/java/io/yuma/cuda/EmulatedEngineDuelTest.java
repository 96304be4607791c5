package io.yuma.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yuma.api.Difference;
import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.api.SubnetInput;
import io.yuma.api.SubnetResult;
import io.yuma.api.YumaEngine;
import io.yuma.batch.BatchResults;
import io.yuma.batch.SubnetBatch;
import io.yuma.reference.ReferenceEngine;
import io.yuma.testkit.random.DuelResult;
import io.yuma.testkit.random.DuelRunner;
import io.yuma.testkit.random.EnginePath;
import io.yuma.testkit.random.Profile;
import io.yuma.testkit.random.SubnetFeature;
import io.yuma.testkit.random.SubnetGenerator;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cuda engine, its kernels compiled for the CPU by g++ (the emulator), against the reference
 * engine on the testkit's adversarial subnets of chosen sizes and on its subnets with mechanisms,
 * every output bit compared. This checks the kernels' arithmetic and block cooperation (several
 * threads per emulated block, several blocks striding over subnets), the engine's packing, slicing
 * and unpacking, and the aggregation of mechanisms run side by side in one launch; it says
 * nothing about a GPU.
 */
class EmulatedEngineDuelTest {
    private static final long SEED = Long.getLong("yuma.test.seed", 20_260_701L);
    private static final YumaEngine REFERENCE = new ReferenceEngine();
    private static final SubnetGenerator GENERATOR = new SubnetGenerator(SEED, Profile.CI);
    private static CudaEngine engine;

    @BeforeAll
    static void openEngine() {
        System.err.println("EmulatedEngineDuelTest seed " + SEED + " (replay with -Dyuma.test.seed=" + SEED + ")");
        engine = emulated(new DeviceSettings(5, 3, 1L << 30, 0));
    }

    @AfterAll
    static void closeEngine() {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void batchOfMixedSizesMatchesTheReference() {
        List<EpochInput> inputs = new ArrayList<>();
        int[] sizes = {0, 1, 2, 3, 4, 5, 7, 8, 9, 16, 17, 31, 33, 64, 100, 129};
        for (int round = 0; round < 12; round++) {
            for (int n : sizes) {
                inputs.add(GENERATOR.generate(round * 1000L + n, n));
            }
        }
        assertSame(inputs, engine.runAll(inputs));
        BatchTimings timings = engine.lastTimings();
        assertEquals(1, timings.launches(), "a small batch is one launch");
        assertTrue(timings.totalNanos() >= timings.kernelNanos());
    }

    @Test
    void singleRunsMatchTheReference() {
        for (int n : new int[] {0, 1, 6, 40, 257}) {
            EpochInput input = GENERATOR.generate(7L * n, n);
            assertNull(REFERENCE.run(input).firstDifference(engine.run(input)), () -> "n=" + n);
        }
    }

    @Test
    void batchesSplitIntoSlicesUnderATightBudget() {
        List<EpochInput> inputs = new ArrayList<>();
        for (int s = 0; s < 24; s++) {
            inputs.add(GENERATOR.generate(31L * s, 10 + 3 * s));
        }
        try (CudaEngine tight = emulated(new DeviceSettings(4, 2, 300_000, 0));
                SubnetBatch batch = SubnetBatch.of(inputs); BatchResults results = tight.runBatch(batch)) {
            assertTrue(tight.lastTimings().launches() > 1, "the budget forces several launches");
            List<EpochResult> actual = new ArrayList<>();
            for (int s = 0; s < batch.subnets(); s++) {
                actual.add(results.result(s));
            }
            assertSame(inputs, actual);
            tight.runBatchInto(batch, results); // results reused: same answers again
            for (int s = 0; s < batch.subnets(); s++) {
                assertNull(REFERENCE.run(inputs.get(s)).firstDifference(results.result(s)), "rerun, subnet " + s);
            }
        }
    }

    @Test
    void oneThreadPerBlockGivesTheSameBits() {
        List<EpochInput> inputs = new ArrayList<>();
        for (int s = 0; s < 20; s++) {
            inputs.add(GENERATOR.generate(101L * s, 1 + 5 * s));
        }
        try (CudaEngine serial = emulated(new DeviceSettings(1, 1, 1L << 30, 0))) {
            assertSame(inputs, serial.runAll(inputs));
        }
    }

    /**
     * Subnets with mechanisms: all mechanisms of a block of subnets in one launch, then the fold,
     * against the reference's transcription of {@code epoch_with_mechanisms}.
     */
    @Test
    void subnetsWithMechanismsMatchTheReferenceInOneLaunch() {
        List<SubnetInput> subnets = new ArrayList<>();
        for (long s = 0; s < 60; s++) {
            subnets.add(GENERATOR.generateSubnet(s));
        }
        List<SubnetResult> actual = engine.runSubnets(subnets);
        assertEquals(1, engine.lastTimings().launches(), "every mechanism of every subnet in one launch");
        List<SubnetResult> expected = REFERENCE.runSubnets(subnets);
        EnumSet<SubnetFeature> covered = EnumSet.noneOf(SubnetFeature.class);
        for (int s = 0; s < subnets.size(); s++) {
            Difference difference = expected.get(s).firstDifference(actual.get(s));
            int index = s;
            assertNull(difference, () -> "subnet case " + index + " (" + subnets.get(index) + ", seed " + SEED + "): "
                    + difference);
            covered.addAll(SubnetFeature.of(subnets.get(s)));
        }
        assertTrue(covered.containsAll(EnumSet.of(SubnetFeature.MECHANISMS_FOUR, SubnetFeature.SHARE_SUM_WRAPS,
                SubnetFeature.EMISSION_ZERO, SubnetFeature.SPLIT_EMPTY)), "seed " + SEED + ": covered " + covered);
    }

    /** The testkit's duel, both kinds of case, every entry point, on the emulated engine. */
    @Test
    void theDuelAgreesOnEveryPath() {
        DuelResult result = new DuelRunner(REFERENCE, engine, EnumSet.allOf(EnginePath.class), 2, 32)
                .run(GENERATOR, 0, 60, 40, done -> { });
        System.err.println("EmulatedEngineDuelTest: " + result.summary());
        assertTrue(result.passed(), () -> result.mismatch().message());
        assertEquals(40, result.subnetCasesRun(), result.summary());
    }

    private static CudaEngine emulated(DeviceSettings settings) {
        return new CudaEngine(new EmulatorDevice(HostBuild.emulator(), settings));
    }

    private static void assertSame(List<EpochInput> inputs, List<EpochResult> actual) {
        assertEquals(inputs.size(), actual.size());
        for (int s = 0; s < inputs.size(); s++) {
            Difference difference = REFERENCE.run(inputs.get(s)).firstDifference(actual.get(s));
            int index = s;
            assertNull(difference, () -> "subnet " + index + " (n=" + inputs.get(index).n() + ", seed " + SEED + "): "
                    + difference);
        }
    }
}
