package io.yuma.simd;

import static io.yuma.fixed.I32F32.ONE;
import static io.yuma.fixed.I32F32.ZERO;
import static io.yuma.fixed.I32F32.saturatingAdd;
import static io.yuma.fixed.I32F32.saturatingMul;
import static io.yuma.fixed.I32F32.saturatingSub;

/**
 * {@code mat_ema_sparse}, the bonds EMA with one alpha for every entry: original Yuma's
 * ({@code compute_ema_bonds_normal_sparse}) and Yuma3's without liquid alpha
 * ({@code compute_disabled_liquid_alpha}).
 */
final class FixedAlphaEma {
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
            accumulate(newRows, i, alpha, n, acc);
            accumulate(oldRows, i, oneMinusAlpha, n, acc);
            out.reserve(n);
            int[] outCol = out.col;
            long[] outVal = out.val;
            int size = out.size;
            for (int j = 0; j < n; j++) {
                long value = acc[j];
                acc[j] = ZERO;
                outCol[size] = j;
                outVal[size] = value;
                if (value > ZERO) {
                    columnSums[j] = saturatingAdd(columnSums[j], value);
                    size++;
                }
            }
            out.size = size;
            out.endRow();
        }
    }

    private static void accumulate(SparseRows m, int row, long factor, int n, long[] acc) {
        for (int k = m.start(row); k < m.end(row); k++) {
            int j = m.col[k];
            if (j < n) {
                acc[j] = saturatingAdd(acc[j], saturatingMul(factor, m.val[k]));
            }
        }
    }
}
