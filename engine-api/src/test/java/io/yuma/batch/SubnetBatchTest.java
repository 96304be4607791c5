package io.yuma.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static io.yuma.batch.layout.BatchLayout.LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.api.SparseMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Inputs and results survive the off-heap layout unchanged, whatever the mix of subnet sizes. */
class SubnetBatchTest {
    private static SparseMatrix rows(SplittableRandom random, int n) {
        SparseMatrix.Builder rows = new SparseMatrix.Builder(n);
        for (int i = 0; i < n; i++) {
            int entries = random.nextInt(0, 6);
            for (int e = 0; e < entries; e++) {
                rows.add(random.nextInt(0, 65536), random.nextInt(0, 65536));
            }
            rows.endRow();
        }
        return rows.build();
    }

    private static long[] u64s(SplittableRandom random, int n) {
        return random.longs(n).toArray(); // every bit pattern: u64 values above 2^63-1 included
    }

    private static EpochInput input(SplittableRandom random, int n) {
        boolean[] permits = new boolean[n];
        for (int i = 0; i < n; i++) {
            permits[i] = random.nextBoolean();
        }
        return EpochInput.builder().n(n).currentBlock(random.nextLong()).tempo(random.nextInt(65536))
                .activityCutoff(random.nextLong()).lastMechanismStepBlock(random.nextLong()).kappa(random.nextInt(65536))
                .bondsPenalty(random.nextInt(65536)).bondsMovingAverage(random.nextLong()).liquidAlpha(random.nextBoolean())
                .yuma3(random.nextBoolean()).commitReveal(random.nextBoolean()).alphaLow(random.nextInt(65536))
                .alphaHigh(random.nextInt(65536)).alphaSigmoidSteepness(random.nextInt(-32768, 32768))
                .maxAllowedValidators(random.nextInt(65536)).stakeThreshold(random.nextLong())
                .ownerUid(random.nextBoolean() ? -1 : random.nextInt(65536)).taoWeight(random.nextLong())
                .raoEmission(random.nextLong()).alphaStake(u64s(random, n)).taoStake(u64s(random, n))
                .lastUpdate(u64s(random, n)).blockAtRegistration(u64s(random, n)).commitBlock(u64s(random, n))
                .validatorPermit(permits).weights(rows(random, n)).bonds(rows(random, n)).build();
    }

    private static void assertSameInput(EpochInput expected, EpochInput actual, String where) {
        assertEquals(expected.n(), actual.n(), where);
        assertEquals(expected.currentBlock(), actual.currentBlock(), where);
        assertEquals(expected.tempo(), actual.tempo(), where);
        assertEquals(expected.activityCutoff(), actual.activityCutoff(), where);
        assertEquals(expected.lastMechanismStepBlock(), actual.lastMechanismStepBlock(), where);
        assertEquals(expected.kappa(), actual.kappa(), where);
        assertEquals(expected.bondsPenalty(), actual.bondsPenalty(), where);
        assertEquals(expected.bondsMovingAverage(), actual.bondsMovingAverage(), where);
        assertEquals(expected.liquidAlpha(), actual.liquidAlpha(), where);
        assertEquals(expected.yuma3(), actual.yuma3(), where);
        assertEquals(expected.commitReveal(), actual.commitReveal(), where);
        assertEquals(expected.alphaLow(), actual.alphaLow(), where);
        assertEquals(expected.alphaHigh(), actual.alphaHigh(), where);
        assertEquals(expected.alphaSigmoidSteepness(), actual.alphaSigmoidSteepness(), where);
        assertEquals(expected.maxAllowedValidators(), actual.maxAllowedValidators(), where);
        assertEquals(expected.stakeThreshold(), actual.stakeThreshold(), where);
        assertEquals(expected.ownerUid(), actual.ownerUid(), where);
        assertEquals(expected.taoWeight(), actual.taoWeight(), where);
        assertEquals(expected.raoEmission(), actual.raoEmission(), where);
        assertArrayEquals(expected.alphaStakes(), actual.alphaStakes(), where);
        assertArrayEquals(expected.taoStakes(), actual.taoStakes(), where);
        assertArrayEquals(expected.lastUpdates(), actual.lastUpdates(), where);
        assertArrayEquals(expected.blocksAtRegistration(), actual.blocksAtRegistration(), where);
        assertArrayEquals(expected.commitBlocks(), actual.commitBlocks(), where);
        assertArrayEquals(expected.validatorPermits(), actual.validatorPermits(), where);
        assertEquals(expected.weights(), actual.weights(), where);
        assertEquals(expected.bonds(), actual.bonds(), where);
    }

    @Test
    void mixedSizesRoundTripIncludingGrowthPastTheFirstEstimate() {
        long seed = 5;
        SplittableRandom random = new SplittableRandom(seed);
        // the builder sizes its buffers from the first subnet, so later, larger ones make every column grow
        int[] sizes = {1, 300, 0, 2, 1000, 17, 0, 64};
        List<EpochInput> inputs = new ArrayList<>();
        for (int n : sizes) {
            inputs.add(input(random, n));
        }
        try (SubnetBatch batch = SubnetBatch.of(inputs)) {
            assertEquals(sizes.length, batch.subnets());
            long uids = 0;
            for (int s = 0; s < sizes.length; s++) {
                assertEquals(uids, batch.uidBase(s));
                uids += sizes[s];
                assertSameInput(inputs.get(s), batch.input(s), "seed " + seed + ", subnet " + s);
            }
            assertEquals(uids, batch.totalUids());
        }
    }

    @Test
    void aThreadConfinedBatchAndItsResultsBelongToTheirThread() throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        List<EpochInput> inputs = List.of(input(random, 5), input(random, 3));
        try (SubnetBatch confined = SubnetBatch.ofThreadConfined(inputs); SubnetBatch shared = SubnetBatch.of(inputs);
                BatchResults results = new BatchResults(confined)) {
            assertTrue(confined.threadConfined());
            assertFalse(shared.threadConfined());
            for (int s = 0; s < inputs.size(); s++) {
                assertSameInput(inputs.get(s), confined.input(s), "subnet " + s);
            }
            Thread other = new Thread(() -> {
                assertThrows(WrongThreadException.class, () -> confined.alphaStake().get(LONG, 0));
                assertThrows(WrongThreadException.class, () -> results.stake().get(LONG, 0));
                shared.alphaStake().get(LONG, 0);
            });
            List<Throwable> failures = new ArrayList<>();
            other.setUncaughtExceptionHandler((thread, failure) -> failures.add(failure));
            other.start();
            other.join();
            assertEquals(List.of(), failures, "another thread is refused the confined memory only");
        }
    }

    @Test
    void resultsRoundTrip() {
        long seed = 6;
        SplittableRandom random = new SplittableRandom(seed);
        List<EpochInput> inputs = List.of(input(random, 3), input(random, 0), input(random, 40));
        try (SubnetBatch batch = SubnetBatch.of(inputs); BatchResults results = new BatchResults(batch)) {
            List<EpochResult> written = new ArrayList<>();
            for (int s = 0; s < inputs.size(); s++) {
                int n = inputs.get(s).n();
                boolean[] flags = new boolean[n];
                int[] u16 = new int[n];
                for (int i = 0; i < n; i++) {
                    flags[i] = random.nextBoolean();
                    u16[i] = random.nextInt(65536);
                }
                EpochResult result = new EpochResult(flags, u64s(random, n), u16, u16.clone(), u16.clone(), u16.clone(),
                        u16.clone(), flags.clone(), u64s(random, n), u64s(random, n), u64s(random, n), rows(random, n), null);
                results.put(s, result);
                written.add(result);
            }
            for (int s = 0; s < inputs.size(); s++) {
                assertEquals(null, written.get(s).firstDifference(results.result(s)), "seed " + seed + ", subnet " + s);
            }
        }
    }
}
