package io.yuma.simd;

import static io.yuma.fixed.I32F32.ONE;
import static io.yuma.fixed.I32F32.ZERO;
import static io.yuma.fixed.I32F32.saturatingAdd;
import static io.yuma.fixed.I32F32.saturatingMul;
import static io.yuma.fixed.I32F32.saturatingSub;

/**
 * One row of the liquid-alpha EMA ({@link LiquidAlphaEma}) for rows in any order: the entries
 * the chain's peeking merge reads (each row's running-maximum columns) are marked in stamped
 * dense rows, alphas are resolved at the columns the EMA reads, and the new row's entries are
 * emitted in their stored order.
 */
final class RunningMaximaEma {
    private final Workspace w;

    /** @param w the workspace holding the dense rows, the needed-column scratch and the subnet's {@link LiquidAlpha} */
    RunningMaximaEma(Workspace w) {
        this.w = w;
    }

    /**
     * Appends row i of the EMA bonds to {@code out}.
     *
     * @param newRows this epoch's weights for bonds, row i not empty
     * @param oldRows the stored bonds
     * @param i the row
     * @param n the subnet's uids
     * @param consensus the consensus per column
     * @param out the EMA bonds, rows before i built
     */
    void row(SparseRows newRows, SparseRows oldRows, int i, int n, long[] consensus, SparseRows out) {
        DenseRow weightAt = w.rowA;
        DenseRow bondAt = w.rowB;
        DenseRow decayed = w.rowC;
        DenseRow alphaAt = w.rowD;
        weightAt.clear(n);
        bondAt.clear(n);
        decayed.clear(n);
        alphaAt.clear(n);
        markRunningMaxima(newRows, i, n, weightAt);
        markRunningMaxima(oldRows, i, n, bondAt);
        rowAlphas(newRows, oldRows, i, n, consensus, weightAt, bondAt, alphaAt);
        decayOldBonds(oldRows, i, n, alphaAt, decayed);
        emit(newRows, i, n, alphaAt, decayed, out);
    }

    private static void markRunningMaxima(SparseRows m, int row, int n, DenseRow dense) {
        int runningMax = -1;
        for (int k = m.start(row); k < m.end(row); k++) {
            int j = m.col[k];
            if (j > runningMax) {
                if (j < n) {
                    dense.set(j, m.val[k]);
                }
                runningMax = j;
            }
        }
    }

    /**
     * Fills {@code alphaAt} at every column row i's EMA reads: the combined differences of those
     * columns are looked up in the subnet's memo and the misses evaluated together.
     */
    private void rowAlphas(SparseRows newRows, SparseRows oldRows, int i, int n, long[] consensus, DenseRow weightAt,
            DenseRow bondAt, DenseRow alphaAt) {
        int needed = collectNeeded(oldRows, i, n, consensus, weightAt, bondAt, 0, alphaAt);
        needed = collectNeeded(newRows, i, n, consensus, weightAt, bondAt, needed, alphaAt);
        w.liquidAlpha.resolve(w.neededDiff, needed, w.missIndex, w.neededAlpha);
        for (int t = 0; t < needed; t++) {
            alphaAt.set(w.neededColumn[t], w.neededAlpha[t]);
        }
    }

    /** Appends the not-yet-seen columns below n of row i and their combined differences. */
    private int collectNeeded(SparseRows m, int i, int n, long[] consensus, DenseRow weightAt, DenseRow bondAt,
            int needed, DenseRow seen) {
        for (int k = m.start(i); k < m.end(i); k++) {
            int j = m.col[k];
            if (j < n && !seen.has(j)) {
                seen.set(j, LiquidAlpha.MISSING);
                w.neededColumn[needed] = j;
                w.neededDiff[needed] = LiquidAlpha.combinedDiff(consensus[j], weightAt.get(j), bondAt.get(j));
                needed++;
            }
        }
        return needed;
    }

    /** {@code (1 - alpha_j) * old_ij} for row i's old entries; a repeated column keeps its last. */
    private static void decayOldBonds(SparseRows oldRows, int i, int n, DenseRow alphaAt, DenseRow decayed) {
        for (int k = oldRows.start(i); k < oldRows.end(i); k++) {
            int j = oldRows.col[k];
            if (j < n) {
                decayed.set(j, saturatingMul(saturatingSub(ONE, alphaAt.get(j)), oldRows.val[k]));
            }
        }
    }

    /** Row i of the EMA: per new entry, in its order, decayed plus {@code max(alpha * new, 0)}, capped at 1, kept when positive. */
    private static void emit(SparseRows newRows, int i, int n, DenseRow alphaAt, DenseRow decayed, SparseRows out) {
        out.reserve(newRows.end(i) - newRows.start(i));
        for (int k = newRows.start(i); k < newRows.end(i); k++) {
            int j = newRows.col[k];
            if (j < n) {
                long increment = Math.max(saturatingMul(alphaAt.get(j), newRows.val[k]), ZERO);
                long value = Math.min(saturatingAdd(decayed.get(j), increment), ONE);
                if (value > ZERO) {
                    out.push(j, value);
                }
            }
        }
        out.endRow();
    }
}
