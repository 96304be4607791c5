package io.yuma.simd;

import static io.yuma.fixed.I32F32.ONE;
import static io.yuma.fixed.I32F32.ZERO;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.yuma.fixed.I32F32;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link LiquidAlpha} (memo, lane exponents, lane series, lane sigmoid) against a plain
 * transcription of the chain's {@code alpha_sigmoid} written here with {@link I32F32}.
 */
class SigmoidLanesTest {
    private static final int[] STEEPNESS = {-32768, -1000, -100, -1, 0, 1, 99, 100, 1000, 32767};
    private static final int[][] BOUNDS = {{45875, 58982}, {0, 65535}, {65535, 0}, {0, 0}, {30000, 30000}, {1, 2}};

    /** The chain's alpha_sigmoid, step by step, on the scalar fixed-point operations. */
    private static long chainAlphaSigmoid(long combinedDiff, long low, long high, long steepness) {
        long exponent = I32F32.saturatingMul(I32F32.saturatingDiv(steepness, I32F32.fromInt(-100)),
                I32F32.saturatingSub(combinedDiff, I32F32.HALF));
        long safe = Math.clamp(exponent, I32F32.fromInt(-20), I32F32.fromInt(20));
        long e = I32F32.exp(safe);
        long sigmoid = I32F32.saturatingDiv(ONE, I32F32.saturatingAdd(ONE, e));
        long alpha = I32F32.saturatingAdd(low, I32F32.saturatingMul(sigmoid, I32F32.saturatingSub(high, low)));
        return Math.max(Math.min(alpha, high), low);
    }

    private static long proportion(int u16) {
        return I32F32.safeDiv(I32F32.fromInt(u16), I32F32.fromInt(65535));
    }

    @Test
    void alphasMatchTheChainForEverySteepnessAndBound() {
        long seed = 2026;
        SplittableRandom random = new SplittableRandom(seed);
        int len = 67; // both lane loops and a tail
        long[] diff = new long[len];
        for (int steepness : STEEPNESS) {
            for (int[] bound : BOUNDS) {
                for (int t = 0; t < len; t++) {
                    diff[t] = switch (t) {
                        case 0 -> ZERO;
                        case 1 -> ONE;
                        case 2 -> I32F32.HALF;
                        case 3 -> I32F32.HALF + 1;
                        case 4 -> I32F32.HALF - 1;
                        default -> random.nextLong(ONE + 1);
                    };
                }
                int[] missIdx = new int[len];
                for (int t = 0; t < len; t++) {
                    missIdx[t] = t;
                }
                long low = proportion(bound[0]);
                long high = proportion(bound[1]);
                LiquidAlpha liquid = new LiquidAlpha();
                liquid.begin(low, high, I32F32.fromInt(steepness));
                long[] alpha = new long[len];
                liquid.evaluate(diff, missIdx, len, alpha);
                for (int t = 0; t < len; t++) {
                    String where = "seed " + seed + ", steepness " + steepness + ", bounds " + bound[0] + ".." + bound[1]
                            + ", combined_diff " + diff[t];
                    long expected = chainAlphaSigmoid(diff[t], low, high, I32F32.fromInt(steepness));
                    assertEquals(expected, alpha[t], where);
                    long remembered = liquid.lookup(diff[t]); // direct-mapped: a later collision may evict
                    if (remembered != LiquidAlpha.MISSING) {
                        assertEquals(expected, remembered, "memo, " + where);
                    }
                }
            }
        }
    }

    @Test
    void exponentsThatLandOnZeroAndOneUseTheChainsSpecialCases() {
        // steepness -100 makes the exponent equal combined_diff - 0.5: diff 0.5 gives 0, diff 1.5 is
        // out of range, so use steepness -200 and diff 1.0 for an exponent of exactly 1
        long[] diff = {I32F32.HALF, ONE, ZERO};
        int[] missIdx = {0, 1, 2};
        for (int steepness : new int[] {-100, -200, 200}) {
            LiquidAlpha liquid = new LiquidAlpha();
            long low = proportion(1000);
            long high = proportion(60000);
            liquid.begin(low, high, I32F32.fromInt(steepness));
            long[] alpha = new long[3];
            liquid.evaluate(diff, missIdx, 3, alpha);
            for (int t = 0; t < 3; t++) {
                assertEquals(chainAlphaSigmoid(diff[t], low, high, I32F32.fromInt(steepness)), alpha[t],
                        "steepness " + steepness + ", diff " + diff[t]);
            }
        }
    }

    @Test
    void resolveGivesTheChainsAlphasWhetherTheMemoHitsOrIsSwitchedOff() {
        long seed = 77;
        SplittableRandom random = new SplittableRandom(seed);
        long low = proportion(1000);
        long high = proportion(60000);
        long steepness = I32F32.fromInt(1000);
        long[] repeated = new long[16];
        for (int t = 0; t < repeated.length; t++) {
            repeated[t] = random.nextLong(ONE + 1);
        }
        for (boolean repeating : new boolean[] {true, false}) {
            LiquidAlpha liquid = new LiquidAlpha();
            liquid.begin(low, high, steepness);
            int chunk = 200; // rows of a subnet, enough of them to pass the memo's probe
            long[] diff = new long[chunk];
            long[] alpha = new long[chunk];
            int[] missIndex = new int[chunk];
            for (int row = 0; row < 12; row++) {
                for (int t = 0; t < chunk; t++) {
                    diff[t] = repeating ? repeated[random.nextInt(repeated.length)] : random.nextLong(ONE + 1);
                }
                liquid.resolve(diff, chunk, missIndex, alpha);
                for (int t = 0; t < chunk; t++) {
                    assertEquals(chainAlphaSigmoid(diff[t], low, high, steepness), alpha[t],
                            "seed " + seed + ", repeating " + repeating + ", row " + row + ", combined_diff " + diff[t]);
                }
            }
            assertEquals(repeating, liquid.memoizing(), "memo kept only where differences repeat");
        }
    }

    /** The sigmoid arithmetic after the series, as the chain writes it, from an exponent and its series. */
    private static long chainAlphaFromSeries(long exponent, long series, long low, long high) {
        long e = exponent == ZERO ? ONE
                : exponent == ONE ? I32F32.exp(ONE)
                : exponent < 0 ? I32F32.saturatingDiv(ONE, series) : series;
        long sigmoid = I32F32.saturatingDiv(ONE, I32F32.saturatingAdd(ONE, e));
        long alpha = I32F32.saturatingAdd(low, I32F32.saturatingMul(sigmoid, I32F32.saturatingSub(high, low)));
        return Math.max(Math.min(alpha, high), low);
    }

    /**
     * Series chosen so that each floor's estimate lands just above an integer, where only the
     * correction from the exact remainder gives the chain's answer: {@code 2^64 / s} closer below an
     * even integer than the rounding (the inverse, and the sigmoid), and {@code sigmoid * span} one below a
     * multiple of 2^32 (the alpha). Both lane forms against the chain's arithmetic.
     */
    @Test
    void alphasAreExactWhereEveryFloorsEstimateRoundsUp() {
        long seed = 0xF100L;
        SplittableRandom random = new SplittableRandom(seed);
        int len = 4096;
        long[] exponent = new long[len];
        long[] series = new long[len];
        long[] low = new long[len];
        long[] high = new long[len];
        java.math.BigInteger twoTo64 = java.math.BigInteger.ONE.shiftLeft(64);
        for (int t = 0; t < len; t++) {
            long span;
            long sigmoid;
            do { // sigmoid * span = -1 (mod 2^32), sigmoid in (2^13, 2^31]
                span = (random.nextLong(1L << 31) << 1) | 1;
                long inverse = java.math.BigInteger.valueOf(span).modInverse(java.math.BigInteger.ONE.shiftLeft(32)).longValue();
                sigmoid = (1L << 32) - inverse;
            } while (sigmoid <= 1L << 13 || sigmoid > 1L << 31);
            // s with 2^64 / s within half a unit in the last place below an even m: s = (2^64 + k) / m
            // for k = -2^64 mod m below 2^11; the quotient then rounds to m, and m - 1/2 to m
            long m;
            long k;
            do {
                m = (random.nextLong(1L << 14) + (1L << 13)) * 2; // even, in (2^14, 2^16)
                k = m - twoTo64.mod(java.math.BigInteger.valueOf(m)).longValue();
            } while (k >= 1L << 11);
            long nearInverse = twoTo64.add(java.math.BigInteger.valueOf(k)).divide(java.math.BigInteger.valueOf(m)).longValue();
            switch (t % 3) {
                case 0 -> { // the sigmoid's quotient: 1 + e = 2^64 / sigmoid, floored
                    exponent[t] = 5 * ONE;
                    series[t] = twoTo64.divide(java.math.BigInteger.valueOf(sigmoid)).longValue() - ONE;
                }
                case 1 -> { // the inverse's quotient just below an integer
                    exponent[t] = -3 * ONE;
                    series[t] = nearInverse;
                }
                default -> { // the sigmoid's own quotient just below an integer
                    exponent[t] = 7 * ONE;
                    series[t] = nearInverse - ONE;
                }
            }
            low[t] = random.nextLong(ONE - span / 2 + 1);
            high[t] = low[t] + (t % 2 == 0 ? span : -span / 2); // low above high too
        }
        for (int t = 0; t < len; t++) {
            long[] x = {exponent[t], 0, 0, 0, 0, 0, 0, 0};
            long[] s = {series[t], ONE, ONE, ONE, ONE, ONE, ONE, ONE};
            long expected = chainAlphaFromSeries(exponent[t], series[t], low[t], high[t]);
            long[] alphaLongs = new long[8];
            SigmoidLanes.alphas(x, s, alphaLongs, 1, low[t], high[t]);
            long[] alphaDoubles = new long[8];
            SigmoidLanes.alphasOfSmallSeries(x, s, alphaDoubles, 1, low[t], high[t]);
            String where = "seed " + seed + ", exponent " + exponent[t] + ", series " + series[t] + ", bounds " + low[t]
                    + ".." + high[t];
            assertEquals(expected, alphaLongs[0], "long lanes, " + where);
            assertEquals(expected, alphaDoubles[0], "double lanes, " + where);
        }
    }

    /**
     * Exponents {@code floor(steepness * (diff - 1/2) / 2^32)} whose product is one below a
     * multiple of 2^32 (the estimate can round up to the next integer) or a multiple of it (the
     * estimate lowered by a half falls one short), against the chain's operations.
     */
    @Test
    void exponentsAreExactWhereTheEstimateMissesTheFloor() {
        long seed = 0xE4B0L;
        SplittableRandom random = new SplittableRandom(seed);
        int len = 4096;
        long[] diff = new long[len];
        long[] steepness = new long[len];
        java.math.BigInteger twoTo32 = java.math.BigInteger.ONE.shiftLeft(32);
        for (int t = 0; t < len; t++) {
            long steep = (random.nextLong(1L << 36) << 1) | 1 | (1L << 20); // odd, so invertible mod 2^32
            long inverse = java.math.BigInteger.valueOf(steep).modInverse(twoTo32).longValue();
            long u = t % 2 == 0 ? -inverse & 0xFFFF_FFFFL : 0x8000_0000L; // product -1 or 2^31 * steep (mod 2^32)
            u = u >= 1L << 31 ? u - (1L << 32) : u; // into [-2^31, 2^31)
            diff[t] = I32F32.HALF + u;
            steepness[t] = t % 4 < 2 ? steep : -steep;
        }
        for (int t = 0; t < len; t++) {
            long[] d = {diff[t], 0, 0, 0, 0, 0, 0, 0};
            long[] x = new long[8];
            long[] operand = new long[8];
            SigmoidLanes.exponents(d, x, operand, 1, steepness[t]);
            long expected = Math.clamp(I32F32.saturatingMul(steepness[t], I32F32.saturatingSub(diff[t], I32F32.HALF)),
                    I32F32.fromInt(-20), I32F32.fromInt(20));
            String where = "seed " + seed + ", diff " + diff[t] + ", steepness / -100 " + steepness[t];
            assertEquals(expected, x[0], "exponent, " + where);
            assertEquals(Math.abs(expected), operand[0], "operand, " + where);
        }
    }
}
