package io.yuma.simd;

import static io.yuma.simd.LaneConversions.COARSE;
import static io.yuma.simd.LaneConversions.COARSE_BITS;
import static io.yuma.simd.LaneConversions.SMALL;
import static io.yuma.simd.LaneConversions.SMALL_BITS;

import io.yuma.fixed.I32F32;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * substrate-fixed's {@code exp} series on vector lanes, for many operands at once.
 *
 * <p>For an operand {@code 0 <= x <= 20} (raw {@code x < 2^37}) every term stays below 2^58
 * (the largest, 20^20/20!, is about 4.3e7), so no checked operation of the chain's loop can
 * fail, and each step's floor-then-truncate pair is one floor of {@code E = t * x / (i * 2^32)}
 * for the previous term {@code t}. Each step finds it exactly:
 * <ol>
 * <li>an estimate {@code y} from {@code t} with its low 16 bits dropped ({@code t >>> 16} below
 * 2^42 converts exactly), times {@code x} (exact below 2^51) times {@code 2^-16 / i}: three
 * roundings of at most 2^-53 each, so {@code y <= E + 96}, and dropping the bits lowers it by
 * less than {@code 2^16 * x / (i * 2^32) <= 655,360};
 * <li>{@code Q}, {@code y} rounded to a multiple of 256 (one addition of 1.5 * 2^60, whose binade
 * has that spacing, and its bits less the constant's) less 256: {@code E - 655,840 <= Q <= E - 32};
 * <li>the remainder {@code t * x - Q * i * 2^32}, in [0, 2^58) and so exact in wrapping lanes,
 * whose quotient by {@code i * 2^32} is {@code floor(k / i)} for {@code k} its top bits
 * ({@code k < 2^26}): {@code (k + 1/2) / i - 1/2} is at least {@code 1/62} from a half-integer
 * and its double within 2^-25 of it, so rounding it to the nearest integer (the 1.5 * 2^52
 * addition) is that floor.
 * </ol>
 * The new term is {@code Q} plus that floor. A zero term gives zero terms after it (the steps
 * above map 0 to 0), so the chain's stop at the first zero term changes no sum, and the steps run
 * until every lane's term is zero or the chain's 30 terms are done.
 *
 * <p>The loops run one step over all operands per pass (each operand's series is a serial chain,
 * and consecutive operands are independent), written with {@code jdk.incubator.vector} calls
 * only: a vector crossing a call the JIT does not inline is boxed on the heap, and the JIT stops
 * inlining ordinary methods into a large vector loop.
 */
final class ExpLanes {
    private static final VectorSpecies<Long> LONGS = LongVector.SPECIES_PREFERRED;
    private static final int TERMS = 32;
    private static final double[] INVERSE = new double[TERMS];
    private static final double[] INVERSE_SHIFTED = new double[TERMS];
    private static final double[] HALF_INVERSE_LESS_HALF = new double[TERMS];

    static {
        for (int i = 1; i < TERMS; i++) {
            INVERSE[i] = 1.0 / i;
            INVERSE_SHIFTED[i] = 0x1p-16 / i;
            HALF_INVERSE_LESS_HALF[i] = 0.5 / i - 0.5;
        }
    }

    private ExpLanes() {
    }

    /** Operands {@link #series} reads (and results it writes) past {@code len}: arrays need this much room. */
    static int paddedLength(int len) {
        int block = LONGS.length();
        return (len + block - 1) / block * block;
    }

    /**
     * {@code out[t] = series(x[t])}: the positive-operand part of {@code exp} (before the inversion
     * of negative inputs) for {@code 0 < x[t] <= 20.0} raw, excluding exactly 1.0, which the chain
     * answers with its constant E. All three arrays must hold {@link #paddedLength}{@code (len)}
     * entries: the last vector runs whole, on whatever operands follow {@code len}, which are
     * first clamped to [0, 20] in {@code x}.
     *
     * @param term scratch for the current terms
     */
    static void series(long[] x, long[] out, long[] term, int len) {
        int width = LONGS.length();
        long twenty = I32F32.fromInt(20);
        for (int t = 0; t < len; t += width) {
            LongVector operand = LongVector.fromArray(LONGS, x, t); // padding lanes are clamped
            operand = operand.blend(0L, operand.compare(VectorOperators.LT, 0L))
                    .blend(twenty, operand.compare(VectorOperators.GT, twenty));
            operand.intoArray(x, t);
            operand.intoArray(term, t);
            operand.add(I32F32.ONE).intoArray(out, t);
        }
        for (int i = 2; i < TERMS; i++) {
            double scale = INVERSE_SHIFTED[i];
            double inverse = INVERSE[i];
            double offset = HALF_INVERSE_LESS_HALF[i];
            long divisor = (long) i << 32;
            LongVector any = LongVector.zero(LONGS);
            for (int t = 0; t < len; t += width) {
                LongVector xv = LongVector.fromArray(LONGS, x, t);
                LongVector tv = LongVector.fromArray(LONGS, term, t);
                DoubleVector xd = xv.add(SMALL_BITS).reinterpretAsDoubles().sub(SMALL);
                DoubleVector y = tv.lanewise(VectorOperators.LSHR, 16).add(SMALL_BITS).reinterpretAsDoubles().sub(SMALL)
                        .mul(xd).mul(scale);
                LongVector q = y.add(COARSE).reinterpretAsLongs().sub(COARSE_BITS + 1).lanewise(VectorOperators.LSHL, 8);
                LongVector k = tv.mul(xv).sub(q.mul(divisor)).lanewise(VectorOperators.LSHR, 32);
                LongVector next = k.add(SMALL_BITS).reinterpretAsDoubles().sub(SMALL).mul(inverse).add(offset).add(SMALL)
                        .reinterpretAsLongs().sub(SMALL_BITS).add(q);
                next.intoArray(term, t);
                LongVector.fromArray(LONGS, out, t).add(next).intoArray(out, t);
                any = any.or(next);
            }
            if (any.reduceLanes(VectorOperators.OR) == 0) {
                break; // every later term is zero: the sums are final
            }
        }
    }
}
