package io.yuma.simd;

import static io.yuma.fixed.I32F32.ONE;
import static io.yuma.fixed.I32F32.ZERO;
import static io.yuma.fixed.I32F32.saturatingAdd;
import static io.yuma.fixed.I32F32.saturatingMul;
import static io.yuma.fixed.I32F32.saturatingSub;

/**
 * One row of the liquid-alpha EMA ({@link LiquidAlphaEma}) when its weights and bonds are both
 * strictly ascending: then every entry is one the chain's peeking merge reads, and one merge walk
 * over the two rows gives the columns, their weights and bonds, and later the decayed bonds,
 * with none of the dense scratch rows of {@link RunningMaximaEma}.
 */
final class SortedRowEma {
    private final Workspace w;

    /** @param w the workspace holding the needed-column scratch and the subnet's {@link LiquidAlpha} */
    SortedRowEma(Workspace w) {
        this.w = w;
    }

    /**
     * Appends row i of the EMA bonds to {@code out}.
     *
     * @param newRows this epoch's weights for bonds, row i strictly ascending and not empty
     * @param oldRows the stored bonds, row i strictly ascending
     * @param i the row
     * @param n the subnet's uids
     * @param consensus the consensus per column
     * @param out the EMA bonds, rows before i built
     */
    void row(SparseRows newRows, SparseRows oldRows, int i, int n, long[] consensus, SparseRows out) {
        int[] column = w.neededColumn;
        long[] diff = w.neededDiff;
        int needed = 0;
        int a = newRows.start(i);
        int b = oldRows.start(i);
        int newEnd = newRows.end(i);
        int oldEnd = oldRows.end(i);
        while (a < newEnd || b < oldEnd) {
            int ja = a < newEnd ? newRows.col[a] : Integer.MAX_VALUE;
            int jb = b < oldEnd ? oldRows.col[b] : Integer.MAX_VALUE;
            int j = Math.min(ja, jb);
            if (j >= n) {
                break; // ascending: everything further is at or beyond n too
            }
            long weight = ja == j ? newRows.val[a++] : ZERO;
            long bond = jb == j ? oldRows.val[b++] : ZERO;
            column[needed] = j;
            diff[needed] = LiquidAlpha.combinedDiff(consensus[j], weight, bond);
            needed++;
        }
        w.liquidAlpha.resolve(diff, needed, w.missIndex, w.neededAlpha);
        long[] alpha = w.neededAlpha;
        out.reserve(newEnd - newRows.start(i));
        int t = 0;
        b = oldRows.start(i);
        for (int k = newRows.start(i); k < newEnd; k++) {
            int j = newRows.col[k];
            if (j >= n) {
                break;
            }
            while (column[t] != j) {
                t++;
            }
            while (b < oldEnd && oldRows.col[b] < j) {
                b++;
            }
            long decayed = b < oldEnd && oldRows.col[b] == j
                    ? saturatingMul(saturatingSub(ONE, alpha[t]), oldRows.val[b]) : ZERO;
            long increment = Math.max(saturatingMul(alpha[t], newRows.val[k]), ZERO);
            long value = Math.min(saturatingAdd(decayed, increment), ONE);
            if (value > ZERO) {
                out.push(j, value);
            }
        }
        out.endRow();
    }
}
