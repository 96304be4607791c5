package io.yuma.simd;

import static io.yuma.simd.LaneConversions.COARSE;
import static io.yuma.simd.LaneConversions.COARSE_BITS;
import static io.yuma.simd.LaneConversions.SMALL;
import static io.yuma.simd.LaneConversions.SMALL_BITS;
import static jdk.incubator.vector.VectorOperators.FMA;
import static jdk.incubator.vector.VectorOperators.GE;

import io.yuma.fixed.I32F32;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * substrate-fixed's {@code exp} series on vector lanes, for many operands at once: the chain's
 * loop starts from {@code 1 + x} and the term {@code x}, and step {@code i} (2 to 31) replaces the
 * term by {@code floor(floor(t * x / 2^32) / i)}, which is one floor, {@code floor(t * x / (i * 2^32))},
 * and adds it. For the clamped operands of {@code exp_safe} ({@code 0 <= x <= 20}, raw below 2^37)
 * no checked operation of that loop can fail: every term stays below 2^58 (the largest, 20^20/20!,
 * is about 4.3e7). Terms grow with {@code x} (each floor is monotone in {@code t} and {@code x}),
 * so bounds proven at the largest operand of a range hold for the whole range.
 *
 * <p><b>Operands up to 13</b> (raw {@code x <= 13 * 2^32}, the usual case: the default steepness
 * keeps {@code |x| <= 5}) run on double lanes. There every term is below 2^48 (the largest,
 * 13^13/13!, is about 48,700) and the sum below 2^51 ({@code 2^32 * e^13}), so terms, operands and
 * sums are exact doubles, and a step is:
 * <ol>
 * <li>{@code fma(fl(t * x), 1/(i * 2^32), B - 1)} with {@code B = 1.5 * 2^52}: the exact
 * {@code fl(t * x) / (i * 2^32)} is within 1/16 of {@code F = t * x / (i * 2^32) < 2^48} (two
 * relative errors of 2^-53), and the FMA's one rounding, in the binade of {@code B} where doubles
 * are the integers, gives {@code B + q} with {@code q} the integer nearest {@code F - 1} give or take
 * 1/16: {@code floor(F) - 1} or {@code floor(F)};
 * <li>{@code -q * i * 2^32}, exactly, as {@code fma(B + q, -i * 2^32, B * i * 2^32)} ({@code q * i < 2^53});
 * <li>{@code r = fma(t, x, -q * i * 2^32) = t * x - q * i * 2^32} exactly: the exact result lies in
 * {@code [0, 2 i 2^32)}, an integer below 2^38, which the one rounding of the FMA leaves as it is;
 * <li>the new term is {@code (B + q) - B}, plus one where {@code r >= i * 2^32}: {@code B + q} less
 * {@code B} or {@code B - 1}.
 * </ol>
 * Eight lane operations a step (four multiplies or FMAs, a comparison, a blend, a subtraction and
 * the sum's addition). <b>Larger operands</b> take long lanes:
 * <ol>
 * <li>an estimate {@code y} from {@code t} with its low 16 bits dropped ({@code t >>> 16} below
 * 2^42 converts exactly), times {@code x} (exact below 2^51) times {@code 2^-16 / i}: three
 * roundings of at most 2^-53 each, so {@code y <= E + 96} for {@code E = t * x / (i * 2^32)},
 * and dropping the bits lowers it by less than {@code 2^16 * x / (i * 2^32) <= 655,360};
 * <li>{@code Q}, {@code y} rounded to a multiple of 256 (one addition of 1.5 * 2^60, whose binade
 * has that spacing, and its bits less the constant's) less 256: {@code E - 655,840 <= Q <= E - 32};
 * <li>the remainder {@code t * x - Q * i * 2^32}, in [0, 2^58) and so exact in wrapping lanes,
 * whose quotient by {@code i * 2^32} is {@code floor(k / i)} for {@code k} its top bits
 * ({@code k < 2^26}): {@code (k + 1/2) / i - 1/2} is at least {@code 1/62} from a half-integer
 * and its double within 2^-25 of it, so rounding it to the nearest integer (the 1.5 * 2^52
 * addition) is that floor.
 * </ol>
 * The new term is {@code Q} plus that floor (about 24 lane operations, two of them 64-bit
 * multiplies that AVX2 builds from 32-bit ones). Either way a zero term gives zero terms after it
 * (the steps map 0 to 0), so the chain's loop, which adds them, and the lanes, which stop once
 * every lane's term is zero, give the same sums.
 *
 * <p>Each operand's series is a serial chain; consecutive operands are independent. The double
 * lanes carry {@value #GROUP} vectors of operands at once through every step, in registers, so
 * that each step's latency is hidden by the other chains', and stop at the first step whose term
 * is zero for the group's largest operand (then it is for all, from there on): a table holds,
 * per step, the last operand with a zero term, found when the class loads by bisection over the
 * chain's own steps. The long lanes run one step over all operands per pass and stop once every
 * term is zero. Both are written with
 * {@code jdk.incubator.vector} calls only: a vector crossing a call the JIT does not inline is
 * boxed on the heap, and the JIT stops inlining ordinary methods into a large vector loop. One
 * instance per thread: it holds the long lanes' scratch row.
 */
final class ExpLanes {
    private static final VectorSpecies<Long> LONGS = LongVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_PREFERRED;
    private static final int TERMS = 32;
    /** Vectors whose series the double-lane loop carries at once, in registers. */
    private static final int GROUP = 4;
    /** The largest raw operand of the double-lane steps: 13.0. */
    static final long DOUBLE_LIMIT = I32F32.fromInt(13);
    private static final double[] INVERSE = new double[TERMS];
    private static final double[] INVERSE_SHIFTED = new double[TERMS];
    private static final double[] HALF_INVERSE_LESS_HALF = new double[TERMS];
    /**
     * {@code ZERO_TERM_LIMIT[i]}: the largest raw operand up to {@link #DOUBLE_LIMIT} whose term
     * {@code i} is zero; terms grow with the operand, so every smaller operand's is zero too, and
     * so are all its later terms.
     */
    private static final double[] ZERO_TERM_LIMIT = new double[TERMS];

    static {
        for (int i = 2; i < TERMS; i++) {
            ZERO_TERM_LIMIT[i] = zeroTermLimit(i);
        }
        for (int i = 1; i < TERMS; i++) {
            INVERSE[i] = 1.0 / i;
            INVERSE_SHIFTED[i] = 0x1p-16 / i;
            HALF_INVERSE_LESS_HALF[i] = 0.5 / i - 0.5;
        }
    }

    /**
     * The largest raw operand {@code x <= DOUBLE_LIMIT} whose term {@code step} of the series is
     * zero, by bisection over the chain's own steps (the term is monotone in {@code x}).
     */
    static long zeroTermLimit(int step) {
        long zero = 0; // term(0) = 0
        long positive = DOUBLE_LIMIT + 1;
        if (term(DOUBLE_LIMIT, step) == 0) {
            return DOUBLE_LIMIT;
        }
        while (positive - zero > 1) {
            long mid = zero + (positive - zero) / 2;
            if (term(mid, step) == 0) {
                zero = mid;
            } else {
                positive = mid;
            }
        }
        return zero;
    }

    /** Term {@code step} of the series of {@code x <= DOUBLE_LIMIT}: the chain's steps from the term {@code x}. */
    private static long term(long x, int step) {
        long t = x;
        for (int i = 2; i <= step; i++) {
            // floor(t * x / 2^32), the product below 2^84, then floor(/ i)
            t = (Math.multiplyHigh(t, x) << 32 | (t * x) >>> 32) / i;
        }
        return t;
    }

    private final long[] lanes = new long[LONGS.length()];
    private long[] term = new long[0];

    /** Operands {@link #series} reads (and results it writes) past {@code len}: arrays need this much room. */
    static int paddedLength(int len) {
        int block = GROUP * LONGS.length();
        return (len + block - 1) / block * block;
    }

    /**
     * {@code out[t] = series(x[t])}: the positive-operand part of {@code exp} (before the inversion
     * of negative inputs) for {@code 0 < x[t] <= 20.0} raw, excluding exactly 1.0, which the chain
     * answers with its constant E. Both arrays must hold {@link #paddedLength}{@code (len)}
     * entries: the last group of vectors runs whole, on operands that follow {@code len}, which
     * are first set to 0 in {@code x}.
     *
     * @return whether every operand was at most {@link #DOUBLE_LIMIT}: then every sum is below
     *     2^51 (padding lanes included)
     */
    boolean series(long[] x, long[] out, int len) {
        int padded = paddedLength(len);
        if (term.length < padded) {
            int capacity = Math.max(padded, term.length * 2);
            term = new long[capacity];
        }
        java.util.Arrays.fill(x, len, padded, 0L); // padding lanes: series of 0, ended at once
        if (clampToRange(x, padded) <= DOUBLE_LIMIT) {
            seriesOnDoubles(x, out, len);
            return true;
        }
        seriesOnLongs(x, out, len);
        return false;
    }

    /** Clamps the operands to [0, 20] in place and returns the largest. */
    private long clampToRange(long[] x, int len) {
        long twenty = I32F32.fromInt(20);
        LongVector largest = LongVector.zero(LONGS);
        for (int t = 0; t < len; t += LONGS.length()) {
            LongVector operand = LongVector.fromArray(LONGS, x, t); // padding lanes are clamped
            operand = operand.blend(0L, operand.compare(VectorOperators.LT, 0L))
                    .blend(twenty, operand.compare(VectorOperators.GT, twenty));
            operand.intoArray(x, t);
            largest = largest.blend(operand, operand.compare(VectorOperators.GT, largest));
        }
        largest.intoArray(lanes, 0);
        long max = 0;
        for (long lane : lanes) {
            max = Math.max(max, lane);
        }
        return max;
    }

    private void seriesOnDoubles(long[] x, long[] out, int len) {
        int width = DOUBLES.length();
        int padded = paddedLength(len);
        DoubleVector smallOrLess = DoubleVector.broadcast(DOUBLES, SMALL);
        for (int t = 0; t < padded; t += GROUP * width) {
            DoubleVector x0 = LongVector.fromArray(LONGS, x, t).add(SMALL_BITS).reinterpretAsDoubles().sub(SMALL);
            DoubleVector x1 = LongVector.fromArray(LONGS, x, t + width)
                    .add(SMALL_BITS).reinterpretAsDoubles().sub(SMALL);
            DoubleVector x2 = LongVector.fromArray(LONGS, x, t + 2 * width)
                    .add(SMALL_BITS).reinterpretAsDoubles().sub(SMALL);
            DoubleVector x3 = LongVector.fromArray(LONGS, x, t + 3 * width)
                    .add(SMALL_BITS).reinterpretAsDoubles().sub(SMALL);
            DoubleVector t0 = x0;
            DoubleVector t1 = x1;
            DoubleVector t2 = x2;
            DoubleVector t3 = x3;
            DoubleVector s0 = x0.add(0x1p32);
            DoubleVector s1 = x1.add(0x1p32);
            DoubleVector s2 = x2.add(0x1p32);
            DoubleVector s3 = x3.add(0x1p32);
            double largest = x0.max(x1).max(x2).max(x3).reduceLanes(VectorOperators.MAX);
            // no step once the largest operand's term is zero: every operand's is, and stays so
            for (int i = 2; i < TERMS && largest > ZERO_TERM_LIMIT[i]; i++) {
                double inverse = INVERSE[i] * 0x1p-32;
                double divisor = i * 0x1p32;
                double bias = SMALL * divisor;
                // four independent chains in flight, each step as in the class comment (B is SMALL)
                DoubleVector q0 = t0.mul(x0).lanewise(FMA, inverse, SMALL - 1.0); // B + q
                DoubleVector q1 = t1.mul(x1).lanewise(FMA, inverse, SMALL - 1.0); // B + q
                DoubleVector q2 = t2.mul(x2).lanewise(FMA, inverse, SMALL - 1.0); // B + q
                DoubleVector q3 = t3.mul(x3).lanewise(FMA, inverse, SMALL - 1.0); // B + q
                DoubleVector r0 = t0.lanewise(FMA, x0, q0.lanewise(FMA, -divisor, bias));
                DoubleVector r1 = t1.lanewise(FMA, x1, q1.lanewise(FMA, -divisor, bias));
                DoubleVector r2 = t2.lanewise(FMA, x2, q2.lanewise(FMA, -divisor, bias));
                DoubleVector r3 = t3.lanewise(FMA, x3, q3.lanewise(FMA, -divisor, bias));
                t0 = q0.sub(smallOrLess.blend(SMALL - 1.0, r0.compare(GE, divisor)));
                t1 = q1.sub(smallOrLess.blend(SMALL - 1.0, r1.compare(GE, divisor)));
                t2 = q2.sub(smallOrLess.blend(SMALL - 1.0, r2.compare(GE, divisor)));
                t3 = q3.sub(smallOrLess.blend(SMALL - 1.0, r3.compare(GE, divisor)));
                s0 = s0.add(t0);
                s1 = s1.add(t1);
                s2 = s2.add(t2);
                s3 = s3.add(t3);
            }
            s0.add(SMALL).reinterpretAsLongs().sub(SMALL_BITS).intoArray(out, t);
            s1.add(SMALL).reinterpretAsLongs().sub(SMALL_BITS).intoArray(out, t + width);
            s2.add(SMALL).reinterpretAsLongs().sub(SMALL_BITS).intoArray(out, t + 2 * width);
            s3.add(SMALL).reinterpretAsLongs().sub(SMALL_BITS).intoArray(out, t + 3 * width);
        }
    }

    private void seriesOnLongs(long[] x, long[] out, int len) {
        int width = LONGS.length();
        for (int t = 0; t < len; t += width) {
            LongVector operand = LongVector.fromArray(LONGS, x, t);
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
