package io.yuma.simd;

import static io.yuma.fixed.I32F32.ONE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.yuma.fixed.I32F32;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link ScaledRows} and the passes built on it ({@code row_hadamard_sparse} with its column sums,
 * {@code mat_ema_sparse}) against plain transcriptions of the chain's loops, on rows of every
 * shape: whole consecutive rows, rows with gaps, short runs, unsorted rows repeating a column,
 * columns at or beyond n; values and factors at 0, 1 and outside [0, 1]; accumulators that
 * saturate.
 */
class ScaledRowsTest {
    private static final int N = 72;

    @Test
    void scaledRowsAddWhatTheChainsLoopAdds() {
        long seed = 0x5CA1EDL;
        SplittableRandom random = new SplittableRandom(seed);
        for (int round = 0; round < 400; round++) {
            int kind = round % 4; // 0-1 in range, 2 values outside [0, 1], 3 accumulators near saturation
            SparseRows m = TestRows.random(random, N, N, kind == 2);
            long[] acc = new long[N];
            for (int j = 0; j < N; j++) {
                acc[j] = kind == 3 ? Long.MAX_VALUE - random.nextLong(4 * ONE) : random.nextLong(ONE);
            }
            long[] expectedAcc = acc.clone();
            long[] expectedProducts = new long[m.size];
            long[] products = new long[m.size];
            for (int i = 0; i < m.rows; i++) {
                long factor = factor(random, kind);
                for (int k = m.start(i); k < m.end(i); k++) {
                    expectedProducts[k] = I32F32.saturatingMul(factor, m.val[k]);
                    if (m.col[k] < N - 5) {
                        expectedAcc[m.col[k]] = I32F32.saturatingAdd(expectedAcc[m.col[k]], expectedProducts[k]);
                    }
                }
                ScaledRows.addScaledRow(m, i, factor, N - 5, acc, products);
            }
            assertArrayEquals(expectedAcc, acc, "seed " + seed + ", round " + round + ", accumulators");
            assertArrayEquals(expectedProducts, products, "seed " + seed + ", round " + round + ", products");
        }
    }

    @Test
    void fixedAlphaEmaIsTheChainsDenseEma() {
        long seed = 0xE3AL;
        SplittableRandom random = new SplittableRandom(seed);
        for (int round = 0; round < 200; round++) {
            int kind = round % 4;
            SparseRows newRows = TestRows.random(random, N, N, kind == 2);
            SparseRows oldRows = TestRows.random(random, N, N, kind == 2);
            long alpha = factor(random, kind);
            long[] expectedSums = new long[Lanes.COLUMN_SPACE];
            SparseRows expected = chainEma(newRows, oldRows, alpha, expectedSums);
            long[] sums = new long[Lanes.COLUMN_SPACE];
            SparseRows actual = new SparseRows();
            long[] acc = new long[Lanes.COLUMN_SPACE];
            FixedAlphaEma.matEmaSparse(newRows, oldRows, N, alpha, acc, sums, actual);
            for (int i = 0; i < N; i++) {
                assertEquals(TestRows.describe(expected, i), TestRows.describe(actual, i), "seed " + seed + ", round " + round + ", row " + i);
            }
            assertArrayEquals(expectedSums, sums, "seed " + seed + ", round " + round + ", column sums");
            assertEquals(0, Arrays.stream(acc).filter(v -> v != 0).count(), "the accumulators are left zero");
        }
    }

    /** {@code mat_ema_sparse} as the chain writes it: dense rows, positive entries kept, then their column sums. */
    private static SparseRows chainEma(SparseRows newRows, SparseRows oldRows, long alpha, long[] columnSums) {
        long oneMinusAlpha = I32F32.saturatingSub(ONE, alpha);
        SparseRows out = new SparseRows();
        out.reset(N);
        for (int i = 0; i < N; i++) {
            long[] row = new long[N];
            for (int k = newRows.start(i); k < newRows.end(i); k++) {
                if (newRows.col[k] < N) {
                    row[newRows.col[k]] = I32F32.saturatingAdd(row[newRows.col[k]], I32F32.saturatingMul(alpha, newRows.val[k]));
                }
            }
            for (int k = oldRows.start(i); k < oldRows.end(i); k++) {
                if (oldRows.col[k] < N) {
                    row[oldRows.col[k]] = I32F32.saturatingAdd(row[oldRows.col[k]],
                            I32F32.saturatingMul(oneMinusAlpha, oldRows.val[k]));
                }
            }
            out.reserve(N);
            for (int j = 0; j < N; j++) {
                if (row[j] > 0) {
                    out.push(j, row[j]);
                    columnSums[j] = I32F32.saturatingAdd(columnSums[j], row[j]);
                }
            }
            out.endRow();
        }
        return out;
    }

    private static long factor(SplittableRandom random, int kind) {
        return switch (random.nextInt(kind == 2 ? 5 : 4)) {
            case 0 -> ONE;
            case 1 -> 0;
            case 4 -> TestRows.outsideUnitRange(random);
            default -> random.nextLong(ONE + 1);
        };
    }
}
