package io.yuma.simd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.yuma.fixed.I32F32;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The dense and the transposed score layouts of the column medians give the same medians. */
class MedianKernelTest {
    @Test
    void denseAndTransposedLayoutsAgree() {
        long seed = 41;
        SplittableRandom random = new SplittableRandom(seed);
        Workspace dense = new Workspace();
        Workspace transposed = new Workspace();
        for (int round = 0; round < 300; round++) {
            int n = random.nextInt(0, 70);
            dense.ensure(n);
            transposed.ensure(n);
            long[] stake = new long[n];
            SparseRows weights = new SparseRows();
            weights.reset(n);
            for (int i = 0; i < n; i++) {
                stake[i] = random.nextInt(3) == 0 ? 0 : random.nextLong(I32F32.ONE);
                int entries = random.nextInt(0, n + 3);
                weights.reserve(entries);
                for (int e = 0; e < entries; e++) {
                    // repeated columns (last one wins) and a few coarse values to make ties
                    weights.push(random.nextInt(n), random.nextBoolean() ? random.nextInt(4) * (I32F32.ONE / 4)
                            : random.nextLong(I32F32.ONE));
                }
                weights.endRow();
            }
            long kappa = random.nextLong(I32F32.ONE + 1);
            long[] fromDense = new long[n];
            long[] fromTransposed = new long[n];
            MedianKernel.weightedMedianColSparse(dense, stake, weights, n, kappa, fromDense, Long.MAX_VALUE);
            MedianKernel.weightedMedianColSparse(transposed, stake, weights, n, kappa, fromTransposed, 0);
            assertArrayEquals(fromDense, fromTransposed, "seed " + seed + ", round " + round + ", n " + n
                    + ", stake " + Arrays.toString(stake));
        }
    }
}
