package io.yuma.simd;

import static io.yuma.fixed.I32F32.ZERO;
import static io.yuma.simd.LaneConversions.INTS_OF_LONGS;

import java.util.Arrays;
import jdk.incubator.vector.IntVector;
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
 * (any order), so every value takes the lanes. The clipped row is written compacted as it goes:
 * a vector without a dropped weight is stored whole at the row's output cursor with its columns,
 * and a vector holding one (a column whose consensus is 0: about half the rows of the benchmark
 * input have one) takes the scalar steps, which keep only the surviving entries. The compacted
 * row, times the row's stake, is then added into the ranks by {@link ScaledRows} (on lanes where
 * it allows), in entry order and row after row, so each rank receives the chain's additions in
 * the chain's order (a dropped weight adds nothing, as its absence from the chain's row does).
 * One instance per workspace: it holds the running trust of a row.
 */
final class ClipTrustRanks {
    private static final VectorSpecies<Long> LONGS = LongVector.SPECIES_PREFERRED;
    /** The wrapping sum of the clipped weights of the row being built. */
    private long rowTrust;

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
            int base = clipped.size;
            int out = base;
            for (int k = start; k < end; ) {
                int runEnd = weights.runEnd(k, end);
                out = runEnd - k >= LONGS.length() && weights.col[runEnd - 1] < n
                        ? laneRun(weights, k, runEnd, consensus, clipped, out)
                        : scalarEntries(weights, k, runEnd, consensus, clipped, out);
                k = runEnd;
            }
            ScaledRows.addScaled(clipped, base, out, stake[i], n, ranks, null);
            clipped.size = out;
            trust[i] = rowTrust;
            clipped.endRow();
        }
    }

    /**
     * Entries {@code from..to}, their columns ascending one by one below n, clipped on lanes to
     * the clipped row's cursor {@code out}: {@return the cursor after them}
     */
    private int laneRun(SparseRows weights, int from, int to, long[] consensus, SparseRows clipped, int out) {
        long[] val = weights.val;
        int offset = weights.col[from] - from; // the column of entry k
        LongVector trustLanes = LongVector.zero(LONGS);
        int k = from;
        for (int bound = from + LONGS.loopBound(to - from); k < bound; k += LONGS.length()) {
            LongVector v = LongVector.fromArray(LONGS, val, k);
            LongVector th = LongVector.fromArray(LONGS, consensus, k + offset);
            VectorMask<Long> clips = th.compare(VectorOperators.LT, v);
            if (clips.and(th.compare(VectorOperators.LE, ZERO)).anyTrue()) { // a dropped weight
                out = scalarEntries(weights, k, k + LONGS.length(), consensus, clipped, out);
                continue;
            }
            LongVector w = v.blend(th, clips);
            w.intoArray(clipped.val, out);
            IntVector.fromArray(INTS_OF_LONGS, weights.col, k).intoArray(clipped.col, out);
            trustLanes = trustLanes.add(w);
            out += LONGS.length();
        }
        rowTrust += trustLanes.reduceLanes(VectorOperators.ADD);
        return scalarEntries(weights, k, to, consensus, clipped, out);
    }

    /**
     * Entries {@code from..to} clipped by the chain's scalar steps to the clipped row's cursor
     * {@code out}, dropped ones left out: {@return the cursor after them}
     */
    private int scalarEntries(SparseRows weights, int from, int to, long[] consensus, SparseRows clipped, int out) {
        for (int k = from; k < to; k++) {
            long value = weights.val[k];
            int j = weights.col[k];
            long th = consensus[j];
            if (!dropped(value, th)) {
                long w = Math.min(th, value);
                rowTrust += w;
                clipped.col[out] = j;
                clipped.val[out] = w;
                out++;
            }
        }
        return out;
    }

    /** {@code col_clip_sparse} drops a weight above a threshold {@code <= 0}. */
    private static boolean dropped(long value, long threshold) {
        return threshold < value && threshold <= ZERO;
    }
}
