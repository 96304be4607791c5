package io.yuma.reference;

import static io.yuma.fixed.I32F32.ONE;
import static io.yuma.fixed.I32F32.ZERO;
import static io.yuma.reference.ChainFloats.fixed;
import static io.yuma.reference.ChainFloats.vecToFixed;
import static io.yuma.reference.SparseFixtures.sparseMat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yuma.fixed.I32F32;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@link EpochMath#weightedMedian} and {@link EpochMath#weightedMedianColSparse} against the
 * chain's {@code test_math_weighted_median} and {@code test_math_weighted_median_col_sparse}
 * (exact comparisons, as there).
 */
class WeightedMedianTest {
    private static final long MAJORITY = fixed(0.51f);

    /** The chain test's call: minority = 1 - majority, the partition the whole stake. */
    private static long median(long[] stake, long[] score) {
        int[] all = IntStream.range(0, stake.length).toArray();
        return EpochMath.weightedMedian(stake, score, all, ONE - MAJORITY, ZERO, EpochMath.sum(stake));
    }

    /** test_math_weighted_median, its fixed cases. */
    @Test
    void weightedMedianFixedCases() {
        assertEquals(ZERO, median(new long[0], new long[0]));
        long[] single = vecToFixed(0.51f);
        EpochMath.inplaceNormalize(single);
        assertEquals(ONE, median(single, vecToFixed(1)));
        assertEquals(ONE, median(vecToFixed(0.49f, 0.51f), vecToFixed(0.5f, 1)));
        assertEquals(fixed(0.5f), median(vecToFixed(0.51f, 0.49f), vecToFixed(0.5f, 1)));
        assertEquals(ONE, median(vecToFixed(0.49f, 0, 0.51f), vecToFixed(0.5f, 0.7f, 1)));
        assertEquals(fixed(0.7f), median(vecToFixed(0.49f, 0.01f, 0.5f), vecToFixed(0.5f, 0.7f, 1)));
        assertEquals(fixed(0.7f), median(vecToFixed(0.49f, 0.51f, 0), vecToFixed(0.5f, 0.7f, 1)));
        assertEquals(ONE, median(vecToFixed(0, 0.49f, 0.51f), vecToFixed(0.5f, 0.7f, 1)));
        assertEquals(ONE, median(vecToFixed(0, 0.49f, 0, 0.51f), vecToFixed(0.5f, 0.5f, 1, 1)));
        assertEquals(ONE, median(vecToFixed(0, 0.49f, 0, 0.51f, 0), vecToFixed(0.5f, 0.5f, 1, 1, 0.5f)));
        assertEquals(fixed(0.6f), median(vecToFixed(0.2f, 0.2f, 0.2f, 0.2f, 0.2f),
                vecToFixed(0.8f, 0.2f, 1, 0.6f, 0.4f)));
        assertEquals(fixed(0.6f), median(vecToFixed(0.1f, 0.1f, 0.1f, 0.1f, 0.1f, 0.1f, 0.1f, 0.1f, 0.1f, 0.1f),
                vecToFixed(0.8f, 0.8f, 0.2f, 0.2f, 1, 1, 0.6f, 0.6f, 0.4f, 0.4f)));
    }

    /** Different lengths of stake and score: the chain logs and returns 0. */
    @Test
    void weightedMedianOfMismatchedLengthsIsZero() {
        assertEquals(ZERO, EpochMath.weightedMedian(vecToFixed(1, 1), vecToFixed(1), new int[] {0}, ZERO, ZERO, ONE));
    }

    /**
     * test_math_weighted_median, its random part: 100 uids with unit or zero stake and ascending
     * scores (distinct, or with ties), for majorities from 0 to 1; the result must be one of the
     * scores at the minority point of the stake integral, for the uids in order and shuffled.
     */
    @Test
    void weightedMedianRandomCases() {
        long seed = 0x3ED1A7L;
        Random random = new Random(seed);
        float[] majorities = {0, 0.0000001f, 0.25f, 0.49f, 0.49f, 0.49f, 0.5f, 0.51f, 0.51f, 0.51f, 0.9999999f, 1};
        int n = 100;
        for (int round = 0; round < 20; round++) {
            for (float majorityValue : majorities) {
                for (boolean allowEqual : new boolean[] {false, true}) {
                    long[] stake = new long[n];
                    long[] score = new long[n];
                    long lastScore = ZERO;
                    for (int i = 0; i < n; i++) {
                        if (allowEqual) {
                            stake[i] = random.nextBoolean() ? ONE : ZERO;
                            if (random.nextBoolean()) {
                                lastScore += ONE;
                            }
                            score[i] = lastScore;
                        } else {
                            stake[i] = ONE;
                            score[i] = I32F32.fromInt(i);
                        }
                    }
                    EpochMath.inplaceNormalize(stake);
                    long totalStake = EpochMath.sum(stake);
                    long minority = Math.max(totalStake - fixed(majorityValue), ZERO);
                    List<Long> medians = acceptableMedians(stake, score, minority);
                    int[] all = IntStream.range(0, n).toArray();
                    String context = "seed " + seed + ", round " + round + ", majority " + majorityValue
                            + ", ties " + allowEqual;
                    for (int shuffle = 0; shuffle <= 10; shuffle++) {
                        long result = EpochMath.weightedMedian(stake, score, all, minority, ZERO, totalStake);
                        assertTrue(medians.contains(result), context + ": " + result + " not in " + medians);
                        permute(random, stake, score);
                    }
                }
            }
        }
    }

    /**
     * The chain test's oracle: walking uids by ascending score, the scores from the first uid
     * whose running stake reaches the minority until the running stake grows past it (plus the
     * next score when the minority falls exactly on a boundary); 0 when none.
     */
    private static List<Long> acceptableMedians(long[] stake, long[] score, long minority) {
        List<Long> medians = new ArrayList<>();
        long stakeSum = ZERO;
        long medianStake = ZERO;
        boolean medianSet = false;
        for (int i = 0; i < stake.length; i++) {
            stakeSum += stake[i];
            if (!medianSet && stakeSum >= minority) {
                medianStake = stakeSum;
                medianSet = true;
            }
            if (medianSet) {
                if (medianStake < stakeSum) {
                    if (medianStake == minority && !medians.contains(score[i])) {
                        medians.add(score[i]);
                    }
                    break;
                }
                if (!medians.contains(score[i])) {
                    medians.add(score[i]);
                }
            }
        }
        if (medians.isEmpty()) {
            medians.add(ZERO);
        }
        return medians;
    }

    private static void permute(Random random, long[] stake, long[] score) {
        for (int i = stake.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            long s = stake[i];
            stake[i] = stake[j];
            stake[j] = s;
            long c = score[i];
            score[i] = score[j];
            score[j] = c;
        }
    }

    /** test_math_weighted_median_col_sparse. */
    @Test
    void weightedMedianColSparse() {
        assertArrayEquals(new long[0],
                EpochMath.weightedMedianColSparse(new long[0], new SparseRow[] {SparseRow.EMPTY}, 0, fixed(0.5f)));
        assertArrayEquals(vecToFixed(0, 0),
                EpochMath.weightedMedianColSparse(vecToFixed(0, 0), sparseMat(new float[4], 2, false), 2, fixed(0.5f)));

        long[] stake = vecToFixed(0, 0.75f, 0.25f, 0);
        SparseRow[] weights = sparseMat(new float[] {0, 0.1f, 0, 0, 0.2f, 0.4f, 0, 0.3f, 0.1f, 0, 0.4f, 0.5f}, 4, false);
        assertArrayEquals(vecToFixed(0, 0.3f, 0.4f), EpochMath.weightedMedianColSparse(stake, weights, 3, fixed(0.24f)));
        assertArrayEquals(vecToFixed(0, 0.2f, 0.4f), EpochMath.weightedMedianColSparse(stake, weights, 3, fixed(0.26f)));
        assertArrayEquals(vecToFixed(0, 0.2f, 0.1f), EpochMath.weightedMedianColSparse(stake, weights, 3, fixed(0.76f)));

        stake = vecToFixed(0, 0.3f, 0.2f, 0.5f);
        weights = sparseMat(new float[] {0, 0.1f, 0, 0, 0.2f, 0.4f, 0, 0.3f, 0.1f, 0, 0, 0.5f}, 4, false);
        assertArrayEquals(vecToFixed(0, 0, 0.4f), EpochMath.weightedMedianColSparse(stake, weights, 3, fixed(0.51f)));
    }
}
