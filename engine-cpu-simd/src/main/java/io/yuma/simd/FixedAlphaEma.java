package io.yuma.simd;

import static io.yuma.fixed.I32F32.ONE;
import static io.yuma.fixed.I32F32.ZERO;
import static io.yuma.fixed.I32F32.saturatingAdd;
import static io.yuma.fixed.I32F32.saturatingSub;

import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@code mat_ema_sparse}, the bonds EMA with one alpha for every entry: original Yuma's
 * ({@code compute_ema_bonds_normal_sparse}) and Yuma3's without liquid alpha
 * ({@code compute_disabled_liquid_alpha}). Each row's new and old entries are scaled into dense
 * per-column accumulators ({@link ScaledRows}, on lanes where the row allows), which are then
 * emitted on lanes.
 */
final class FixedAlphaEma {
    private static final VectorSpecies<Long> LONGS = LongVector.SPECIES_PREFERRED;

    private FixedAlphaEma() {
    }

    /**
     * {@code alpha * new + (1 - alpha) * old}, accumulated densely over n columns per row,
     * positive entries kept in ascending column order.
     *
     * @param newRows this epoch's weights for bonds
     * @param oldRows the stored bonds
     * @param n the subnet's uids
     * @param alpha the I32F32 alpha
     * @param acc per-column scratch of at least n entries, zero on entry and left zero
     * @param columnSums receives the column sums of the result ({@link Lanes#addColumnSums}),
     *     for its column normalization; zero on entry
     * @param out the EMA bonds
     */
    static void matEmaSparse(SparseRows newRows, SparseRows oldRows, int n, long alpha, long[] acc, long[] columnSums,
            SparseRows out) {
        long oneMinusAlpha = saturatingSub(ONE, alpha);
        out.reset(n);
        for (int i = 0; i < n; i++) {
            if (newRows.start(i) == newRows.end(i) && oldRows.start(i) == oldRows.end(i)) {
                out.endRow();
                continue;
            }
            ScaledRows.addScaledRow(newRows, i, alpha, n, acc, null);
            ScaledRows.addScaledRow(oldRows, i, oneMinusAlpha, n, acc, null);
            out.reserve(n);
            out.size = emitPositive(acc, n, columnSums, out.col, out.val, out.size);
            out.endRow();
        }
    }

    /**
     * Appends the positive accumulators as entries, in column order, adds them to their column
     * sums (a positive addend overflows only upward, to the maximum), and zeroes the
     * accumulators: on lanes, with the scalar steps for the tail. {@return the new size}
     */
    private static int emitPositive(long[] acc, int n, long[] columnSums, int[] outCol, long[] outVal, int size) {
        LongVector zero = LongVector.zero(LONGS);
        int j = 0;
        for (int bound = LONGS.loopBound(n); j < bound; j += LONGS.length()) {
            LongVector value = LongVector.fromArray(LONGS, acc, j);
            zero.intoArray(acc, j);
            VectorMask<Long> positive = value.compare(VectorOperators.GT, 0L);
            LongVector sum0 = LongVector.fromArray(LONGS, columnSums, j);
            LongVector sum = sum0.add(value);
            sum0.blend(sum.blend(Long.MAX_VALUE, sum.compare(VectorOperators.LT, sum0)), positive).intoArray(columnSums, j);
            int base = size;
            value.intoArray(outVal, base);
            if (positive.allTrue()) {
                for (int t = 0; t < LONGS.length(); t++) {
                    outCol[base + t] = j + t;
                }
                size += LONGS.length();
            } else {
                for (int t = 0; t < LONGS.length(); t++) { // compact left: each slot is read before any write reaches it
                    long v = outVal[base + t];
                    outCol[size] = j + t;
                    outVal[size] = v;
                    size += v > ZERO ? 1 : 0;
                }
            }
        }
        for (; j < n; j++) {
            long value = acc[j];
            acc[j] = ZERO;
            outCol[size] = j;
            outVal[size] = value;
            if (value > ZERO) {
                columnSums[j] = saturatingAdd(columnSums[j], value);
                size++;
            }
        }
        return size;
    }
}
