package io.yuma.simd;

import static io.yuma.fixed.I32F32.ZERO;
import static io.yuma.simd.LaneConversions.INTS_OF_LONGS;

import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@code weighted_median_col_sparse} with a lane per column: the staked rows go into a dense
 * matrix of 32-bit scores in blocks of a vector's columns (see {@code fill}), and each block
 * bisects, in all its lanes at once,
 * for the value the chain's search is proven to return (module README, "Median"): the largest
 * score {@code v} with {@code L(v) <= minority}, {@code L(v)} being the stake of the scores below
 * {@code v}. No transpose, no per-column partitions, no data-dependent branch but the end of a
 * vector's search.
 *
 * <p>Each lane keeps two of its column's scores, {@code lo <= answer <= hi}, starting at the
 * column's minimum (its {@code L} is 0, at most the minority) and maximum. A round takes
 * {@code t = lo + ceil((hi - lo) / 2)}, which lies in {@code (lo, hi]} while they differ, and
 * one pass over the rows gives {@code L(t)}, the largest score below {@code t} and the smallest
 * at or above it. If {@code L(t) <= minority}, the smallest score at or above {@code t} has the
 * same {@code L} (no score lies between), so it qualifies and becomes {@code lo}; otherwise every
 * score from {@code t} up has too much stake below it, and the largest score below {@code t}
 * becomes {@code hi}. Either way {@code hi - lo} at least halves, so a lane ends within 32 rounds
 * on {@code lo == hi}, the answer; a finished lane's round leaves it unchanged ({@code t = lo}).
 *
 * <p>It applies when every sum is exact in 32 bits: stakes non-negative with a total below 2^32
 * (normalized stakes), a minority of at least 0, and scores in [0, 2^32]. Scores are stored
 * offset by 2^31 so signed lane comparisons order them; a score of 2^32 (a row's whole weight on
 * one column) is stored as 2^32 - 1, which orders every other score the same way, so only a
 * column whose answer comes out as 2^32 - 1 is searched again by the scalar transcription on its
 * exact scores.
 */
final class ColumnLaneMedians {
    private static final VectorSpecies<Integer> INTS = IntVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Long> LONGS = LongVector.SPECIES_PREFERRED;
    private static final long TWO_32 = 1L << 32;
    /** A score offset by 2^31: signed order of the stored ints is the scores' order. */
    private static final int OFFSET = Integer.MIN_VALUE;
    /** The most cells any call builds, whatever its limit: every index stays an int. */
    private static final long MAX_CELLS = 1L << 30;
    /** {@link #OFFSET} in a long's low half. */
    private static final long OFFSET_BITS = 0x80000000L;

    private ColumnLaneMedians() {
    }

    /**
     * Every column's median, when the search fits 32-bit lanes.
     *
     * @param w the thread's workspace ({@code useStake}, {@code rowK} set by the caller)
     * @param score the weight rows, columns below {@code columns}
     * @param columns the number of columns
     * @param useLen the number of staked rows, at least 1
     * @param minority {@code stake_sum.saturating_sub(majority)}
     * @param stakeSum the sum of the non-negative {@code useStake[0..useLen)}
     * @param median receives each column's median
     * @param cellLimit the largest matrix (padded columns x staked rows) to build
     * @return false, with {@code median} unspecified, when the lanes do not apply
     */
    static boolean medians(Workspace w, SparseRows score, int columns, int useLen, long minority, long stakeSum,
            long[] median, long cellLimit) {
        int stride = INTS.loopBound(columns + INTS.length() - 1);
        if (minority < 0 || stakeSum >= TWO_32 || (long) stride * useLen > Math.min(cellLimit, MAX_CELLS)) {
            return false;
        }
        int[] scores = w.laneScores(stride * useLen);
        int saturated = fill(w, score, stride * useLen, useLen, scores);
        if (saturated < 0) {
            return false;
        }
        int[] stake = w.laneStake;
        for (int k = 0; k < useLen; k++) {
            stake[k] = (int) w.useStake[k];
        }
        // L <= minority, compared unsigned as every L is below 2^32
        int limit = (int) Math.min(minority, stakeSum) ^ OFFSET;
        int[] answers = w.laneAnswers;
        for (int c = 0; c < stride; c += INTS.length()) {
            search(scores, stake, c * useLen, useLen, limit, answers, c);
        }
        for (int c = 0; c < columns; c++) {
            long value = (answers[c] ^ OFFSET) & 0xFFFFFFFFL;
            median[c] = saturated > 0 && value == TWO_32 - 1
                    ? exactColumn(w, score, c, useLen, minority, stakeSum) : value;
        }
        return true;
    }

    /**
     * Writes the staked rows' offset scores into {@code scores}, 0 where a row set no weight and a
     * repeated column keeping its last value, in blocks of a vector's columns: row {@code k}'s
     * scores of columns {@code [c, c + lanes)} ({@code c} a multiple of the lanes) are the
     * vector at {@code c * rows + k * lanes}, so a block's search reads consecutive vectors. Runs
     * of columns ascending one by one convert on lanes from a column that is a multiple of the
     * long lanes (a converted vector then stays within one block), other entries one by one.
     *
     * @return -1 if a score is outside [0, 2^32], else 1 if some score is 2^32, else 0
     */
    private static int fill(Workspace w, SparseRows score, int cells, int rows, int[] scores) {
        java.util.Arrays.fill(scores, 0, cells, OFFSET);
        int[] rowK = w.rowK;
        int[] col = score.col;
        long[] val = score.val;
        // A score v is held as u = v - (v >>> 32): 2^32 - 1 for 2^32, v itself below. u < 2^32
        // exactly when v is in [0, 2^32] (any other v leaves high bits in u), and v >>> 32 is 1
        // only for 2^32 then: OR-ing every u and every v >>> 32 tells both.
        LongVector held = LongVector.zero(LONGS);
        LongVector highs = held;
        long scalarHeld = 0;
        long scalarHighs = 0;
        int half = LONGS.length();
        for (int i = 0; i < score.rows; i++) {
            int k = rowK[i];
            if (k < 0) {
                continue;
            }
            for (int e = score.start(i), end = score.end(i); e < end; ) {
                int runEnd = score.runEnd(e, end);
                int from = Math.min(runEnd, e + Math.floorMod(-col[e], half)); // the first aligned column
                int to = from + LONGS.loopBound(runEnd - from);
                for (; e < runEnd; e++) {
                    if (e == from) { // the lanes, from the first aligned column to the last whole vector
                        for (; e < to; e += half) {
                            LongVector v = LongVector.fromArray(LONGS, val, e);
                            LongVector high = v.lanewise(VectorOperators.LSHR, 32);
                            LongVector u = v.sub(high);
                            highs = highs.or(high);
                            held = held.or(u);
                            u.lanewise(VectorOperators.XOR, OFFSET_BITS).castShape(INTS_OF_LONGS, 0).reinterpretAsInts()
                                    .intoArray(scores, cell(col[e], k, rows));
                        }
                        if (e == runEnd) {
                            break;
                        }
                    }
                    long high = val[e] >>> 32;
                    scalarHighs |= high;
                    scalarHeld |= val[e] - high;
                    scores[cell(col[e], k, rows)] = (int) (val[e] - high) ^ OFFSET;
                }
            }
        }
        if (((held.reduceLanes(VectorOperators.OR) | scalarHeld) >>> 32) != 0) {
            return -1;
        }
        return (highs.reduceLanes(VectorOperators.OR) | scalarHighs) != 0 ? 1 : 0;
    }

    /** {@return where row {@code k}'s score of column {@code c} is} */
    private static int cell(int c, int k, int rows) {
        int lanes = INTS.length();
        int block = c - c % lanes;
        return block * rows + k * lanes + c % lanes;
    }

    /**
     * Writes the answers (offset) of the block of columns at {@code answerAt} to {@code answers};
     * the block's scores start at {@code base}, a vector a row.
     */
    private static void search(int[] scores, int[] stake, int base, int rows, int limit, int[] answers,
            int answerAt) {
        IntVector lo = IntVector.fromArray(INTS, scores, base);
        IntVector hi = lo;
        for (int k = 1; k < rows; k++) {
            IntVector v = IntVector.fromArray(INTS, scores, base + k * INTS.length());
            lo = lo.min(v);
            hi = hi.max(v);
        }
        IntVector zero = IntVector.zero(INTS);
        IntVector smallest = IntVector.broadcast(INTS, Integer.MIN_VALUE);
        IntVector largest = IntVector.broadcast(INTS, Integer.MAX_VALUE);
        for (int round = 0; round <= Integer.SIZE; round++) { // hi - lo halves: 32 rounds end it
            IntVector span = hi.sub(lo); // hi - lo as an unsigned count
            if (!span.compare(VectorOperators.NE, 0).anyTrue()) {
                // lo and hi are equal; a store of either, both values of loops, would make the JIT
                // box every vector that flows into them (the store's bounds check may need it)
                lo.min(hi).intoArray(answers, answerAt);
                return;
            }
            IntVector t = lo.add(span.lanewise(VectorOperators.LSHR, 1)).add(span.and(1));
            IntVector below = zero;
            IntVector lowMax = smallest;
            IntVector highMin = largest;
            for (int k = 0; k < rows; k++) {
                IntVector v = IntVector.fromArray(INTS, scores, base + k * INTS.length());
                VectorMask<Integer> lt = v.compare(VectorOperators.LT, t);
                below = below.add(zero.blend(stake[k], lt));
                lowMax = lowMax.max(smallest.blend(v, lt));
                highMin = highMin.min(v.blend(largest, lt));
            }
            VectorMask<Integer> qualifies = below.lanewise(VectorOperators.XOR, OFFSET)
                    .compare(VectorOperators.LE, limit);
            lo = lo.blend(highMin, qualifies);
            hi = lowMax.blend(hi, qualifies);
        }
        throw new IllegalStateException("the lane median's bisection did not end within 32 rounds");
    }

    /**
     * One column's median by the scalar transcription on its exact scores (for a column holding a
     * score of 2^32, which the lanes store as 2^32 - 1).
     */
    private static long exactColumn(Workspace w, SparseRows score, int c, int useLen, long minority, long stakeSum) {
        long[] column = w.scoreColumn;
        java.util.Arrays.fill(column, 0, useLen, ZERO);
        int[] rowK = w.rowK;
        for (int i = 0; i < score.rows; i++) {
            if (rowK[i] >= 0) {
                for (int e = score.start(i); e < score.end(i); e++) {
                    if (score.col[e] == c) {
                        column[rowK[i]] = score.val[e]; // a repeated column keeps its last value
                    }
                }
            }
        }
        return MedianKernel.weightedMedian(w, w.useStake, column, useLen, minority, ZERO, stakeSum);
    }
}
