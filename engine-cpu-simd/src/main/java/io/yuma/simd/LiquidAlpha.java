package io.yuma.simd;

import static io.yuma.fixed.I32F32.ONE;
import static io.yuma.fixed.I32F32.ZERO;
import static io.yuma.fixed.I32F32.saturatingAdd;
import static io.yuma.fixed.I32F32.saturatingDiv;
import static io.yuma.fixed.I32F32.saturatingMul;
import static io.yuma.fixed.I32F32.saturatingSub;

import io.yuma.fixed.I32F32;

/**
 * The chain's {@code alpha_sigmoid} for one subnet's constants, computed only where an entry
 * needs it (the chain evaluates all n x n pairs). The result depends on (consensus, weight, bond)
 * only through {@code combined_diff}, so values are memoized by it in a direct-mapped table;
 * {@code exp} runs an exact fast path of substrate-fixed's series for the clamped range.
 */
final class LiquidAlpha {
    private static final int TABLE_BITS = 12;
    private static final long MAX_SAFE_INPUT = I32F32.fromInt(20);
    private static final long HUNDRED_NEG = I32F32.fromInt(-100);

    private final long[] keys = new long[1 << TABLE_BITS];
    private final long[] values = new long[1 << TABLE_BITS];
    private final int[] generation = new int[1 << TABLE_BITS];
    private int currentGeneration;
    private long alphaLow;
    private long alphaHigh;
    private long steepnessOverMinus100;

    /** Starts a subnet: its alpha bounds and steepness, and an empty memo. */
    void begin(long alphaLow, long alphaHigh, long steepness) {
        this.alphaLow = alphaLow;
        this.alphaHigh = alphaHigh;
        this.steepnessOverMinus100 = saturatingDiv(steepness, HUNDRED_NEG);
        if (++currentGeneration == Integer.MAX_VALUE) {
            java.util.Arrays.fill(generation, 0);
            currentGeneration = 1;
        }
    }

    /** {@code alpha_sigmoid(consensus, weight, bond, ...)} for the current subnet. */
    long alpha(long consensus, long weight, long bond) {
        long combinedDiff = weight >= bond
                ? clamp(saturatingSub(weight, consensus))
                : clamp(saturatingSub(bond, weight));
        int slot = (int) ((combinedDiff * 0x9E3779B97F4A7C15L) >>> (64 - TABLE_BITS));
        if (generation[slot] == currentGeneration && keys[slot] == combinedDiff) {
            return values[slot];
        }
        long alpha = sigmoidAlpha(combinedDiff);
        generation[slot] = currentGeneration;
        keys[slot] = combinedDiff;
        values[slot] = alpha;
        return alpha;
    }

    /** clamp_value(x, 0, 1). */
    private static long clamp(long x) {
        return Math.max(Math.min(x, ONE), ZERO);
    }

    private long sigmoidAlpha(long combinedDiff) {
        long exponent = saturatingMul(steepnessOverMinus100, saturatingSub(combinedDiff, I32F32.HALF));
        long sigmoid = saturatingDiv(ONE, saturatingAdd(ONE, expSafe(exponent)));
        long alpha = saturatingAdd(alphaLow, saturatingMul(sigmoid, saturatingSub(alphaHigh, alphaLow)));
        return Math.max(Math.min(alpha, alphaHigh), alphaLow);
    }

    /**
     * {@code exp_safe}: the input clamped to [-20, 20], then substrate-fixed's {@code exp}. In that
     * range no checked operation of the series can fail (the largest term is about 4.3e7 and the
     * sum below e^20), so the checks are dropped; products floor and the divisions by i truncate
     * exactly as the checked versions would.
     */
    static long expSafe(long input) {
        long x = Math.clamp(input, -MAX_SAFE_INPUT, MAX_SAFE_INPUT);
        if (x == ZERO) {
            return ONE;
        }
        if (x == ONE) {
            return I32F32.exp(ONE);
        }
        boolean negative = x < 0;
        long operand = negative ? -x : x;
        long result = operand + ONE;
        long term = operand;
        for (int i = 2; i < 32; i++) {
            long hi = Math.multiplyHigh(term, operand);
            long lo = term * operand;
            term = ((hi << 32) | (lo >>> 32)) / i;
            result += term;
        }
        return negative ? I32F32.checkedDiv(ONE, result, ZERO) : result;
    }
}
