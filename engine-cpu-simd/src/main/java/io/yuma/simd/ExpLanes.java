package io.yuma.simd;

import io.yuma.fixed.I32F32;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * substrate-fixed's {@code exp} series on vector lanes, for many operands at once.
 *
 * <p>For an operand {@code 0 < x <= 20} (raw {@code x < 2^37}) every term stays below 2^62, so
 * {@code floor(term * x / 2^32)} splits exactly into 32-bit halves:
 * {@code term * xh + th * xl + ((tl * xl) >>> 32)} with {@code x = xh * 2^32 + xl} and
 * {@code term = th * 2^32 + tl}, three lane multiplies that cannot overflow. The truncating
 * division by i is a double estimate biased low by 1024 (its error is below 800 for dividends
 * under 2^62), corrected by the exact remainder, whose small quotient doubles compute exactly.
 */
final class ExpLanes {
    private static final VectorSpecies<Long> LONGS = LongVector.SPECIES_PREFERRED;
    private static final long LOW32 = 0xFFFF_FFFFL;
    private static final long BIAS = 1024;
    private static final double[] INVERSE = new double[32];

    static {
        for (int i = 1; i < INVERSE.length; i++) {
            INVERSE[i] = 1.0 / i;
        }
    }

    private ExpLanes() {
    }

    /**
     * {@code out[t] = series(x[t])}: the positive-operand part of {@code exp} (before the inversion
     * of negative inputs) for {@code 0 < x[t] <= 20.0} raw, excluding exactly 1.0, which the chain
     * answers with its constant E.
     */
    static void series(long[] x, long[] out, int len) {
        int width = LONGS.length();
        int t = 0;
        // two independent vectors per pass: each series is a serial chain of 30 dependent
        // steps, so interleaving two chains keeps the multipliers busy
        for (; t + 2 * width <= len; t += 2 * width) {
            LongVector xa = LongVector.fromArray(LONGS, x, t);
            LongVector xb = LongVector.fromArray(LONGS, x, t + width);
            LongVector xha = xa.lanewise(VectorOperators.LSHR, 32);
            LongVector xla = xa.and(LOW32);
            LongVector xhb = xb.lanewise(VectorOperators.LSHR, 32);
            LongVector xlb = xb.and(LOW32);
            LongVector termA = xa;
            LongVector termB = xb;
            LongVector resultA = xa.add(I32F32.ONE);
            LongVector resultB = xb.add(I32F32.ONE);
            for (int i = 2; i < 32; i++) {
                termA = divide(mulFloor(termA, xha, xla), i);
                termB = divide(mulFloor(termB, xhb, xlb), i);
                resultA = resultA.add(termA);
                resultB = resultB.add(termB);
            }
            resultA.intoArray(out, t);
            resultB.intoArray(out, t + width);
        }
        for (; t + width <= len; t += width) {
            LongVector xa = LongVector.fromArray(LONGS, x, t);
            LongVector xha = xa.lanewise(VectorOperators.LSHR, 32);
            LongVector xla = xa.and(LOW32);
            LongVector termA = xa;
            LongVector resultA = xa.add(I32F32.ONE);
            for (int i = 2; i < 32; i++) {
                termA = divide(mulFloor(termA, xha, xla), i);
                resultA = resultA.add(termA);
            }
            resultA.intoArray(out, t);
        }
        for (; t < len; t++) {
            out[t] = scalarSeries(x[t]);
        }
    }

    /** {@code floor(term * x / 2^32)} for {@code x = xh * 2^32 + xl}, exact in the series' range. */
    private static LongVector mulFloor(LongVector term, LongVector xh, LongVector xl) {
        LongVector th = term.lanewise(VectorOperators.LSHR, 32);
        LongVector tl = term.and(LOW32);
        return term.mul(xh).add(th.mul(xl)).add(tl.mul(xl).lanewise(VectorOperators.LSHR, 32));
    }

    private static LongVector divide(LongVector dividend, int divisor) {
        double inverse = INVERSE[divisor];
        DoubleVector asDouble = (DoubleVector) dividend.convert(VectorOperators.L2D, 0);
        LongVector estimate = ((LongVector) asDouble.mul(inverse).convert(VectorOperators.D2L, 0)).sub(BIAS);
        LongVector remainder = dividend.sub(estimate.mul(divisor));
        // remainder in [254 i, 2048 i): (r + 1/2) / i sits at least 1/64 away from an integer,
        // far beyond the rounding of the multiply, so truncation is the exact floor
        DoubleVector half = ((DoubleVector) remainder.convert(VectorOperators.L2D, 0)).add(0.5);
        return estimate.add((LongVector) half.mul(inverse).convert(VectorOperators.D2L, 0));
    }

    /** The same series, one operand, for the tail of an array. */
    static long scalarSeries(long operand) {
        long result = operand + I32F32.ONE;
        long term = operand;
        for (int i = 2; i < 32; i++) {
            long hi = Math.multiplyHigh(term, operand);
            long lo = term * operand;
            term = SmallDivisors.divide((hi << 32) | (lo >>> 32), i);
            result += term;
        }
        return result;
    }
}
