package io.yuma.simd;

import static io.yuma.fixed.I32F32.ONE;
import static io.yuma.fixed.I32F32.ZERO;
import static io.yuma.fixed.I32F32.saturatingAdd;
import static io.yuma.fixed.I32F32.saturatingMul;

import static io.yuma.simd.LaneConversions.LOW_MASK;

import java.util.Arrays;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Three consecutive steps of the epoch in one pass over the weights: {@code col_clip_sparse}
 * (each weight clipped to its column's consensus; a weight above a consensus {@code <= 0} is
 * dropped), {@code row_sum_sparse} of the clipped weights (validator trust, wrapping sums) and
 * {@code matmul_sparse} of them with the active stake (ranks: per column, saturating sums over
 * the rows in row order).
 *
 * <p>Rows are visited in order, and a row's entries in order, so each rank receives its additions
 * in the chain's order. In a row with a stake in [0, 1], each run of entries whose columns ascend
 * one by one below n (a whole row, or the pieces either side of a missing column) runs on vector
 * lanes: its weights and their columns' consensus are contiguous, and each column appears once in
 * it, so its additions to different ranks are independent. A dropped weight adds nothing anywhere, the
 * same as adding a zero (a saturating sum of 0 changes nothing), so the lanes add zeros for it and
 * the row is compacted afterwards. A chunk of lanes with a weight outside [0, 1] takes the scalar
 * steps; inside, a clipped weight is in [0, 1] too, and its product with the stake is
 * {@code floor(stake * w / 2^32)}, below 2^64 as an unsigned product ({@code w} itself when the
 * stake is exactly 1). The saturating addition of a non-negative product overflows only upward,
 * to the maximum. Other entries and rows take the chain's scalar steps. One instance per
 * workspace: it holds the running trust of a row.
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
            long scale = stake[i];
            rowTrust = 0;
            rowDropped = false;
            int base = clipped.size;
            int shift = base - start; // the output slot of entry k
            for (int k = start; k < end; ) {
                int runEnd = weights.runEnd(k, end);
                if (runEnd - k >= LONGS.length() && weights.col[runEnd - 1] < n && scale >= ZERO && scale <= ONE) {
                    laneRun(weights, k, runEnd, consensus, scale, shift, clipped.val, ranks);
                } else {
                    scalarEntries(weights, k, runEnd, consensus, scale, n, shift, clipped.val, ranks);
                }
                k = runEnd;
            }
            System.arraycopy(weights.col, start, clipped.col, base, end - start);
            clipped.size = rowDropped ? compact(weights, start, end, consensus, clipped, base) : base + end - start;
            trust[i] = rowTrust;
            clipped.endRow();
        }
    }

    /** Entries {@code from..to}, their columns ascending one by one below n, on lanes, in their slots. */
    private void laneRun(SparseRows weights, int from, int to, long[] consensus, long scale, int shift, long[] outVal,
            long[] ranks) {
        long[] val = weights.val;
        int offset = weights.col[from] - from; // the column of entry k
        LongVector trustLanes = LongVector.zero(LONGS);
        int k = from;
        for (int bound = from + LONGS.loopBound(to - from); k < bound; k += LONGS.length()) {
            LongVector v = LongVector.fromArray(LONGS, val, k);
            if (v.or(v.neg().add(ONE)).compare(VectorOperators.LT, 0L).anyTrue()) { // a weight outside [0, 1]
                scalarEntries(weights, k, k + LONGS.length(), consensus, scale, Integer.MAX_VALUE, shift, outVal, ranks);
                continue;
            }
            LongVector th = LongVector.fromArray(LONGS, consensus, k + offset);
            VectorMask<Long> clips = th.compare(VectorOperators.LT, v);
            VectorMask<Long> drops = clips.and(th.compare(VectorOperators.LE, ZERO));
            rowDropped |= drops.anyTrue();
            LongVector w = v.blend(th, clips).blend(0L, drops);
            w.intoArray(outVal, k + shift);
            trustLanes = trustLanes.add(w);
            LongVector product = scale == ONE ? w : w.mul(scale & LOW_MASK).lanewise(VectorOperators.LSHR, 32);
            LongVector rank = LongVector.fromArray(LONGS, ranks, k + offset);
            LongVector sum = rank.add(product);
            VectorMask<Long> overflows = rank.lanewise(VectorOperators.XOR, sum)
                    .and(product.lanewise(VectorOperators.XOR, sum)).compare(VectorOperators.LT, 0L);
            sum.blend(Long.MAX_VALUE, overflows).intoArray(ranks, k + offset);
        }
        rowTrust += trustLanes.reduceLanes(VectorOperators.ADD);
        scalarEntries(weights, k, to, consensus, scale, Integer.MAX_VALUE, shift, outVal, ranks);
    }

    /** Entries {@code from..to} by the chain's scalar steps, in their slots; ranks only below n. */
    private void scalarEntries(SparseRows weights, int from, int to, long[] consensus, long scale, int n, int shift,
            long[] outVal, long[] ranks) {
        for (int k = from; k < to; k++) {
            int j = weights.col[k];
            long value = weights.val[k];
            long th = consensus[j];
            long w = ZERO;
            if (dropped(value, th)) {
                rowDropped = true;
            } else {
                w = Math.min(th, value);
                rowTrust += w;
                if (j < n) {
                    ranks[j] = saturatingAdd(ranks[j], saturatingMul(scale, w));
                }
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
