package io.yuma.simd;

import static io.yuma.fixed.I32F32.ZERO;

import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@code weighted_median_col_sparse} for stakes whose sums cannot saturate, from what the chain's
 * search is proven to return (module README, "Median") rather than by replaying its steps on
 * each column's full score vector.
 *
 * <p>For one column, with every stake non-negative and their total {@code S} within a long, write
 * {@code L(v)} for the stake of the scores below {@code v} and {@code E(v)} for the stake of the
 * scores equal to it. The chain's pivot step goes below a pivot {@code p} when
 * {@code L(p) > minority} and some score is below it, above it when
 * {@code L(p) + E(p) <= minority} and some score is above it, and otherwise returns {@code p}; the
 * partitions it keeps always hold the value it finally returns. That value is therefore the
 * largest score {@code v} with {@code L(v) <= minority}, or the smallest score when there is none
 * ({@code minority < 0}). It depends on the scores only as a multiset of (value, stake): not on
 * their order, and not on how equal scores are grouped, so a column is searched over its stored
 * entries plus one entry of value 0 standing for every staked validator without an entry in it
 * (their stake is {@code S} less the stored entries' stake).
 *
 * <p>So the entries of the staked rows go once into per-column buckets (any order; a column
 * repeated in a row keeps its last value, as the chain's overwrite does) and each column's search
 * runs on its bucket: no columns x validators matrix, no zero fill, no per-column copy of a full
 * score vector.
 */
final class BucketMedians {
    private static final VectorSpecies<Long> LONGS = LongVector.SPECIES_PREFERRED;

    private BucketMedians() {
    }

    /**
     * Every column's median.
     *
     * @param w the thread's workspace ({@code useStake}, {@code rowK} set by the caller)
     * @param score the weight rows, columns below {@code columns}
     * @param columns the number of columns
     * @param useLen the number of staked rows
     * @param minority {@code stake_sum.saturating_sub(majority)}
     * @param stakeSum the plain sum of {@code useStake[0..useLen)}, which fits a long
     * @param median receives each column's median
     * @param denseCells up to this many cells (columns x staked rows) the scores go into a dense
     *     column-major matrix, whose columns share the staked rows' stake vector; beyond it into
     *     per-column buckets of their stored entries
     */
    static void medians(Workspace w, SparseRows score, int columns, int useLen, long minority, long stakeSum,
            long[] median, long denseCells) {
        if (useLen == 0) {
            java.util.Arrays.fill(median, 0, columns, ZERO);
        } else if ((long) columns * useLen <= denseCells) {
            long[] dense = MedianKernel.denseScores(w, score, columns, useLen);
            for (int c = 0; c < columns; c++) {
                int from = c * useLen;
                median[c] = select(w, dense, w.useStake, from, -from, useLen, false, minority, stakeSum);
            }
        } else {
            int[] columnStart = w.columnStart;
            int[] fill = fillBuckets(w, score, columns);
            for (int c = 0; c < columns; c++) {
                int stored = fill[c] - columnStart[c];
                median[c] = stored == 0 ? ZERO // only validators without an entry: all score 0
                        : select(w, w.transposedValue, w.bucketStake, columnStart[c], 0, stored, stored < useLen,
                                minority, stakeSum);
            }
        }
    }

    /**
     * Counts, then fills, each column's bucket of (value, stake) from the staked rows;
     * {@code columnStart[c]} is where column {@code c}'s bucket starts and the returned cursor
     * where it ends.
     */
    private static int[] fillBuckets(Workspace w, SparseRows score, int columns) {
        int[] rowK = w.rowK;
        int[] columnStart = w.columnStart;
        w.ensureTransposed(MedianKernel.countStakedByColumn(w, score, columns));
        long[] bucketValue = w.transposedValue;
        long[] bucketStake = w.bucketStake;
        long[] useStake = w.useStake;
        int[] fill = w.fillCursor;
        int[] lastRow = w.columnLastRow;
        System.arraycopy(columnStart, 0, fill, 0, columns);
        java.util.Arrays.fill(lastRow, 0, columns, -1);
        int[] col = score.col;
        long[] val = score.val;
        for (int i = 0; i < score.rows; i++) {
            int k = rowK[i];
            if (k >= 0) {
                long stake = useStake[k];
                for (int e = score.start(i); e < score.end(i); e++) {
                    int c = col[e];
                    // a column repeated in this row overwrites this row's own entry, the last one
                    // in the bucket since rows fill in order
                    int slot = fill[c] - (lastRow[c] == k ? 1 : 0);
                    bucketValue[slot] = val[e];
                    bucketStake[slot] = stake;
                    fill[c] = slot + 1;
                    lastRow[c] = k;
                }
            }
        }
        return fill;
    }

    /**
     * The largest score {@code v} with stake below it at most {@code minority}, else the smallest
     * score, of a column's {@code stored >= 1} (score, stake) pairs
     * ({@code score[k], stake[k + stakeShift]} for {@code k} from {@code from}) and, when
     * {@code withZeros}, one pair (0, the stake the stored pairs leave of {@code stakeSum}). Each round
     * takes as pivot the middle of the first, middle and last pairs' scores (any score of the
     * partition gives the same answer; this one splits it more evenly), sums the stake below and
     * equal to it on lanes, then keeps the side holding the answer in the next buffer; the zero
     * pair takes part in the first round by its sums and joins the kept side if it belongs there.
     */
    private static long select(Workspace w, long[] score, long[] stake, int from, int stakeShift, int stored,
            boolean withZeros, long minority, long stakeSum) {
        long[] curScore = score;
        long[] curStake = stake;
        int shift = stakeShift;
        long[] nextScore = w.medianScoreA;
        long[] nextStake = w.medianStakeA;
        int start = from;
        int size = stored;
        boolean zeros = withZeros;
        long stakeBelow = 0; // stake of the scores below every pair still in play
        int width = LONGS.length();
        while (true) {
            long a = curScore[start];
            long b = curScore[start + size / 2];
            long c = curScore[start + size - 1];
            long pivot = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c)); // the middle of three
            LongVector zero = LongVector.zero(LONGS);
            LongVector loSums = zero;
            LongVector eqSums = zero;
            LongVector allSums = zero;
            int lowerCount = 0;
            int equalCount = 0;
            int t = start;
            int end = start + size;
            for (int bound = start + LONGS.loopBound(size); t < bound; t += width) {
                LongVector scores = LongVector.fromArray(LONGS, curScore, t);
                LongVector stakes = LongVector.fromArray(LONGS, curStake, t + shift);
                VectorMask<Long> below = scores.compare(VectorOperators.LT, pivot);
                VectorMask<Long> equal = scores.compare(VectorOperators.EQ, pivot);
                loSums = loSums.add(zero.blend(stakes, below));
                eqSums = eqSums.add(zero.blend(stakes, equal));
                allSums = allSums.add(stakes);
                lowerCount += below.trueCount();
                equalCount += equal.trueCount();
            }
            long loStake = loSums.reduceLanes(VectorOperators.ADD);
            long eqStake = eqSums.reduceLanes(VectorOperators.ADD);
            long allStake = allSums.reduceLanes(VectorOperators.ADD);
            for (; t < end; t++) { // the tail branch-free: scores are unpredictable around the pivot
                long value = curScore[t];
                long weight = curStake[t + shift];
                boolean below = value < pivot;
                boolean equal = value == pivot;
                loStake += below ? weight : 0;
                eqStake += equal ? weight : 0;
                allStake += weight;
                lowerCount += below ? 1 : 0;
                equalCount += equal ? 1 : 0;
            }
            int upperCount = size - lowerCount - equalCount;
            long zeroStake = 0;
            if (zeros) { // the pair standing for the validators without an entry
                zeroStake = stakeSum - allStake;
                loStake += ZERO < pivot ? zeroStake : 0;
                eqStake += ZERO == pivot ? zeroStake : 0;
                lowerCount += ZERO < pivot ? 1 : 0;
                upperCount += ZERO > pivot ? 1 : 0;
            }
            long stakeBelowPivot = stakeBelow + loStake;
            boolean takeLower;
            if (minority < stakeBelowPivot && lowerCount > 0) {
                takeLower = true;
            } else if (stakeBelowPivot + eqStake <= minority && upperCount > 0) {
                takeLower = false;
                stakeBelow = stakeBelowPivot + eqStake;
            } else {
                return pivot;
            }
            size = keep(curScore, curStake, start, end, shift, pivot, takeLower, nextScore, nextStake);
            if (zeros && (takeLower ? ZERO < pivot : ZERO > pivot)) {
                nextScore[size] = ZERO;
                nextStake[size] = zeroStake;
                size++;
            }
            zeros = false;
            if (size == 1) {
                return nextScore[0];
            }
            // the first round read the buckets; later rounds alternate between two buffers
            curScore = nextScore;
            curStake = nextStake;
            nextScore = nextScore == w.medianScoreA ? w.medianScoreB : w.medianScoreA;
            nextStake = nextStake == w.medianStakeA ? w.medianStakeB : w.medianStakeA;
            start = 0;
            shift = 0;
        }
    }

    /**
     * Copies the pairs ({@code score[t], stake[t + shift]}) of {@code [from, to)} strictly below (or above) the pivot, in order, to the
     * start of the next buffers; returns how many. A compress store writes a full vector past the
     * kept pairs: the buffers hold a vector more than any partition.
     */
    private static int keep(long[] score, long[] stake, int from, int to, int shift, long pivot, boolean below,
            long[] toScore, long[] toStake) {
        int width = LONGS.length();
        int out = 0;
        int t = from;
        for (int bound = from + LONGS.loopBound(to - from); t < bound; t += width) {
            LongVector scores = LongVector.fromArray(LONGS, score, t);
            // constant operators only: a comparison chosen at run time is not intrinsified
            VectorMask<Long> kept = below ? scores.compare(VectorOperators.LT, pivot)
                    : scores.compare(VectorOperators.GT, pivot);
            int count = kept.trueCount();
            if (count == 0) {
                continue;
            }
            scores.compress(kept).intoArray(toScore, out);
            LongVector.fromArray(LONGS, stake, t + shift).compress(kept).intoArray(toStake, out);
            out += count;
        }
        for (; t < to; t++) { // branch-free, like the lanes: write, then keep or overwrite
            toScore[out] = score[t];
            toStake[out] = stake[t + shift];
            out += (below ? score[t] < pivot : score[t] > pivot) ? 1 : 0;
        }
        return out;
    }
}
