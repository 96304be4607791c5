package io.yuma.simd;

import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Yuma3's bonds EMA with liquid alpha: {@code compute_liquid_alpha_values_sparse} followed by
 * {@code mat_ema_alpha_sparse}, with alphas computed only at the columns the EMA reads. The
 * chain's peeking merge gives column j the value of an entry only when that entry's column
 * exceeds every earlier column in its row (rows are assumed sorted; unsorted rows lose the entries
 * that break the order), so each row's effective weights and bonds are those running-maximum
 * entries. A row whose weights and bonds are both strictly ascending (the usual case: every entry
 * then counts) takes vector lanes ({@link SortedRowEma}); any other row the stamped dense rows of
 * {@link RunningMaximaEma}.
 */
final class LiquidAlphaEma {
    private static final VectorSpecies<Integer> INTS = IntVector.SPECIES_PREFERRED;
    private final SortedRowEma sorted;
    private final RunningMaximaEma unsorted;

    /** @param w the workspace holding the scratch rows and the subnet's {@link LiquidAlpha} */
    LiquidAlphaEma(Workspace w) {
        this.sorted = new SortedRowEma(w);
        this.unsorted = new RunningMaximaEma(w);
    }

    /**
     * The EMA bonds of every row; call {@link LiquidAlpha#begin} for the subnet first.
     *
     * @param newRows this epoch's weights for bonds
     * @param oldRows the stored bonds
     * @param consensus the consensus per column
     * @param n the subnet's uids
     * @param out the EMA bonds
     */
    void matEmaLiquidAlpha(SparseRows newRows, SparseRows oldRows, long[] consensus, int n, SparseRows out) {
        out.reset(n);
        for (int i = 0; i < n; i++) {
            if (newRows.start(i) == newRows.end(i)) {
                out.endRow(); // only entries of the new row are emitted
            } else if (strictlyAscending(newRows, i) && strictlyAscending(oldRows, i)) {
                sorted.row(newRows, oldRows, i, n, consensus, out);
            } else {
                unsorted.row(newRows, oldRows, i, n, consensus, out);
            }
        }
    }

    /** Whether row's columns strictly ascend, compared a vector of neighbours at a time. */
    private static boolean strictlyAscending(SparseRows m, int row) {
        int[] col = m.col;
        int k = m.start(row) + 1;
        int end = m.end(row);
        for (int bound = k + INTS.loopBound(Math.max(0, end - k)); k < bound; k += INTS.length()) {
            IntVector next = IntVector.fromArray(INTS, col, k);
            if (next.compare(VectorOperators.LE, IntVector.fromArray(INTS, col, k - 1)).anyTrue()) {
                return false;
            }
        }
        for (; k < end; k++) {
            if (col[k] <= col[k - 1]) {
                return false;
            }
        }
        return true;
    }
}
