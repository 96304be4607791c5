package io.yuma.simd;

import static io.yuma.fixed.I32F32.ONE;
import static io.yuma.fixed.I32F32.ZERO;
import static io.yuma.fixed.I32F32.saturatingDiv;
import static io.yuma.fixed.I32F32.saturatingSub;

import io.yuma.fixed.I32F32;
import java.util.Arrays;

/**
 * The chain's {@code alpha_sigmoid} for one subnet's constants, computed only where an entry
 * needs it (the chain evaluates all n x n pairs). The result depends on (consensus, weight, bond)
 * only through {@code combined_diff}, so values are memoized by it in a direct-mapped table; the
 * misses are evaluated together on vector lanes ({@link SigmoidLanes}, {@link ExpLanes}). A subnet
 * whose first {@value #PROBE_LOOKUPS} lookups hit less than one time in {@value #MIN_HIT_RATIO}
 * stops using the memo (differences rarely repeat on real inputs): its lookups and stores cost
 * more than the evaluations they save. Either way every alpha is the computed value.
 */
final class LiquidAlpha {
    /** What {@link #lookup} returns for a value not in the memo; alphas are never negative. */
    static final long MISSING = -1L;
    private static final int TABLE_BITS = 12;
    private static final long HUNDRED_NEG = I32F32.fromInt(-100);
    private static final int PROBE_LOOKUPS = 1024;
    private static final int MIN_HIT_RATIO = 8;

    private final ExpLanes exp = new ExpLanes();
    private final long[] keys = new long[1 << TABLE_BITS];
    private final long[] values = new long[1 << TABLE_BITS];
    private final int[] generation = new int[1 << TABLE_BITS];
    private int currentGeneration;
    private boolean memoOn;
    private int lookups;
    private int hits;
    private long alphaLow;
    private long alphaHigh;
    private long steepnessOverMinus100;
    private long[] pendingDiff = new long[16];
    private long[] exponent = new long[16];
    private long[] operand = new long[16];
    private long[] series = new long[16];
    private long[] pendingAlpha = new long[16];

    /** Starts a subnet: its alpha bounds and steepness, and an empty memo. */
    void begin(long alphaLow, long alphaHigh, long steepness) {
        this.alphaLow = alphaLow;
        this.alphaHigh = alphaHigh;
        this.steepnessOverMinus100 = saturatingDiv(steepness, HUNDRED_NEG);
        memoOn = true;
        lookups = 0;
        hits = 0;
        if (++currentGeneration == Integer.MAX_VALUE) {
            Arrays.fill(generation, 0);
            currentGeneration = 1;
        }
    }

    /** {@return whether this subnet still looks alphas up in the memo} */
    boolean memoizing() {
        return memoOn;
    }

    /** {@code combined_diff} of {@code alpha_sigmoid}: the buy or the sell difference, clamped to [0, 1]. */
    static long combinedDiff(long consensus, long weight, long bond) {
        long diff = weight >= bond ? saturatingSub(weight, consensus) : saturatingSub(bond, weight);
        return Math.max(Math.min(diff, ONE), ZERO);
    }

    /** The memoized alpha for {@code combinedDiff}, or {@link #MISSING}. */
    long lookup(long combinedDiff) {
        int slot = slot(combinedDiff);
        return generation[slot] == currentGeneration && keys[slot] == combinedDiff ? values[slot] : MISSING;
    }

    private static int slot(long combinedDiff) {
        return (int) ((combinedDiff * 0x9E3779B97F4A7C15L) >>> (64 - TABLE_BITS));
    }

    /**
     * The alphas of {@code needed} combined differences: each from the memo, the misses
     * evaluated together on lanes.
     *
     * @param diff combined differences, {@code needed} of them
     * @param needed how many alphas are wanted
     * @param missIndex scratch of at least {@code needed} entries
     * @param alpha receives {@code alpha[t]} for {@code diff[t]}
     */
    void resolve(long[] diff, int needed, int[] missIndex, long[] alpha) {
        if (!memoOn) {
            ensure(needed);
            System.arraycopy(diff, 0, pendingDiff, 0, needed);
            computePending(needed);
            System.arraycopy(pendingAlpha, 0, alpha, 0, needed);
            return;
        }
        int misses = 0;
        for (int t = 0; t < needed; t++) {
            alpha[t] = lookup(diff[t]);
            if (alpha[t] == MISSING) {
                missIndex[misses++] = t;
            }
        }
        lookups += needed;
        hits += needed - misses;
        evaluate(diff, missIndex, misses, alpha);
        if (lookups >= PROBE_LOOKUPS && hits * MIN_HIT_RATIO < lookups) {
            memoOn = false;
        }
    }

    /**
     * Computes {@code alpha[missIdx[t]]} for {@code diff[missIdx[t]]}, {@code t < misses}, and
     * remembers them: exponents, {@code exp} series and the sigmoid arithmetic each run on
     * vector lanes over the gathered misses.
     */
    void evaluate(long[] diff, int[] missIdx, int misses, long[] alpha) {
        ensure(misses);
        for (int t = 0; t < misses; t++) {
            pendingDiff[t] = diff[missIdx[t]];
        }
        computePending(misses);
        for (int t = 0; t < misses; t++) { // only a memoizing subnet gets here (resolve)
            long a = pendingAlpha[t];
            alpha[missIdx[t]] = a;
            int slot = slot(pendingDiff[t]);
            generation[slot] = currentGeneration;
            keys[slot] = pendingDiff[t];
            values[slot] = a;
        }
    }

    /** {@code pendingAlpha[t]} for {@code pendingDiff[t]}, {@code t < count}, on lanes. */
    private void computePending(int count) {
        SigmoidLanes.exponents(pendingDiff, exponent, operand, count, steepnessOverMinus100);
        if (exp.series(operand, series, count)) {
            SigmoidLanes.alphasOfSmallSeries(exponent, series, pendingAlpha, count, alphaLow, alphaHigh);
        } else {
            SigmoidLanes.alphas(exponent, series, pendingAlpha, count, alphaLow, alphaHigh);
        }
    }

    private void ensure(int count) {
        int padded = ExpLanes.paddedLength(count); // the lane loops run whole vectors
        if (exponent.length < padded) {
            int capacity = Math.max(padded, exponent.length * 2);
            pendingDiff = new long[capacity];
            exponent = new long[capacity];
            operand = new long[capacity];
            series = new long[capacity];
            pendingAlpha = new long[capacity];
        }
    }
}
