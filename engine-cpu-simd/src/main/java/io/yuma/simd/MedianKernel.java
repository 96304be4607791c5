package io.yuma.simd;

import static io.yuma.fixed.I32F32.ZERO;
import static io.yuma.fixed.I32F32.saturatingAdd;
import static io.yuma.fixed.I32F32.saturatingSub;

/**
 * {@code weighted_median_col_sparse}. When every sum of the search is exact in 32 bits (normalized
 * stakes, the usual case), {@link ColumnLaneMedians} searches a lane per column; else, when no sum
 * can saturate, {@link BucketMedians} finds each column's answer from its stored entries. Otherwise each
 * column's score vector (zeros where a validator set no weight) is rebuilt, from a dense matrix
 * or from the entries transposed by column, and the chain's mid-pivot partition search runs on
 * it unchanged in the scalar transcription below.
 */
final class MedianKernel {
    /**
     * Up to this many cells (columns x staked validators) the scores go into a dense matrix, the
     * chain's own shape and the cheapest to fill; beyond it, 16 MB per thread, they are transposed.
     */
    static final long DENSE_CELLS = 1L << 21;
    /** Up to this many cells (padded columns x staked validators, 8 MB of ints) the lanes search. */
    static final long LANE_CELLS = 1L << 21;

    private MedianKernel() {
    }

    static void weightedMedianColSparse(Workspace w, long[] stake, SparseRows score, int columns, long majority,
            long[] median) {
        weightedMedianColSparse(w, stake, score, columns, majority, median, LANE_CELLS, DENSE_CELLS);
    }

    /** As above, with the lane and dense matrices' size limits given (tests force each path). */
    static void weightedMedianColSparse(Workspace w, long[] stake, SparseRows score, int columns, long majority,
            long[] median, long laneCells, long denseCells) {
        int n = score.rows;
        long[] useStake = w.useStake;
        int[] rowK = w.rowK;
        int useLen = 0;
        for (int i = 0; i < n; i++) {
            if (stake[i] > ZERO) {
                rowK[i] = useLen;
                useStake[useLen++] = stake[i];
            } else {
                rowK[i] = -1;
            }
        }
        Lanes.normalize(useStake, useLen);
        long stakeSum = 0;
        for (int k = 0; k < useLen; k++) {
            stakeSum += useStake[k];
        }
        long minority = saturatingSub(stakeSum, majority);
        if (sumsWithoutOverflow(useStake, useLen)) {
            if (useLen > 0 && ColumnLaneMedians.medians(w, score, columns, useLen, minority, stakeSum, median,
                    laneCells)) {
                return;
            }
            BucketMedians.medians(w, score, columns, useLen, minority, stakeSum, median, denseCells);
        } else if ((long) columns * useLen <= denseCells) {
            mediansFromDense(w, score, columns, useLen, minority, stakeSum, median);
        } else {
            mediansFromTransposed(w, score, columns, useLen, minority, stakeSum, median);
        }
    }

    /** Runs each column's median on its slice of the dense matrix. */
    private static void mediansFromDense(Workspace w, SparseRows score, int columns, int useLen, long minority,
            long stakeSum, long[] median) {
        long[] dense = denseScores(w, score, columns, useLen);
        long[] column = w.scoreColumn;
        for (int c = 0; c < columns; c++) {
            System.arraycopy(dense, c * useLen, column, 0, useLen);
            median[c] = weightedMedian(w, w.useStake, column, useLen, minority, ZERO, stakeSum);
        }
    }

    /**
     * Sets {@code columnStart[c]} to where column {@code c}'s staked entries start when they are
     * laid out by column ({@code columnStart[columns]} is their count, which is returned).
     */
    static int countStakedByColumn(Workspace w, SparseRows score, int columns) {
        int[] rowK = w.rowK;
        int[] columnStart = w.columnStart;
        java.util.Arrays.fill(columnStart, 0, columns + 1, 0);
        for (int i = 0; i < score.rows; i++) {
            if (rowK[i] >= 0) {
                for (int e = score.start(i); e < score.end(i); e++) {
                    columnStart[score.col[e] + 1]++;
                }
            }
        }
        for (int c = 0; c < columns; c++) {
            columnStart[c + 1] += columnStart[c];
        }
        return columnStart[columns];
    }

    /**
     * Scatters the staked rows into a dense column-major matrix, zeros where a validator set no
     * weight (a repeated column in a row keeps its last value, as the chain's overwrite does).
     */
    static long[] denseScores(Workspace w, SparseRows score, int columns, int useLen) {
        long[] dense = w.denseScores(columns * useLen);
        int[] rowK = w.rowK;
        for (int i = 0; i < score.rows; i++) {
            int k = rowK[i];
            if (k >= 0) {
                for (int e = score.start(i); e < score.end(i); e++) {
                    dense[score.col[e] * useLen + k] = score.val[e];
                }
            }
        }
        return dense;
    }

    /** For wide subnets with many validators: the staked entries transposed by column instead. */
    private static void mediansFromTransposed(Workspace w, SparseRows score, int columns, int useLen, long minority,
            long stakeSum, long[] median) {
        int n = score.rows;
        int[] rowK = w.rowK;
        // transpose the staked rows' entries by column, keeping row order within a column
        int[] columnStart = w.columnStart;
        w.ensureTransposed(countStakedByColumn(w, score, columns));
        int[] tK = w.transposedK;
        long[] tValue = w.transposedValue;
        int[] fill = w.fillCursor;
        System.arraycopy(columnStart, 0, fill, 0, columns);
        for (int i = 0; i < n; i++) {
            if (rowK[i] >= 0) {
                for (int e = score.start(i); e < score.end(i); e++) {
                    int c = score.col[e];
                    tK[fill[c]] = rowK[i];
                    tValue[fill[c]] = score.val[e];
                    fill[c]++;
                }
            }
        }
        long[] column = w.scoreColumn;
        for (int c = 0; c < columns; c++) {
            java.util.Arrays.fill(column, 0, useLen, ZERO);
            for (int e = columnStart[c]; e < columnStart[c + 1]; e++) {
                column[tK[e]] = tValue[e]; // a repeated column in a row keeps its last value
            }
            median[c] = weightedMedian(w, w.useStake, column, useLen, minority, ZERO, stakeSum);
        }
    }

    /**
     * True when every stake is non-negative and their sum fits a long: then no partial sum of
     * the median search can saturate, and plain additions give the chain's saturating answer.
     */
    private static boolean sumsWithoutOverflow(long[] stake, int len) {
        long sum = 0;
        for (int k = 0; k < len; k++) {
            if (stake[k] < 0) {
                return false;
            }
            sum += stake[k];
            if (sum < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code weighted_median} over the partition {@code 0..len-1}, with the chain's iteration
     * limit. Partitions are kept as (score, stake) values rather than indices, ping-ponging
     * between two buffer pairs, in the chain's order (the pivot is the middle element).
     */
    static long weightedMedian(Workspace w, long[] stake, long[] score, int len, long minority,
            long partitionLo, long partitionHi) {
        long[] curScore = w.medianScoreA;
        long[] curStake = w.medianStakeA;
        long[] lowScore = w.medianScoreB;
        long[] lowStake = w.medianStakeB;
        long[] highScore = w.medianScoreC;
        long[] highStake = w.medianStakeC;
        System.arraycopy(score, 0, curScore, 0, len);
        System.arraycopy(stake, 0, curStake, 0, len);
        int size = len;
        int iterations = 0;
        while (true) {
            if (size == 0) {
                return ZERO;
            }
            if (size == 1) {
                return curScore[0];
            }
            long pivot = curScore[size / 2];
            long loStake = ZERO;
            long hiStake = ZERO;
            int lowerCount = 0;
            int upperCount = 0;
            for (int t = 0; t < size; t++) { // branch-free: scores are unpredictable around the pivot
                long value = curScore[t];
                long weight = curStake[t];
                boolean below = value < pivot;
                boolean above = value > pivot;
                loStake = saturatingAdd(loStake, below ? weight : ZERO);
                hiStake = saturatingAdd(hiStake, above ? weight : ZERO);
                lowScore[lowerCount] = value;
                lowStake[lowerCount] = weight;
                highScore[upperCount] = value;
                highStake[upperCount] = weight;
                lowerCount += below ? 1 : 0;
                upperCount += above ? 1 : 0;
            }
            long[] freeScore = curScore;
            long[] freeStake = curStake;
            if (minority < saturatingAdd(partitionLo, loStake) && lowerCount > 0) {
                curScore = lowScore;
                curStake = lowStake;
                lowScore = freeScore;
                lowStake = freeStake;
                size = lowerCount;
                partitionHi = saturatingAdd(partitionLo, loStake);
            } else if (saturatingSub(partitionHi, hiStake) <= minority && upperCount > 0) {
                curScore = highScore;
                curStake = highStake;
                highScore = freeScore;
                highStake = freeStake;
                size = upperCount;
                partitionLo = saturatingSub(partitionHi, hiStake);
            } else {
                return pivot;
            }
            if (++iterations > len) {
                return ZERO;
            }
        }
    }
}
