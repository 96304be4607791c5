package io.yuma.simd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yuma.fixed.I32F32;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The column medians, each layout forced in turn ({@link ColumnLaneMedians} where every sum fits
 * 32 bits, {@link BucketMedians} on a dense matrix or on buckets where no sum saturates, the
 * scalar search otherwise), against a transcription of the chain's
 * {@code weighted_median_col_sparse} and its recursive {@code weighted_median}, on edge cases
 * (ties, zero stakes, stakes that normalize to zero, saturating stakes, empty columns, repeated
 * columns, majorities of 0 and above the stake total, scores of 1 and just below, scores that
 * need every bisection round) and random subnets.
 */
class ColumnMediansTest {
    private static final long ONE = I32F32.ONE;
    /** (lane cells, dense cells): the lanes, the dense matrix, the buckets. */
    private static final long[][] LAYOUTS = {{Long.MAX_VALUE, Long.MAX_VALUE}, {0, Long.MAX_VALUE}, {0, 0}};

    @Test
    void edgeCasesMatchTheChain() {
        long[] kappas = {Long.MIN_VALUE, -ONE / 2, -1, 0, 1, ONE / 2, ONE - 1, ONE, ONE + 1, Long.MAX_VALUE};
        long[][] stakes = {
            {0, 0, 0},                           // nobody staked: every median 0
            {ONE, ONE, ONE},                     // equal stakes
            {ONE, 1, ONE},                       // a stake that normalizes to 0
            {ONE, 0, -ONE},                      // unstaked and negative rows are left out
            {Long.MAX_VALUE, Long.MAX_VALUE, 5}, // wrapping stake sum: the saturating path
            {Long.MAX_VALUE / 2, 3, 7},
        };
        long[][][] rows = {
            {{0, ONE / 2}, {1, ONE / 2}},        // ties
            {{0, ONE / 2}, {1, ONE / 2}},
            {{2, ONE}, {0, 0}, {2, 3}},          // an explicit zero and a repeated column
        };
        for (long[] stake : stakes) {
            for (long kappa : kappas) {
                SparseRows weights = rows(rows);
                assertAgrees(stake, weights, 4, kappa, "stake " + Arrays.toString(stake) + ", kappa " + kappa);
            }
        }
    }

    @Test
    void lanesFindAnswersThatNeedEveryRound() {
        // scores 0, 1, 2, 4, ... 2^32: each bisection round drops one score, so a lane runs its
        // full 32 rounds; columns 1..17 put the answers in every lane of a first or second vector
        int rows = 34;
        long[] stake = new long[rows];
        Arrays.fill(stake, 1000);
        for (int columns = 1; columns <= 17; columns++) {
            SparseRows weights = new SparseRows();
            weights.reset(rows);
            for (int r = 0; r < rows; r++) {
                weights.reserve(columns);
                for (int c = 0; c < columns; c++) {
                    int rank = (r + 5 * c) % rows; // a different order of the same scores per column
                    weights.push(c, rank == 0 ? 0 : 1L << (rank - 1));
                }
                weights.endRow();
            }
            for (long kappa : new long[] {0, 1, ONE / 3, ONE / 2, ONE / 2 + 1, ONE - 1, ONE}) {
                assertAgrees(stake, weights, columns, kappa, "columns " + columns + ", kappa " + kappa);
            }
        }
    }

    @Test
    void lanesSearchAgainColumnsWhoseAnswerIsOneOrJustBelow() {
        // rows putting their whole weight on one column store 2^32, which the lanes hold as
        // 2^32 - 1: columns where both, either or neither occur, with the answer on either side
        long[] stake = {ONE, 2 * ONE, 3 * ONE, ONE / 2, 7};
        long[][][] rows = {
            {{0, ONE}},
            {{0, ONE - 1}, {1, 1}},
            {{0, ONE}},
            {{1, ONE - 1}, {2, 1}},
            {{2, ONE - 1}, {0, 1}},
        };
        for (long kappa : new long[] {0, ONE / 10, ONE / 3, ONE / 2, 2 * ONE / 3, ONE - 1, ONE}) {
            assertAgrees(stake, rows(rows), 3, kappa, "kappa " + kappa);
        }
    }

    @Test
    void scoresOutsideZeroToOneLeaveTheLanes() {
        // whole rows of one such score, on lanes (from column 0) and one by one (the columns
        // before the first aligned one, from column 1)
        long[] stake = {ONE, 2 * ONE, 3 * ONE};
        for (long outside : new long[] {ONE + 1, 2 * ONE, Long.MAX_VALUE, -1, -ONE, Long.MIN_VALUE}) {
            for (int first : new int[] {0, 1}) {
                SparseRows weights = new SparseRows();
                weights.reset(stake.length);
                for (int r = 0; r < stake.length; r++) {
                    weights.reserve(16);
                    for (int c = first; c < 16; c++) {
                        weights.push(c, outside);
                    }
                    weights.endRow();
                }
                assertAgrees(stake, weights, 16, ONE / 2, "score " + outside + ", first column " + first);
            }
        }
    }

    @Test
    void randomSubnetsMatchTheChain() {
        long seed = 43;
        SplittableRandom random = new SplittableRandom(seed);
        int withoutSaturation = 0;
        int onLanes = 0;
        int rounds = 3_000;
        for (int round = 0; round < rounds; round++) {
            int n = random.nextInt(0, 70);
            long[] stake = new long[n];
            int stakeKind = random.nextInt(8);
            for (int i = 0; i < n; i++) {
                stake[i] = switch (random.nextInt(4)) {
                    case 0 -> 0;
                    case 1 -> stakeKind == 0 ? random.nextLong(Long.MAX_VALUE / 2, Long.MAX_VALUE) : random.nextInt(3);
                    default -> random.nextLong(ONE);
                };
            }
            SparseRows weights = new SparseRows();
            weights.reset(n);
            int distinct = 1 + random.nextInt(5);
            boolean outOfRange = random.nextInt(20) == 0; // scores the lanes cannot hold
            for (int i = 0; i < n; i++) {
                int entries = random.nextInt(0, n + 3);
                weights.reserve(entries);
                // half the rows ascend one by one from any column (lanes from the first aligned
                // one), the others repeat columns (the last one wins)
                boolean ascending = random.nextBoolean();
                int first = n == 0 ? 0 : random.nextInt(n);
                for (int e = 0; e < entries; e++) {
                    // coarse values for many ties, and 1
                    int column = ascending ? (first + e) % n : random.nextInt(n);
                    weights.push(column, switch (random.nextInt(6)) {
                        case 0, 1 -> random.nextInt(distinct) * (ONE / 4);
                        case 2 -> ONE - random.nextInt(2);
                        case 3 -> outOfRange ? ONE + 1 - random.nextInt(3) * (ONE + 1) : random.nextLong(ONE);
                        default -> random.nextLong(ONE);
                    });
                }
                weights.endRow();
            }
            long kappa = switch (random.nextInt(5)) {
                case 0 -> 0;
                case 1 -> ONE;
                default -> random.nextLong(ONE + 1);
            };
            long[] useStake = normalizedStake(stake);
            withoutSaturation += nonNegativeWithoutOverflow(useStake) ? 1 : 0;
            long stakeSum = Arrays.stream(useStake).sum();
            onLanes += useStake.length > 0 && nonNegativeWithoutOverflow(useStake) && stakeSum < ONE
                    && stakeSum - kappa >= 0 && !outOfRange ? 1 : 0;
            assertAgrees(stake, weights, n, kappa, "seed " + seed + ", round " + round);
        }
        assertTrue(withoutSaturation > rounds / 2 && withoutSaturation < rounds,
                "both the bucket path and the saturating path ran: " + withoutSaturation + " of " + rounds);
        assertTrue(onLanes > rounds / 4 && onLanes < withoutSaturation,
                "the lanes applied to some subnets without saturation, not all: " + onLanes);
    }

    private static void assertAgrees(long[] stake, SparseRows weights, int columns, long kappa, String what) {
        long[] expected = chainMedians(stake, weights, columns, kappa);
        for (long[] layout : LAYOUTS) {
            Workspace w = new Workspace();
            w.ensure(Math.max(stake.length, columns));
            long[] actual = new long[columns];
            MedianKernel.weightedMedianColSparse(w, stake, weights, columns, kappa, actual, layout[0], layout[1]);
            assertArrayEquals(expected, actual, what + ", lane cells " + layout[0] + ", dense cells " + layout[1]);
        }
    }

    private static SparseRows rows(long[][][] rows) {
        SparseRows m = new SparseRows();
        m.reset(rows.length);
        for (long[][] row : rows) {
            m.reserve(row.length);
            for (long[] entry : row) {
                m.push((int) entry[0], entry[1]);
            }
            m.endRow();
        }
        return m;
    }

    /** The chain's {@code weighted_median_col_sparse}, step for step. */
    private static long[] chainMedians(long[] stake, SparseRows score, int columns, long majority) {
        long[] useStake = normalizedStake(stake);
        long stakeSum = 0;
        for (long s : useStake) {
            stakeSum += s; // a plain (wrapping) sum, as the chain's iterator sum
        }
        long minority = I32F32.saturatingSub(stakeSum, majority);
        long[][] useScore = new long[columns][useStake.length];
        int k = 0;
        for (int r = 0; r < stake.length; r++) {
            if (stake[r] <= 0) {
                continue;
            }
            for (int e = score.start(r); e < score.end(r); e++) {
                useScore[score.col[e]][k] = score.val[e];
            }
            k++;
        }
        int[] all = new int[useStake.length];
        Arrays.setAll(all, i -> i);
        long[] median = new long[columns];
        for (int c = 0; c < columns; c++) {
            median[c] = chainWeightedMedian(useStake, useScore[c], all, minority, 0, stakeSum);
        }
        return median;
    }

    /** The staked rows' stakes divided by their wrapping sum ({@code inplace_normalize}). */
    private static long[] normalizedStake(long[] stake) {
        long[] use = Arrays.stream(stake).filter(s -> s > 0).toArray();
        long sum = 0;
        for (long s : use) {
            sum += s;
        }
        if (sum != 0) {
            for (int i = 0; i < use.length; i++) {
                use[i] = I32F32.safeDiv(use[i], sum);
            }
        }
        return use;
    }

    private static boolean nonNegativeWithoutOverflow(long[] values) {
        long sum = 0;
        for (long v : values) {
            sum += v;
            if (v < 0 || sum < 0) {
                return false;
            }
        }
        return true;
    }

    /** The chain's recursive {@code weighted_median}, step for step. */
    private static long chainWeightedMedian(long[] stake, long[] score, int[] partition, long minority, long lo,
            long hi) {
        if (partition.length == 0) {
            return 0;
        }
        if (partition.length == 1) {
            return score[partition[0]];
        }
        long pivot = score[partition[partition.length / 2]];
        long loStake = 0;
        long hiStake = 0;
        int[] lower = new int[partition.length];
        int[] upper = new int[partition.length];
        int lowerCount = 0;
        int upperCount = 0;
        for (int idx : partition) {
            if (score[idx] < pivot) {
                loStake = I32F32.saturatingAdd(loStake, stake[idx]);
                lower[lowerCount++] = idx;
            } else if (score[idx] > pivot) {
                hiStake = I32F32.saturatingAdd(hiStake, stake[idx]);
                upper[upperCount++] = idx;
            }
        }
        if (minority < I32F32.saturatingAdd(lo, loStake) && lowerCount > 0) {
            return chainWeightedMedian(stake, score, Arrays.copyOf(lower, lowerCount), minority, lo,
                    I32F32.saturatingAdd(lo, loStake));
        }
        if (I32F32.saturatingSub(hi, hiStake) <= minority && upperCount > 0) {
            return chainWeightedMedian(stake, score, Arrays.copyOf(upper, upperCount), minority,
                    I32F32.saturatingSub(hi, hiStake), hi);
        }
        return pivot;
    }
}
