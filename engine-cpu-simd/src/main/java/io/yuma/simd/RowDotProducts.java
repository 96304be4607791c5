package io.yuma.simd;

import static io.yuma.fixed.I32F32.ONE;
import static io.yuma.fixed.I32F32.ZERO;
import static io.yuma.fixed.I32F32.saturatingAdd;
import static io.yuma.fixed.I32F32.saturatingMul;

import static io.yuma.simd.LaneConversions.LOW_MASK;

import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Each row's sum of {@code m_ij * vector_j} over its entries below n: the dividends' products,
 * {@code row_sum_sparse(mat_vec_mul_sparse(m, v))} (Yuma3, wrapping sums) and
 * {@code matmul_transpose_sparse} (original Yuma, saturating sums, with the column maxima of the
 * max-upscale that reads the same matrix next).
 *
 * <p>When every value and factor a row reads lies in [0, 1] (normalized bonds and incentive: the
 * usual case), each product {@code floor(x * v / 2^32)} is in [0, 2^32] and is computed on lanes
 * for each run of entries whose columns ascend one by one (no gathers), as
 * {@code ((x mod 2^32) * v) >>> 32} (below 2^64 as an unsigned product) plus {@code v} where
 * {@code x = 2^32}. Non-negative terms below 2^32, fewer than 2^31 of them, never reach the
 * saturation bound and never wrap, so their plain sum in any order is both the wrapping and the
 * saturating sum; a maximum does not depend on order either. A row reading anything outside
 * [0, 1] is recomputed by the chain's scalar loop, in entry order.
 */
final class RowDotProducts {
    private static final VectorSpecies<Long> LONGS = LongVector.SPECIES_PREFERRED;

    private RowDotProducts() {
    }

    /**
     * {@code row_sum_sparse(mat_vec_mul_sparse(m, vector))}: each row's wrapping sum of
     * {@code m_ij * vector_j} (the products the chain drops as zero add nothing).
     *
     * @param m the matrix's rows and columns
     * @param values the matrix's values, at each entry's index ({@code m.val}, or another array
     *     laid out as it is)
     * @param vector per-column factors; columns at or beyond n are skipped
     * @param n the subnet's uids
     * @param out each row's sum
     */
    static void rowSumOfMatVecMul(SparseRows m, long[] values, long[] vector, int n, long[] out) {
        for (int i = 0; i < n; i++) {
            long sum = unitRangeDot(m, values, i, vector, n, null);
            if (sum < 0) {
                sum = 0;
                for (int k = m.start(i); k < m.end(i); k++) {
                    int j = m.col[k];
                    if (j < n) {
                        sum += saturatingMul(values[k], vector[j]);
                    }
                }
            }
            out[i] = sum;
        }
    }

    /**
     * {@code matmul_transpose_sparse}: {@code out_i = SUM(j) vector_j * m_ij}, saturating; in the
     * same pass each column's maximum for {@code inplace_col_max_upscale_sparse(m, n)} (the
     * larger of 0 and the column's entries, columns below n), which reads the same matrix next.
     *
     * @param m the matrix
     * @param vector per-column factors; columns at or beyond n count as 0
     * @param n the vector's length
     * @param out the product, one per row
     * @param columnMax receives the maxima; zero on entry
     */
    static void matmulTransposeWithColumnMax(SparseRows m, long[] vector, int n, long[] out, long[] columnMax) {
        for (int i = 0; i < m.rows; i++) {
            long sum = unitRangeDot(m, m.val, i, vector, n, columnMax);
            if (sum < 0) {
                sum = ZERO;
                for (int k = m.start(i); k < m.end(i); k++) {
                    int j = m.col[k];
                    long value = m.val[k];
                    sum = saturatingAdd(sum, saturatingMul(j < n ? vector[j] : ZERO, value));
                    if (j < n && columnMax[j] < value) {
                        columnMax[j] = value;
                    }
                }
            }
            out[i] = sum;
        }
    }

    /**
     * Row i's sum of products over its entries below n (values {@code val} at the entries' indices), and their column maxima when
     * {@code columnMax} is given; {@return -1 when a value or factor lies outside [0, 1]}
     * (the maxima raised so far are then still true maxima of the row's entries).
     */
    private static long unitRangeDot(SparseRows m, long[] val, int row, long[] vector, int n, long[] columnMax) {
        long sum = 0;
        LongVector sums = LongVector.zero(LONGS);
        int end = m.end(row);
        for (int k = m.start(row); k < end; ) {
            int runEnd = m.runEnd(k, end);
            if (runEnd - k >= LONGS.length() && m.col[runEnd - 1] < n) {
                int offset = m.col[k] - k; // the column of entry t
                for (int bound = k + LONGS.loopBound(runEnd - k); k < bound; k += LONGS.length()) {
                    LongVector v = LongVector.fromArray(LONGS, val, k);
                    LongVector x = LongVector.fromArray(LONGS, vector, k + offset);
                    if (v.or(v.neg().add(ONE)).or(x).or(x.neg().add(ONE)).compare(VectorOperators.LT, 0L).anyTrue()) {
                        return -1;
                    }
                    sums = sums.add(x.and(LOW_MASK).mul(v).lanewise(VectorOperators.LSHR, 32)
                            .add(v.and(x.lanewise(VectorOperators.LSHR, 32).neg())));
                    if (columnMax != null) {
                        LongVector max = LongVector.fromArray(LONGS, columnMax, k + offset);
                        max.blend(v, max.compare(VectorOperators.LT, v)).intoArray(columnMax, k + offset);
                    }
                }
            }
            for (; k < runEnd; k++) {
                int j = m.col[k];
                long value = val[k];
                if (j >= n) {
                    continue;
                }
                if (!inUnitRange(value) || !inUnitRange(vector[j])) {
                    return -1;
                }
                sum += saturatingMul(vector[j], value);
                if (columnMax != null && columnMax[j] < value) {
                    columnMax[j] = value;
                }
            }
        }
        return sum + sums.reduceLanes(VectorOperators.ADD);
    }

    private static boolean inUnitRange(long v) {
        return v >= ZERO && v <= ONE;
    }
}
