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
 * fail, and each step's floor-then-truncate pair is one floor of {@code term * x / (i * 2^32)}:
 * a double estimate within 86 of it, lowered by {@link #BIAS}, then raised by the exact quotient
 * of the remainder. The remainder {@code term * x - q * i * 2^32} lies in [0, 2^45), so the
 * wrapping lane products give it exactly; its quotient by {@code i * 2^32} is
 * {@code floor((r >>> 32) / i)}, a small division doubles do exactly with a half-unit offset
 * (every {@code (k + 1/2) / i} is at least 1/62 away from an integer).
 *
 * <p>The step is written out inside the loop on purpose: a vector passed to or returned from a
 * method the JIT does not inline is boxed on the heap, and the JIT declines to inline methods
 * whose compiled vector code is large.
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

    /** Operands {@link #series} reads (and results it writes) past {@code len}: arrays need this much room. */
    static int paddedLength(int len) {
        int block = 2 * LONGS.length();
        return (len + block - 1) / block * block;
    }

    /**
     * {@code out[t] = series(x[t])}: the positive-operand part of {@code exp} (before the inversion
     * of negative inputs) for {@code 0 < x[t] <= 20.0} raw, excluding exactly 1.0, which the chain
     * answers with its constant E. Both arrays must hold {@link #paddedLength}{@code (len)}
     * entries: the last block of lanes runs whole, on whatever operands follow {@code len}.
     */
    static void series(long[] x, long[] out, int len) {
        int width = LONGS.length();
        // two independent vectors per pass: each series is a serial chain of 30 dependent
        // steps, so interleaving two chains keeps the multipliers and converters busy
        for (int t = 0; t < len; t += 2 * width) {
            LongVector xa = LongVector.fromArray(LONGS, x, t).max(0L).min(I32F32.fromInt(20)); // padding lanes
            LongVector xb = LongVector.fromArray(LONGS, x, t + width).max(0L).min(I32F32.fromInt(20));
            DoubleVector xda = LaneConversions.toDouble(xa);
            DoubleVector xdb = LaneConversions.toDouble(xb);
            LongVector termA = xa;
            LongVector termB = xb;
            LongVector resultA = xa.add(I32F32.ONE);
            LongVector resultB = xb.add(I32F32.ONE);
            for (int i = 2; i < 32; i++) {
                double scale = INVERSE_SHIFTED[i];
                double inverse = INVERSE[i];
                long divisor = (long) i << 32;
                DoubleVector productA = LaneConversions.toDouble(termA).mul(xda);
                DoubleVector productB = LaneConversions.toDouble(termB).mul(xdb);
                LongVector qa = LaneConversions.floorLarge(productA.mul(scale)).sub(BIAS);
                LongVector qb = LaneConversions.floorLarge(productB.mul(scale)).sub(BIAS);
                LongVector ra = termA.mul(xa).sub(qa.mul(divisor));
                LongVector rb = termB.mul(xb).sub(qb.mul(divisor));
                DoubleVector ha = LaneConversions.smallToDouble(ra.lanewise(VectorOperators.LSHR, 32)).add(0.5);
                DoubleVector hb = LaneConversions.smallToDouble(rb.lanewise(VectorOperators.LSHR, 32)).add(0.5);
                termA = qa.add(LaneConversions.floor(ha.mul(inverse)));
                termB = qb.add(LaneConversions.floor(hb.mul(inverse)));
                resultA = resultA.add(termA);
                resultB = resultB.add(termB);
                if (termA.or(termB).reduceLanes(VectorOperators.OR) == 0) {
                    break; // a zero term makes every later term zero: the sums are final
                }
            }
            resultA.intoArray(out, t);
            resultB.intoArray(out, t + width);
        }
    }
}
