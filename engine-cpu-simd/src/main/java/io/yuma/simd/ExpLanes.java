package io.yuma.simd;

import io.yuma.fixed.I32F32;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * substrate-fixed's {@code exp} series on vector lanes, for many operands at once.
 *
 * <p>For an operand {@code 0 < x <= 20} (raw {@code x < 2^37}) every term stays below 2^58
 * (the largest, 20^20/20!, is about 4.3e7), so no checked operation of the chain's loop can
 * fail, and each step's floor-then-truncate pair is one floor of {@code term * x / (i * 2^32)},
 * computed exactly in {@link #nextTerm}.
 */
final class ExpLanes {
    private static final VectorSpecies<Long> LONGS = LongVector.SPECIES_PREFERRED;
    private static final long BIAS = 128;
    private static final double[] INVERSE = new double[32];
    private static final double[] INVERSE_SHIFTED = new double[32];

    static {
        for (int i = 1; i < INVERSE.length; i++) {
            INVERSE[i] = 1.0 / i;
            INVERSE_SHIFTED[i] = 0x1p-32 / i;
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
            DoubleVector xda = (DoubleVector) xa.convert(VectorOperators.L2D, 0);
            DoubleVector xdb = (DoubleVector) xb.convert(VectorOperators.L2D, 0);
            LongVector termA = xa;
            LongVector termB = xb;
            LongVector resultA = xa.add(I32F32.ONE);
            LongVector resultB = xb.add(I32F32.ONE);
            for (int i = 2; i < 32; i++) {
                termA = nextTerm(termA, xa, xda, i);
                termB = nextTerm(termB, xb, xdb, i);
                resultA = resultA.add(termA);
                resultB = resultB.add(termB);
            }
            resultA.intoArray(out, t);
            resultB.intoArray(out, t + width);
        }
        for (; t + width <= len; t += width) {
            LongVector xa = LongVector.fromArray(LONGS, x, t);
            DoubleVector xda = (DoubleVector) xa.convert(VectorOperators.L2D, 0);
            LongVector termA = xa;
            LongVector resultA = xa.add(I32F32.ONE);
            for (int i = 2; i < 32; i++) {
                termA = nextTerm(termA, xa, xda, i);
                resultA = resultA.add(termA);
            }
            resultA.intoArray(out, t);
        }
        for (; t < len; t++) {
            out[t] = scalarSeries(x[t]);
        }
    }

    /**
     * {@code floor(floor(term * x / 2^32) / i)}, which is {@code floor(term * x / (i * 2^32))}:
     * a double estimate within 86 of it, lowered by {@link #BIAS}, then raised by the exact
     * quotient of the remainder. The remainder {@code term * x - q * i * 2^32} lies in
     * [0, 2^45), so the wrapping lane products give it exactly; its quotient by {@code i * 2^32}
     * is {@code floor((r >>> 32) / i)}, a small integer division doubles do exactly with a
     * half-unit offset (every {@code (k + 1/2) / i} is at least 1/62 away from an integer).
     */
    private static LongVector nextTerm(LongVector term, LongVector x, DoubleVector xDouble, int i) {
        DoubleVector product = ((DoubleVector) term.convert(VectorOperators.L2D, 0)).mul(xDouble);
        LongVector q = ((LongVector) product.mul(INVERSE_SHIFTED[i]).convert(VectorOperators.D2L, 0)).sub(BIAS);
        LongVector remainder = term.mul(x).sub(q.mul((long) i << 32));
        DoubleVector high = ((DoubleVector) remainder.lanewise(VectorOperators.LSHR, 32).convert(VectorOperators.L2D, 0)).add(0.5);
        return q.add((LongVector) high.mul(INVERSE[i]).convert(VectorOperators.D2L, 0));
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
