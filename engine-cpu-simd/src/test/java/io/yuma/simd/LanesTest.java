package io.yuma.simd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.yuma.fixed.I32F32;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The lane divisions ({@link Lanes}, {@link ColumnDivision}) against {@link I32F32#safeDiv}, on the
 * fast path's edges and off it.
 */
class LanesTest {
    private static final long[] DIVISORS = {1, 2, 3, 65535L << 32, I32F32.ONE, I32F32.ONE + 1, (1L << 62) - 1,
        1L << 62, Long.MAX_VALUE, -1, -I32F32.ONE, Long.MIN_VALUE, 0x1234_5678_9ABCL};

    private static long[] values(SplittableRandom random, long d, int len) {
        long[] v = new long[len];
        for (int t = 0; t < len; t++) {
            v[t] = switch (t % 9) {
                case 0 -> 0;
                case 1 -> d; // quotient exactly 1.0
                case 2 -> d - 1;
                case 3 -> d > 0 ? random.nextLong(d) : random.nextLong();
                case 4 -> -1; // negative: off the fast path
                case 5 -> d + 1 > d ? d + 1 : d; // above the divisor: off the fast path
                case 6 -> Long.MAX_VALUE;
                case 7 -> d > 2 ? d / 2 : 1;
                default -> random.nextLong();
            };
        }
        return v;
    }

    @Test
    void divideBySharedMatchesSafeDiv() {
        long seed = 11;
        SplittableRandom random = new SplittableRandom(seed);
        for (long d : DIVISORS) {
            for (int len : new int[] {0, 1, 7, 8, 9, 16, 17, 63, 200}) {
                long[] v = values(random, d, len);
                long[] expected = new long[len];
                for (int t = 0; t < len; t++) {
                    expected[t] = I32F32.safeDiv(v[t], d);
                }
                Lanes.divideByShared(v, 0, len, d);
                assertArrayEquals(expected, v, "seed " + seed + ", divisor " + d + ", length " + len);
            }
        }
    }

    @Test
    void normalizeDividesByTheWrappingSum() {
        long[] x = {Long.MAX_VALUE, Long.MAX_VALUE, 5}; // the sum wraps to 3
        long[] expected = {I32F32.safeDiv(Long.MAX_VALUE, 3), I32F32.safeDiv(Long.MAX_VALUE, 3), I32F32.safeDiv(5, 3)};
        Lanes.normalize(x, 3);
        assertArrayEquals(expected, x);
    }

    /** The chain's inplace_col_normalize_sparse, spelled out. */
    private static long[] chainColNormalize(int[] col, long[] val, int columns) {
        long[] sum = new long[columns];
        for (int k = 0; k < col.length; k++) {
            if (col[k] < columns) {
                sum[col[k]] = I32F32.saturatingAdd(sum[col[k]], val[k]);
            }
        }
        long[] out = val.clone();
        for (int k = 0; k < col.length; k++) {
            long d = col[k] < columns ? sum[col[k]] : 0;
            if (d != 0) {
                out[k] = I32F32.safeDiv(val[k], d);
            }
        }
        return out;
    }

    /** The chain's inplace_col_max_upscale_sparse, spelled out. */
    private static long[] chainColMaxUpscale(int[] col, long[] val, int columns) {
        long[] max = new long[columns];
        for (int k = 0; k < col.length; k++) {
            if (col[k] < columns && max[col[k]] < val[k]) {
                max[col[k]] = val[k];
            }
        }
        long[] out = val.clone();
        for (int k = 0; k < col.length; k++) {
            long m = col[k] < columns ? max[col[k]] : 0;
            if (m != 0) {
                out[k] = I32F32.safeDiv(val[k], m);
            }
        }
        return out;
    }

    @Test
    void columnDivisionsMatchTheChain() {
        long seed = 12;
        SplittableRandom random = new SplittableRandom(seed);
        long[] byColumn = new long[Lanes.COLUMN_SPACE];
        ColumnDivision division = new ColumnDivision();
        for (int round = 0; round < 400; round++) {
            int columns = random.nextInt(1, 40);
            int rows = random.nextInt(1, 5);
            int[][] rowCols = new int[rows][];
            for (int i = 0; i < rows; i++) {
                if (random.nextBoolean()) { // columns ascending one by one: the path without a gather
                    int first = random.nextInt(columns);
                    rowCols[i] = java.util.stream.IntStream.range(first, first + random.nextInt(0, columns - first + 3))
                            .toArray(); // sometimes beyond n
                } else {
                    rowCols[i] = random.ints(random.nextInt(0, 60), 0, columns + 3).toArray(); // some beyond n
                }
            }
            int[] col = java.util.Arrays.stream(rowCols).flatMapToInt(java.util.Arrays::stream).toArray();
            int size = col.length;
            long[] val = new long[size];
            for (int k = 0; k < size; k++) {
                val[k] = switch (random.nextInt(6)) {
                    case 0 -> 0;
                    case 1 -> Long.MAX_VALUE - random.nextInt(5); // saturating column sums
                    case 2 -> -random.nextLong(I32F32.ONE);
                    default -> random.nextLong(I32F32.ONE + 1);
                };
            }
            for (boolean max : new boolean[] {false, true}) {
                SparseRows m = new SparseRows();
                m.reset(rows);
                m.reserve(size);
                int k = 0;
                for (int[] row : rowCols) {
                    for (int c : row) {
                        m.push(c, val[k++]);
                    }
                    m.endRow();
                }
                if (max) { // the maxima come from the dividends' pass, which reads the same matrix
                    RowDotProducts.matmulTransposeWithColumnMax(m, new long[columns], columns, new long[rows], byColumn);
                } else {
                    Lanes.addColumnSums(m, columns, byColumn);
                }
                division.divide(m, columns, byColumn);
                long[] expected = max ? chainColMaxUpscale(col, val, columns) : chainColNormalize(col, val, columns);
                long[] actual = java.util.Arrays.copyOf(m.val, size);
                assertArrayEquals(expected, actual, "seed " + seed + ", round " + round + (max ? ", max upscale" : ", normalize"));
                for (long left : byColumn) {
                    assertEquals(0, left, "column scratch must be left zeroed");
                }
            }
        }
    }
}
