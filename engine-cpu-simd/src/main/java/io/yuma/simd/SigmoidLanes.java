package io.yuma.simd;

import static io.yuma.fixed.I32F32.ONE;
import static io.yuma.fixed.I32F32.ZERO;

import static io.yuma.simd.LaneConversions.HIGH_AND_LOW_OFFSET;
import static io.yuma.simd.LaneConversions.HIGH_EXPONENT;
import static io.yuma.simd.LaneConversions.LOW_EXPONENT;
import static io.yuma.simd.LaneConversions.LOW_MASK;
import static io.yuma.simd.LaneConversions.SMALL;
import static io.yuma.simd.LaneConversions.SMALL_BITS;

import io.yuma.fixed.I32F32;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The arithmetic of {@code alpha_sigmoid} around its {@code exp} on vector lanes. Every operand
 * here has a known range ({@code combined_diff} in [0, 1], steepness / -100 below 2^41 raw,
 * alphas in [0, 1]), in which none of the chain's saturating operations saturates, so each is an
 * exact floor:
 * <ul>
 * <li>{@code floor(a * b / 2^32)}: a double estimate is within one; the remainder
 * {@code a * b - q * 2^32} lies in (-2^32, 2^33), exact in wrapping long lanes and, when
 * {@code a} and {@code b} are exact doubles, as {@code fma(a, b, -q * 2^32)}; one comparison or
 * sign shift on each side corrects q;
 * <li>{@code floor(2^64 / d)} for {@code 2^32 <= d < 2^62}: the estimate is within one, the
 * remainder {@code 2^64 - q * d} lies in (-d, 2d), exact in wrapping long lanes (and for
 * {@code d < 2^51} as {@code fma(-q, d, 2^64)}), corrected the same way.
 * </ul>
 * The steps and conversions ({@link LaneConversions}) are written out in the loops: a vector
 * crossing a call the JIT does not inline is boxed on the heap. Clamps and magnitudes are
 * compares and blends: {@code min}, {@code max} and {@code abs} of long lanes are AVX-512
 * instructions, and without them the Vector API runs them as Java loops that allocate. Loops run
 * whole vectors; callers pad their arrays ({@link ExpLanes#paddedLength}).
 */
final class SigmoidLanes {
    private static final VectorSpecies<Long> LONGS = LongVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_PREFERRED;
    private static final long LIMIT = I32F32.fromInt(20);
    private static final long E = I32F32.exp(ONE);
    private static final double OFFSET = 0x1p45;
    private static final long OFFSET_LONG = 1L << 45;
    private static final long TWO_32 = 1L << 32;

    private SigmoidLanes() {
    }

    /**
     * {@code x[t] = clamp(floor(steepness * (diff[t] - 0.5) / 2^32), -20, 20)} (the exponent
     * {@code exp_safe} sees) and {@code operand[t] = |x[t]|}, for t below {@code len} rounded up
     * to whole vectors.
     *
     * @param steepnessOverMinus100 {@code alpha_sigmoid_steepness / -100}, I32F32 raw
     */
    static void exponents(long[] diff, long[] x, long[] operand, int len, long steepnessOverMinus100) {
        double steepness = steepnessOverMinus100; // exact: below 2^41
        double scale = steepness * 0x1p-32;
        double limit = LIMIT;
        for (int t = 0; t < len; t += LONGS.length()) {
            // u = diff - 1/2 in [-2^31, 2^31], exact (padding lanes compute nonsense that is clamped)
            DoubleVector u = LongVector.fromArray(LONGS, diff, t).sub(I32F32.HALF).add(SMALL_BITS).reinterpretAsDoubles()
                    .sub(SMALL);
            // floor(u * steepness / 2^32): an estimate within one, corrected from the exact remainder
            DoubleVector q = u.mul(scale).sub(0.5).add(SMALL).sub(SMALL);
            DoubleVector r = u.lanewise(VectorOperators.FMA, steepness, q.mul(-0x1p32)); // in (-2^32, 2^33): exact
            q = q.sub(1.0, r.compare(VectorOperators.LT, 0.0)).add(1.0, r.compare(VectorOperators.GE, 0x1p32));
            DoubleVector clamped = q.blend(-limit, q.compare(VectorOperators.LT, -limit))
                    .blend(limit, q.compare(VectorOperators.GT, limit));
            LongVector exponent = clamped.add(SMALL).reinterpretAsLongs().sub(SMALL_BITS);
            exponent.intoArray(x, t);
            exponent.blend(exponent.neg(), exponent.compare(VectorOperators.LT, 0L)).intoArray(operand, t);
        }
    }

    /**
     * From the exponents and the series of their magnitudes: {@code exp_safe} (the chain's
     * special cases 0 and 1, and {@code 1 / series} for negative exponents), the sigmoid
     * {@code 1 / (1 + e)} and {@code clamp(low + sigmoid * (high - low), low, high)}.
     */
    static void alphas(long[] x, long[] seriesValues, long[] alpha, int len, long low, long high) {
        long span = high - low;
        double spanScale = span * 0x1p-32;
        DoubleVector twoTo64 = DoubleVector.broadcast(DOUBLES, 0x1p64);
        for (int t = 0; t < len; t += LONGS.length()) {
            LongVector exponent = LongVector.fromArray(LONGS, x, t);
            LongVector series = LongVector.fromArray(LONGS, seriesValues, t);
            LongVector positive = series.blend(ONE, series.compare(VectorOperators.LT, ONE)); // padding lanes stay in range
            // 1 / series, for negative exponents
            DoubleVector positiveD = positive.lanewise(VectorOperators.LSHR, 32).or(HIGH_EXPONENT).reinterpretAsDoubles()
                    .sub(HIGH_AND_LOW_OFFSET).add(positive.and(LOW_MASK).or(LOW_EXPONENT).reinterpretAsDoubles());
            LongVector inverse = twoTo64.div(positiveD).sub(0.5).add(SMALL).reinterpretAsLongs().sub(SMALL_BITS);
            LongVector r = inverse.mul(positive).neg();
            inverse = inverse.add(r.lanewise(VectorOperators.ASHR, 63))
                    .sub(positive.sub(1L).sub(r).lanewise(VectorOperators.ASHR, 63));
            LongVector e = positive.blend(inverse, exponent.compare(VectorOperators.LT, 0L))
                    .blend(ONE, exponent.compare(VectorOperators.EQ, ZERO))
                    .blend(E, exponent.compare(VectorOperators.EQ, ONE));
            // sigmoid = 1 / (1 + e)
            LongVector d = e.add(ONE);
            DoubleVector dd = d.lanewise(VectorOperators.LSHR, 32).or(HIGH_EXPONENT).reinterpretAsDoubles()
                    .sub(HIGH_AND_LOW_OFFSET).add(d.and(LOW_MASK).or(LOW_EXPONENT).reinterpretAsDoubles());
            LongVector sigmoid = twoTo64.div(dd).sub(0.5).add(SMALL).reinterpretAsLongs().sub(SMALL_BITS);
            r = sigmoid.mul(d).neg();
            sigmoid = sigmoid.add(r.lanewise(VectorOperators.ASHR, 63))
                    .sub(d.sub(1L).sub(r).lanewise(VectorOperators.ASHR, 63));
            // low + floor(sigmoid * span / 2^32)
            DoubleVector estimate = sigmoid.add(SMALL_BITS).reinterpretAsDoubles().sub(SMALL).mul(spanScale).add(OFFSET);
            LongVector q = estimate.sub(0.5).add(SMALL).reinterpretAsLongs().sub(SMALL_BITS + OFFSET_LONG);
            r = sigmoid.mul(span).sub(q.lanewise(VectorOperators.LSHL, 32));
            q = q.add(r.lanewise(VectorOperators.ASHR, 63))
                    .sub(r.neg().add(TWO_32 - 1).lanewise(VectorOperators.ASHR, 63));
            LongVector a = q.add(low);
            a = a.blend(high, a.compare(VectorOperators.GT, high));
            a.blend(low, a.compare(VectorOperators.LT, low)).intoArray(alpha, t);
        }
    }

    /**
     * {@link #alphas} when every series value is below 2^51 (operands at most
     * {@link ExpLanes#DOUBLE_LIMIT}), on double lanes: then every operand of the three exact
     * floors is an exact double, and each is an estimate corrected from an exact remainder.
     * <ul>
     * <li>{@code floor(2^64 / s)} for {@code 2^32 <= s < 2^51} (the inverse, and the sigmoid with
     * {@code s = 1 + e}): the correctly rounded quotient, at most 2^32, lowered by 1/2 and rounded
     * to an integer, is within one of the floor; the remainder {@code 2^64 - q * s} is then in
     * (-s, 2s), an integer below 2^52, so {@code fma(q, -s, 2^64)} is exact, and one comparison
     * on each side corrects q;
     * <li>{@code floor(sigmoid * span / 2^32)} for {@code 0 <= sigmoid <= 2^32} and
     * {@code |span| <= 2^32}: the estimate from the rounded product is within one, and the
     * remainder {@code sigmoid * span - q * 2^32}, in (-2^32, 2^33), is {@code fma(sigmoid, span,
     * -q * 2^32)} exactly.
     * </ul>
     * Every sum and clamp is of integers below 2^53, exact. Padding lanes past {@code len} run on
     * whatever they hold, clamped into range first.
     */
    static void alphasOfSmallSeries(long[] x, long[] seriesValues, long[] alpha, int len, long low, long high) {
        double span = high - low;
        double lowD = low;
        double highD = high;
        double one = ONE;
        double e = E;
        for (int t = 0; t < len; t += LONGS.length()) {
            LongVector exponent = LongVector.fromArray(LONGS, x, t);
            LongVector series = LongVector.fromArray(LONGS, seriesValues, t);
            series = series.blend(ONE, series.compare(VectorOperators.LT, ONE)) // padding lanes stay in range
                    .blend(ONE, series.compare(VectorOperators.GE, 1L << 51));
            DoubleVector s = series.add(SMALL_BITS).reinterpretAsDoubles().sub(SMALL);
            // 1 / series, for negative exponents
            DoubleVector q = DoubleVector.broadcast(DOUBLES, 0x1p64).div(s).sub(0.5).add(SMALL).sub(SMALL);
            DoubleVector r = q.neg().lanewise(VectorOperators.FMA, s, 0x1p64);
            q = q.sub(1.0, r.compare(VectorOperators.LT, 0.0)).add(1.0, r.compare(VectorOperators.GE, s));
            DoubleVector exp = s.blend(q, exponent.compare(VectorOperators.LT, 0L).cast(DOUBLES))
                    .blend(one, exponent.compare(VectorOperators.EQ, ZERO).cast(DOUBLES))
                    .blend(e, exponent.compare(VectorOperators.EQ, ONE).cast(DOUBLES));
            // sigmoid = 1 / (1 + e)
            DoubleVector d = exp.add(one);
            DoubleVector sigmoid = DoubleVector.broadcast(DOUBLES, 0x1p64).div(d).sub(0.5).add(SMALL).sub(SMALL);
            r = sigmoid.neg().lanewise(VectorOperators.FMA, d, 0x1p64);
            sigmoid = sigmoid.sub(1.0, r.compare(VectorOperators.LT, 0.0)).add(1.0, r.compare(VectorOperators.GE, d));
            // low + floor(sigmoid * span / 2^32), clamped to [low, high] (high first, as the chain)
            DoubleVector product = sigmoid.mul(span * 0x1p-32).sub(0.5).add(SMALL).sub(SMALL);
            r = sigmoid.lanewise(VectorOperators.FMA, span, product.mul(-0x1p32));
            product = product.sub(1.0, r.compare(VectorOperators.LT, 0.0)).add(1.0, r.compare(VectorOperators.GE, 0x1p32));
            DoubleVector a = product.add(lowD);
            a = a.blend(highD, a.compare(VectorOperators.GT, highD));
            a = a.blend(lowD, a.compare(VectorOperators.LT, lowD));
            a.add(SMALL).reinterpretAsLongs().sub(SMALL_BITS).intoArray(alpha, t);
        }
    }
}
