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
                val[k] = switch (round % 3 == 0 ? 6 : random.nextInt(6)) {
                    case 0 -> 0;
                    case 1 -> Long.MAX_VALUE - random.nextInt(5); // saturating column sums
                    case 2 -> -random.nextLong(I32F32.ONE);
                    case 6 -> (long) random.nextInt(65536) << 32; // stored u16 bonds: multiples of 2^32
                    default -> random.nextLong(I32F32.ONE + 1);
                };
            }
            boolean allWhole = java.util.Arrays.stream(val).allMatch(v -> (v & 0xFFFF_FFFFL) == 0);
            for (int variant = 0; variant < 8; variant++) {
                boolean max = variant % 2 == 1;
                boolean whole = variant % 4 >= 2; // as the caller declares stored u16 bonds; lanes check it
                boolean elsewhere = variant >= 4; // the quotients into another array, the matrix left as it is
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
                long[] into = elsewhere ? new long[size + 3] : m.val;
                division.divide(m, columns, byColumn, whole, into);
                long[] expected = max ? chainColMaxUpscale(col, val, columns) : chainColNormalize(col, val, columns);
                long[] actual = java.util.Arrays.copyOf(into, size);
                String what = "seed " + seed + ", round " + round + (max ? ", max upscale" : ", normalize")
                        + (whole ? ", whole values" + (allWhole ? "" : " declared for values that are not") : "")
                        + (elsewhere ? ", into another array" : "");
                assertArrayEquals(expected, actual, what);
                if (elsewhere) {
                    assertArrayEquals(val, java.util.Arrays.copyOf(m.val, size), what + ": the matrix is left as it is");
                }
                for (long left : byColumn) {
                    assertEquals(0, left, "column scratch must be left zeroed");
                }
            }
        }
    }

    /**
     * Values declared whole (multiples of 2^32, as stored u16 bonds are) that are not, in columns
     * whose sums are: the lanes must notice the value, not only the sum, and give the chain's
     * quotient.
     */
    @Test
    void columnDivisionOfWholeValuesChecksEachValue() {
        long seed = 0xB0D5L;
        SplittableRandom random = new SplittableRandom(seed);
        long[] byColumn = new long[Lanes.COLUMN_SPACE];
        ColumnDivision division = new ColumnDivision();
        int columns = 32;
        for (int round = 0; round < 50; round++) {
            long[] offsets = random.longs(columns, 0, 1L << 31).toArray();
            long[][] rows = new long[2][columns];
            for (int c = 0; c < columns; c++) { // v + off and v' - off: a whole sum of values that are not
                long offset = c % 5 == 0 ? offsets[c] : 0;
                rows[0][c] = ((long) random.nextInt(1, 65536) << 32) + offset;
                rows[1][c] = ((long) random.nextInt(1, 65536) << 32) - offset;
            }
            assertNormalizesLikeTheChain(division, byColumn, rows, true, "seed " + seed + ", round " + round);
        }
    }

    /**
     * Column normalizations whose quotients lie a hair below or above an integer, where the lane
     * estimate misses by one either way: each column's two entries {@code v} and {@code d - v}
     * with {@code v * 2^32 = -1 or +1 (mod d)} for an odd sum {@code d} up to 2^44.
     */
    @Test
    void columnDivisionsAreExactWhereTheEstimateMisses() {
        long seed = 0xC0D1L;
        SplittableRandom random = new SplittableRandom(seed);
        long[] byColumn = new long[Lanes.COLUMN_SPACE];
        ColumnDivision division = new ColumnDivision();
        int columns = 64;
        for (int round = 0; round < 50; round++) {
            long[] first = new long[columns];
            long[] second = new long[columns];
            for (int c = 0; c < columns; c++) {
                long d = random.nextLong(1L << 36, 1L << 44) | 1;
                long inverse = java.math.BigInteger.ONE.shiftLeft(32).modInverse(java.math.BigInteger.valueOf(d)).longValue();
                first[c] = c % 2 == 0 ? d - inverse : inverse;
                second[c] = d - first[c];
            }
            assertNormalizesLikeTheChain(division, byColumn, new long[][] {first, second}, false,
                    "seed " + seed + ", round " + round);
        }
    }

    /**
     * Column-normalizes dense rows (every column, in order) with {@link Lanes#addColumnSums} and
     * {@link ColumnDivision} and compares the result with the chain's transcription.
     */
    private static void assertNormalizesLikeTheChain(ColumnDivision division, long[] byColumn, long[][] rows,
            boolean wholeValues, String what) {
        int columns = rows[0].length;
        SparseRows m = new SparseRows();
        m.reset(rows.length);
        m.reserve(rows.length * columns);
        for (long[] row : rows) {
            for (int c = 0; c < columns; c++) {
                m.push(c, row[c]);
            }
            m.endRow();
        }
        int[] col = java.util.Arrays.copyOf(m.col, m.size);
        long[] val = java.util.Arrays.copyOf(m.val, m.size);
        Lanes.addColumnSums(m, columns, byColumn);
        division.divide(m, columns, byColumn, wholeValues);
        assertArrayEquals(chainColNormalize(col, val, columns), java.util.Arrays.copyOf(m.val, m.size), what);
    }

    /**
     * The weights' row normalization against the chain's (the row's wrapping sum, then
     * {@code safe_div} of each value when it is positive): random u16 rows, rows of larger
     * multiples of 2^32 whose quotients lie a hair above or below an integer (where the lane
     * estimate misses by one; with u16 values it never does), rows whose sum wraps, and values
     * that are not multiples of 2^32.
     */
    @Test
    void rowNormalizationOfLoadedWeightsIsTheChains() {
        long seed = 0x20E1L;
        SplittableRandom random = new SplittableRandom(seed);
        java.util.List<long[]> rows = new java.util.ArrayList<>();
        for (int r = 0; r < 300; r++) {
            long[] row = new long[random.nextInt(300)];
            for (int t = 0; t < row.length; t++) {
                row[t] = (long) (random.nextInt(8) == 0 ? 65535 : random.nextInt(65536)) << 32;
            }
            rows.add(row);
        }
        for (int r = 0; r < 400; r++) { // w * 2^32 = -1 or +1 (mod W) for an odd total W: quotients a hair off an integer
            long total = random.nextLong(1L << 28, 1L << 31) | 1;
            long inverse = java.math.BigInteger.ONE.shiftLeft(32).modInverse(java.math.BigInteger.valueOf(total)).longValue();
            long w = r % 2 == 0 ? total - inverse : inverse; // beyond a u16: the lanes hold any multiple of 2^32
            long[] row = new long[8]; // whole vectors: w and the rest of the total in seven parts
            long rest = total - w;
            for (int t = 1; t < 7; t++) {
                long part = random.nextLong(rest / 4 + 1);
                row[t] = part << 32;
                rest -= part;
            }
            row[7] = rest << 32;
            row[0] = w << 32;
            rows.add(row);
        }
        long[] wrapping = new long[70_000]; // a total above 2^32: the sum wraps to a positive one
        java.util.Arrays.fill(wrapping, 65535L << 32);
        rows.add(wrapping);
        rows.add(java.util.Arrays.copyOf(wrapping, 40_000)); // a total in [2^31, 2^32): the sum is negative
        long[] unaligned = new long[97];
        for (int t = 0; t < unaligned.length; t++) {
            unaligned[t] = random.nextLong(1L << 48);
        }
        rows.add(unaligned);
        SparseRows m = new SparseRows();
        m.reset(rows.size());
        for (long[] row : rows) {
            m.reserve(row.length);
            for (int t = 0; t < row.length; t++) {
                m.push(t % 1000, row[t]);
            }
            m.endRow();
        }
        Lanes.rowNormalizeWeights(m);
        for (int i = 0; i < rows.size(); i++) {
            long[] row = rows.get(i);
            long sum = 0;
            for (long v : row) {
                sum += v;
            }
            for (int t = 0; t < row.length; t++) {
                long expected = sum > 0 ? I32F32.safeDiv(row[t], sum) : row[t];
                assertEquals(expected, m.val[m.start(i) + t], "seed " + seed + ", row " + i + ", entry " + t + ", sum " + sum);
            }
        }
    }

    /**
     * The column sums on lanes against the chain's loop (saturating additions in storage order),
     * on rows of every shape with values of both signs that saturate either way, and columns
     * beyond those summed.
     */
    @Test
    void columnSumsMatchTheSaturatingLoop() {
        long seed = 0x5A75;
        SplittableRandom random = new SplittableRandom(seed);
        for (int round = 0; round < 300; round++) {
            int n = random.nextInt(2, 40);
            SparseRows m = TestRows.random(random, random.nextInt(1, 12), n, round % 2 == 0);
            for (int k = 0; k < m.size; k++) {
                m.val[k] = switch (random.nextInt(6)) {
                    case 0 -> Long.MAX_VALUE / 2 + random.nextLong(1L << 40); // saturates upward
                    case 1 -> Long.MIN_VALUE / 2 - random.nextLong(1L << 40); // and downward
                    default -> m.val[k];
                };
            }
            int columns = random.nextInt(1, n + 2);
            long[] expected = new long[Lanes.COLUMN_SPACE];
            for (int k = 0; k < m.size; k++) {
                if (m.col[k] < columns) {
                    expected[m.col[k]] = I32F32.saturatingAdd(expected[m.col[k]], m.val[k]);
                }
            }
            long[] sums = new long[Lanes.COLUMN_SPACE];
            Lanes.addColumnSums(m, columns, sums);
            assertArrayEquals(expected, sums, "seed " + seed + ", round " + round);
        }
    }
}
