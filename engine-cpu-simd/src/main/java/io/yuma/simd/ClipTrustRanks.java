package io.yuma.simd;

import static io.yuma.fixed.I32F32.ZERO;

import java.util.Arrays;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Three consecutive steps of the epoch, row by row over the weights: {@code col_clip_sparse}
 * (each weight clipped to its column's consensus; a weight above a consensus {@code <= 0} is
 * dropped), {@code row_sum_sparse} of the clipped weights (validator trust, wrapping sums) and
 * {@code matmul_sparse} of them with the active stake (ranks: per column, saturating sums over
 * the rows in row order).
 *
 * <p>Each run of a row's entries whose columns ascend one by one below n (a whole row, or the
 * pieces either side of a missing column) is clipped on vector lanes, its weights and their
 * columns' consensus being contiguous; clipping is compares and blends, and trust a wrapping sum
 * (any order), so every value takes the lanes. A dropped weight is written as a zero in its slot,
 * and the row is compacted afterwards. Before that, the row's slots, times the row's stake, are
 * added into the ranks by {@link ScaledRows} (on lanes where it allows), in entry order and row
 * after row, so each rank receives the chain's additions in the chain's order; a dropped weight's
 * zero adds nothing, as its absence would. One instance per workspace: it holds the running trust
 * of a row.
 */
final class ClipTrustRanks {
    private static final VectorSpecies<Long> LONGS = LongVector.SPECIES_PREFERRED;
    /** The wrapping sum of the clipped weights of the row being built. */
    private long rowTrust;
    /** Whether the row being built holds a zero standing for a dropped weight. */
    private boolean rowDropped;

    /**
     * @param weights the row-normalized weights, columns below n
     * @param consensus per-column consensus
     * @param stake per-row active stake
     * @param n the subnet's uids: the ranks' length
     * @param clipped receives the clipped weights
     * @param trust receives each row's sum of clipped weights
     * @param ranks receives the stake-weighted column sums of the clipped weights
     */
    void compute(SparseRows weights, long[] consensus, long[] stake, int n, SparseRows clipped, long[] trust, long[] ranks) {
        Arrays.fill(ranks, 0, n, ZERO);
        clipped.reset(weights.rows);
        clipped.reserve(weights.size);
        for (int i = 0; i < weights.rows; i++) {
            int start = weights.start(i);
            int end = weights.end(i);
            rowTrust = 0;
            rowDropped = false;
            int base = clipped.size;
            int shift = base - start; // the output slot of entry k
            for (int k = start; k < end; ) {
                int runEnd = weights.runEnd(k, end);
                if (runEnd - k >= LONGS.length() && weights.col[runEnd - 1] < n) {
                    laneRun(weights, k, runEnd, consensus, shift, clipped.val);
                } else {
                    scalarEntries(weights, k, runEnd, consensus, shift, clipped.val);
                }
                k = runEnd;
            }
            System.arraycopy(weights.col, start, clipped.col, base, end - start);
            // ranks: a dropped weight's zero adds nothing
            ScaledRows.addScaled(clipped, base, base + end - start, stake[i], n, ranks, null);
            clipped.size = rowDropped ? compact(weights, start, end, consensus, clipped, base) : base + end - start;
            trust[i] = rowTrust;
            clipped.endRow();
        }
    }

    /** Entries {@code from..to}, their columns ascending one by one below n, clipped on lanes into their slots. */
    private void laneRun(SparseRows weights, int from, int to, long[] consensus, int shift, long[] outVal) {
        long[] val = weights.val;
        int offset = weights.col[from] - from; // the column of entry k
        LongVector trustLanes = LongVector.zero(LONGS);
        int k = from;
        for (int bound = from + LONGS.loopBound(to - from); k < bound; k += LONGS.length()) {
            LongVector v = LongVector.fromArray(LONGS, val, k);
            LongVector th = LongVector.fromArray(LONGS, consensus, k + offset);
            VectorMask<Long> clips = th.compare(VectorOperators.LT, v);
            VectorMask<Long> drops = clips.and(th.compare(VectorOperators.LE, ZERO));
            rowDropped |= drops.anyTrue();
            LongVector w = v.blend(th, clips).blend(0L, drops);
            w.intoArray(outVal, k + shift);
            trustLanes = trustLanes.add(w);
        }
        rowTrust += trustLanes.reduceLanes(VectorOperators.ADD);
        scalarEntries(weights, k, to, consensus, shift, outVal);
    }

    /** Entries {@code from..to} clipped by the chain's scalar steps into their slots. */
    private void scalarEntries(SparseRows weights, int from, int to, long[] consensus, int shift, long[] outVal) {
        for (int k = from; k < to; k++) {
            long value = weights.val[k];
            long th = consensus[weights.col[k]];
            long w = ZERO;
            if (dropped(value, th)) {
                rowDropped = true;
            } else {
                w = Math.min(th, value);
                rowTrust += w;
            }
            outVal[k + shift] = w;
        }
    }

    /** Removes the zeros standing for dropped weights from the row built at {@code base}: {@return the new size}. */
    private static int compact(SparseRows weights, int start, int end, long[] consensus, SparseRows clipped, int base) {
        int size = base;
        for (int k = start; k < end; k++) {
            int slot = base + k - start;
            int j = clipped.col[slot];
            if (!dropped(weights.val[k], consensus[j])) {
                clipped.col[size] = j;
                clipped.val[size] = clipped.val[slot];
                size++;
            }
        }
        return size;
    }

    /** {@code col_clip_sparse} drops a weight above a threshold {@code <= 0}. */
    private static boolean dropped(long value, long threshold) {
        return threshold < value && threshold <= ZERO;
    }
}
