package io.yuma.simd;

import static io.yuma.fixed.I32F32.ONE;
import static io.yuma.fixed.I32F32.ZERO;

import io.yuma.fixed.I32F32;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The arithmetic of {@code alpha_sigmoid} around its {@code exp} on vector lanes. Every operand
 * here has a known range ({@code combined_diff} in [0, 1], steepness / -100 below 2^41 raw,
 * alphas in [0, 1]), in which none of the chain's saturating operations saturates, so each is the
 * exact floor of a product or quotient: a double estimate (offset by 2^45 so truncation floors)
 * corrected by the exact remainder, which is small enough to be exact in wrapping 64-bit lanes.
 */
final class SigmoidLanes {
    private static final VectorSpecies<Long> LONGS = LongVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_PREFERRED;
    private static final long LIMIT = I32F32.fromInt(20);
    private static final long E = I32F32.exp(ONE);
    private static final double OFFSET = 0x1p45;
    private static final long OFFSET_LONG = 1L << 45;
    private static final double TWO_64 = 0x1p64;

    private SigmoidLanes() {
    }

    /**
     * {@code x[t] = clamp(floor(steepness * (diff[t] - 0.5) / 2^32), -20, 20)} (the exponent
     * {@code exp_safe} sees) and {@code operand[t] = |x[t]|}.
     *
     * @param steepnessOverMinus100 {@code alpha_sigmoid_steepness / -100}, I32F32 raw
     */
    static void exponents(long[] diff, long[] x, long[] operand, int len, long steepnessOverMinus100) {
        int t = 0;
        LongVector s = LongVector.broadcast(LONGS, steepnessOverMinus100);
        double sd = steepnessOverMinus100;
        for (int bound = LONGS.loopBound(len); t < bound; t += LONGS.length()) {
            LongVector u = LongVector.fromArray(LONGS, diff, t).sub(I32F32.HALF);
            LongVector product = floorProductShift32(s, sd, u);
            LongVector clamped = product.max(-LIMIT).min(LIMIT);
            clamped.intoArray(x, t);
            clamped.abs().intoArray(operand, t);
        }
        for (; t < len; t++) {
            long exponent = Math.clamp(I32F32.saturatingMul(steepnessOverMinus100, diff[t] - I32F32.HALF), -LIMIT, LIMIT);
            x[t] = exponent;
            operand[t] = Math.abs(exponent);
        }
    }

    /**
     * From the exponents and the series of their magnitudes, {@code exp_safe}, the sigmoid
     * {@code 1 / (1 + e)} and {@code clamp(low + sigmoid * (high - low), low, high)}.
     */
    static void alphas(long[] x, long[] series, long[] alpha, int len, long low, long high) {
        int t = 0;
        long span = high - low;
        LongVector spanVector = LongVector.broadcast(LONGS, span);
        double spanDouble = span;
        for (int bound = LONGS.loopBound(len); t < bound; t += LONGS.length()) {
            LongVector exponent = LongVector.fromArray(LONGS, x, t);
            LongVector positive = LongVector.fromArray(LONGS, series, t);
            LongVector e = positive.blend(oneOver(positive), exponent.compare(VectorOperators.LT, 0L))
                    .blend(ONE, exponent.compare(VectorOperators.EQ, ZERO))
                    .blend(E, exponent.compare(VectorOperators.EQ, ONE));
            LongVector sigmoid = oneOver(e.add(ONE));
            LongVector a = floorProductShift32(spanVector, spanDouble, sigmoid).add(low);
            a.min(high).max(low).intoArray(alpha, t);
        }
        for (; t < len; t++) {
            alpha[t] = scalarAlpha(x[t], series[t], low, high);
        }
    }

    /** The same steps for one lane, with the scalar operations of {@link I32F32}. */
    static long scalarAlpha(long exponent, long positiveSeries, long low, long high) {
        long e = exponent == ZERO ? ONE
                : exponent == ONE ? E
                : exponent < 0 ? LiquidAlpha.oneOver(positiveSeries) : positiveSeries;
        long sigmoid = LiquidAlpha.oneOver(I32F32.saturatingAdd(ONE, e));
        long a = I32F32.saturatingAdd(low, I32F32.saturatingMul(sigmoid, I32F32.saturatingSub(high, low)));
        return Math.max(Math.min(a, high), low);
    }

    /**
     * {@code floor(a * b / 2^32)} for {@code |a * b| < 2^72} and a result below 2^44: the
     * estimate is within one, and {@code a * b - q * 2^32} lies in (-2^32, 2^33).
     */
    private static LongVector floorProductShift32(LongVector a, double aDouble, LongVector b) {
        DoubleVector estimate = ((DoubleVector) b.convert(VectorOperators.L2D, 0)).mul(aDouble * 0x1p-32).add(OFFSET);
        LongVector q = ((LongVector) estimate.convert(VectorOperators.D2L, 0)).sub(OFFSET_LONG);
        LongVector remainder = a.mul(b).sub(q.lanewise(VectorOperators.LSHL, 32));
        return Lanes.correct(q, remainder, LongVector.broadcast(LONGS, 1L << 32));
    }

    /** {@code floor(2^64 / d)} for {@code 2^32 <= d < 2^62}, as {@link LiquidAlpha#oneOver}. */
    private static LongVector oneOver(LongVector d) {
        DoubleVector estimate = DoubleVector.broadcast(DOUBLES, TWO_64).div((DoubleVector) d.convert(VectorOperators.L2D, 0));
        LongVector q = (LongVector) estimate.convert(VectorOperators.D2L, 0);
        LongVector remainder = q.mul(d).neg(); // 2^64 - q * d, modulo 2^64
        return Lanes.correct(q, remainder, d);
    }
}
