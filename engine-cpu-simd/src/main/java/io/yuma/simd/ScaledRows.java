package io.yuma.simd;

import static io.yuma.fixed.I32F32.ONE;
import static io.yuma.fixed.I32F32.saturatingAdd;
import static io.yuma.fixed.I32F32.saturatingMul;

import static io.yuma.simd.LaneConversions.LOW_MASK;

import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * A row scaled by one factor and added into per-column accumulators, the inner step of
 * {@code mat_ema_sparse} (each row of new and old bonds times alpha or 1 - alpha, added by
 * column), of {@code row_hadamard_sparse} with its column sums and of {@code matmul_sparse} (the
 * ranks, {@link ClipTrustRanks}): for each entry below n, in entry order, {@code acc[j] = saturating_add(acc[j], saturating_mul(factor, v))}.
 *
 * <p>With a factor in [0, 1], each run of entries whose columns ascend one by one below n (a whole
 * row, or the pieces either side of a missing column) runs on vector lanes: each column appears
 * once in it, so its additions are independent, and a chunk of values in [0, 1] has products
 * {@code floor(factor * v / 2^32)}, below 2^64 as unsigned products ({@code v} itself when the
 * factor is exactly 1), which are non-negative: their saturating addition overflows only upward,
 * to the maximum. A chunk with a value outside [0, 1], and every other entry, takes the chain's
 * scalar operations.
 */
final class ScaledRows {
    private static final VectorSpecies<Long> LONGS = LongVector.SPECIES_PREFERRED;

    private ScaledRows() {
    }

    /**
     * Adds row {@code row} of {@code m} times {@code factor} into {@code acc}.
     *
     * @param m the matrix
     * @param row the row
     * @param factor the I32F32 factor
     * @param n entries at or beyond this column are not added
     * @param acc the per-column accumulators
     * @param products where each entry's product is stored at the entry's index (every entry,
     *     whatever its column), or null
     */
    static void addScaledRow(SparseRows m, int row, long factor, int n, long[] acc, long[] products) {
        addScaled(m, m.start(row), m.end(row), factor, n, acc, products);
    }

    /**
     * Adds entries {@code from..to} of {@code m} (one row or part of one: no column repeats out of
     * order matter, additions happen in entry order) times {@code factor} into {@code acc}.
     *
     * @param m the matrix
     * @param from the first entry
     * @param to one past the last entry
     * @param factor the I32F32 factor
     * @param n entries at or beyond this column are not added
     * @param acc the per-column accumulators
     * @param products where each entry's product is stored at the entry's index, or null
     */
    static void addScaled(SparseRows m, int from, int to, long factor, int n, long[] acc, long[] products) {
        boolean unitFactor = factor >= 0 && factor <= ONE;
        for (int k = from; k < to; ) {
            int runEnd = m.runEnd(k, to);
            if (unitFactor && runEnd - k >= LONGS.length() && m.col[runEnd - 1] < n) {
                laneRun(m, k, runEnd, factor, acc, products);
            } else {
                scalarEntries(m, k, runEnd, factor, n, acc, products);
            }
            k = runEnd;
        }
    }

    private static void laneRun(SparseRows m, int from, int to, long factor, long[] acc, long[] products) {
        long[] val = m.val;
        int offset = m.col[from] - from; // the column of entry k
        int k = from;
        for (int bound = from + LONGS.loopBound(to - from); k < bound; k += LONGS.length()) {
            LongVector v = LongVector.fromArray(LONGS, val, k);
            if (v.or(v.neg().add(ONE)).compare(VectorOperators.LT, 0L).anyTrue()) { // a value outside [0, 1]
                scalarEntries(m, k, k + LONGS.length(), factor, Integer.MAX_VALUE, acc, products);
                continue;
            }
            LongVector product = factor == ONE ? v : v.mul(factor & LOW_MASK).lanewise(VectorOperators.LSHR, 32);
            if (products != null) {
                product.intoArray(products, k);
            }
            LongVector sum0 = LongVector.fromArray(LONGS, acc, k + offset);
            LongVector sum = sum0.add(product); // a non-negative addend wraps only past the maximum
            sum.blend(Long.MAX_VALUE, sum.compare(VectorOperators.LT, sum0)).intoArray(acc, k + offset);
        }
        scalarEntries(m, k, to, factor, Integer.MAX_VALUE, acc, products);
    }

    private static void scalarEntries(SparseRows m, int from, int to, long factor, int n, long[] acc, long[] products) {
        for (int k = from; k < to; k++) {
            long product = saturatingMul(factor, m.val[k]);
            if (products != null) {
                products[k] = product;
            }
            int j = m.col[k];
            if (j < n) {
                acc[j] = saturatingAdd(acc[j], product);
            }
        }
    }
}
