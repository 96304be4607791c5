package io.yuma.simd;

import static io.yuma.fixed.I32F32.ONE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.yuma.fixed.I32F32;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The dividends' row products ({@link RowDotProducts}) against the chain's loops: wrapping and
 * saturating row sums and the column maxima, on rows of every shape ({@link TestRows}), with
 * factors and values at 0, 1 and outside [0, 1] (the scalar recomputation), and sums that
 * saturate.
 */
class RowDotProductsTest {
    private static final int N = 72;

    @Test
    void rowProductsAndColumnMaximaAreTheChains() {
        long seed = 0xD07L;
        SplittableRandom random = new SplittableRandom(seed);
        for (int round = 0; round < 400; round++) {
            boolean outside = round % 3 == 2;
            SparseRows m = TestRows.random(random, N, N, outside);
            long[] vector = new long[N];
            for (int j = 0; j < N; j++) {
                vector[j] = outside && random.nextInt(10) == 0 ? Long.MAX_VALUE - random.nextInt(3) : TestRows.unitValue(random);
            }
            int n = N - 4; // entries at or beyond n are skipped
            long[] expectedWrapping = new long[n];
            long[] expectedSaturating = new long[N];
            long[] expectedMax = new long[Lanes.COLUMN_SPACE];
            for (int i = 0; i < N; i++) {
                long wrapping = 0;
                long saturating = 0;
                for (int k = m.start(i); k < m.end(i); k++) {
                    int j = m.col[k];
                    if (j < n) {
                        wrapping += I32F32.saturatingMul(m.val[k], vector[j]);
                        expectedMax[j] = Math.max(expectedMax[j], m.val[k]);
                    }
                    saturating = I32F32.saturatingAdd(saturating, I32F32.saturatingMul(j < n ? vector[j] : 0, m.val[k]));
                }
                if (i < n) {
                    expectedWrapping[i] = wrapping;
                }
                expectedSaturating[i] = saturating;
            }
            long[] wrapping = new long[n];
            RowDotProducts.rowSumOfMatVecMul(m, m.val, vector, n, wrapping);
            long[] saturating = new long[N];
            long[] max = new long[Lanes.COLUMN_SPACE];
            RowDotProducts.matmulTransposeWithColumnMax(m, vector, n, saturating, max);
            String where = "seed " + seed + ", round " + round;
            assertArrayEquals(expectedWrapping, wrapping, where + ", wrapping sums");
            assertArrayEquals(expectedSaturating, saturating, where + ", saturating sums");
            assertArrayEquals(expectedMax, max, where + ", column maxima");
        }
    }
}
