package io.yuma.simd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.yuma.fixed.I32F32;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The lane median against the scalar transcription of the chain's {@code weighted_median}. */
class MedianLanesTest {
    @Test
    void laneMedianMatchesScalarMedian() {
        long seed = 31;
        SplittableRandom random = new SplittableRandom(seed);
        Workspace w = new Workspace();
        w.ensure(80);
        for (int round = 0; round < 20_000; round++) {
            int len = random.nextInt(0, 75);
            long[] stake = new long[len];
            long[] score = new long[len];
            long total = 0;
            int distinctScores = 1 + random.nextInt(6); // few distinct values: many ties with the pivot
            for (int t = 0; t < len; t++) {
                stake[t] = random.nextInt(4) == 0 ? 0 : random.nextLong(I32F32.ONE);
                total += stake[t];
                score[t] = random.nextBoolean() ? random.nextInt(distinctScores) * (I32F32.ONE / 8) : random.nextLong(I32F32.ONE);
            }
            long majority = random.nextLong(I32F32.ONE + 1);
            long minority = I32F32.saturatingSub(total, majority);
            long expected = MedianKernel.weightedMedian(w, stake, score, len, minority, 0, total);
            long actual = MedianLanes.weightedMedian(w, stake, score, len, minority, total);
            assertEquals(expected, actual, "seed " + seed + ", round " + round + ", length " + len);
        }
    }
}
