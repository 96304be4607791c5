package io.yuma.simd;

import static io.yuma.fixed.I32F32.ZERO;
import static io.yuma.fixed.I32F32.safeDiv;
import static io.yuma.fixed.I32F32.saturatingAdd;
import static io.yuma.simd.LaneConversions.HIGH_AND_LOW_OFFSET;
import static io.yuma.simd.LaneConversions.HIGH_EXPONENT;
import static io.yuma.simd.LaneConversions.LOW_EXPONENT;
import static io.yuma.simd.LaneConversions.LOW_MASK;
import static io.yuma.simd.LaneConversions.SMALL;
import static io.yuma.simd.LaneConversions.SMALL_BITS;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The epoch's hot divisions on {@code jdk.incubator.vector} lanes, exact to the bit.
 *
 * <p>Almost every division of the epoch is {@code safe_div(v, d)} with {@code 0 <= v <= d}: a
 * normalization. Then the quotient {@code q = floor(v * 2^32 / d)} is at most 2^32, and a double
 * estimate is within one of it. For {@code 0 < d < 2^62} the remainder {@code v * 2^32 - q * d}
 * lies in (-d, 2d), so it is exact in wrapping 64-bit arithmetic, and one sign shift on each side
 * corrects the estimate (written out in each loop, with the conversions of {@link LaneConversions}:
 * a vector crossing a call the JIT does not inline is boxed on the heap). Lanes outside those bounds (and whole chunks containing one) take the
 * scalar {@link io.yuma.fixed.I32F32#safeDiv}, so every input gets the chain's answer.
 */
final class Lanes {
    private static final VectorSpecies<Long> LONGS = LongVector.SPECIES_PREFERRED;
    private static final long DIVISOR_LIMIT = 1L << 62;
    private static final double TWO_32 = 0x1p32;

    private Lanes() {
    }

    /** Lanes per vector, for the engine's start-up line. */
    static int lanes() {
        return LONGS.length();
    }

    /** {@code inplace_normalize} on {@code x[0..n)}: divide by the wrapping sum unless it is zero. */
    static void normalize(long[] x, int n) {
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += x[i];
        }
        normalizeUsingSum(x, n, sum);
    }

    /** {@code inplace_normalize_using_sum}. */
    static void normalizeUsingSum(long[] x, int n, long sum) {
        if (sum == ZERO) {
            return;
        }
        divideByShared(x, 0, n, sum);
    }

    /** {@code x[i] = safe_div(x[i], d)} for {@code i} in [from, to). */
    static void divideByShared(long[] x, int from, int to, long d) {
        int i = from;
        if (d > 0 && d < DIVISOR_LIMIT) {
            double scale = TWO_32 / d;
            LongVector divisor = LongVector.broadcast(LONGS, d);
            for (int bound = from + LONGS.loopBound(to - from); i < bound; i += LONGS.length()) {
                LongVector v = LongVector.fromArray(LONGS, x, i);
                if (v.or(divisor.sub(v)).reduceLanes(VectorOperators.OR) < 0) { // some v < 0 or v > d
                    scalarDivide(x, i, i + LONGS.length(), d);
                    continue;
                }
                DoubleVector vd = v.lanewise(VectorOperators.LSHR, 32).or(HIGH_EXPONENT).reinterpretAsDoubles()
                        .sub(HIGH_AND_LOW_OFFSET).add(v.and(LOW_MASK).or(LOW_EXPONENT).reinterpretAsDoubles());
                LongVector q = vd.mul(scale).sub(0.5).add(SMALL).reinterpretAsLongs().sub(SMALL_BITS);
                LongVector r = v.lanewise(VectorOperators.LSHL, 32).sub(q.mul(divisor));
                q.add(r.lanewise(VectorOperators.ASHR, 63)) // -1 where r < 0
                        .sub(divisor.sub(1L).sub(r).lanewise(VectorOperators.ASHR, 63)) // +1 where r >= d
                        .intoArray(x, i);
            }
        }
        scalarDivide(x, i, to, d);
    }

    private static void scalarDivide(long[] x, int from, int to, long d) {
        for (int i = from; i < to; i++) {
            x[i] = safeDiv(x[i], d);
        }
    }

    /**
     * {@code inplace_row_normalize_sparse} on rows freshly loaded from u16 weights (every value
     * {@code w << 32}): each row divided by its wrapping sum when that sum is positive.
     *
     * <p>Such a positive sum is {@code W << 32} for {@code 0 < W < 2^31}, and the quotient of a
     * value {@code w << 32 <= W << 32} is {@code floor(w * 2^32 / W)}, at most 2^32, between
     * integers that are exact doubles: the estimate {@code w * (2^32 / W)}, lowered by a half and
     * rounded, is within one of it, the remainder {@code w * 2^32 - q * W} lies in (-W, 2W) and is
     * {@code fma(q, -W, w * 2^32)} exactly, and one comparison on each side corrects q. A chunk
     * holding a value that is not such a multiple, or is above the sum, takes {@code safe_div}.
     */
    static void rowNormalizeWeights(SparseRows m) {
        long[] val = m.val;
        for (int i = 0; i < m.rows; i++) {
            int start = m.start(i);
            int end = m.end(i);
            LongVector sums = LongVector.zero(LONGS); // wrapping: any order
            int k = start;
            for (int bound = start + LONGS.loopBound(end - start); k < bound; k += LONGS.length()) {
                sums = sums.add(LongVector.fromArray(LONGS, val, k));
            }
            long sum = sums.reduceLanes(VectorOperators.ADD);
            for (; k < end; k++) {
                sum += val[k];
            }
            if (sum <= ZERO) {
                continue;
            }
            if ((sum & LOW_MASK) != 0) {
                divideByShared(val, start, end, sum);
                continue;
            }
            long total = sum >>> 32;
            double totalD = total;
            double scale = TWO_32 / total;
            k = start;
            for (int bound = start + LONGS.loopBound(end - start); k < bound; k += LONGS.length()) {
                LongVector v = LongVector.fromArray(LONGS, val, k);
                LongVector w = v.lanewise(VectorOperators.LSHR, 32);
                if (v.and(LOW_MASK).compare(VectorOperators.NE, 0L).or(w.compare(VectorOperators.GT, total)).anyTrue()) {
                    scalarDivide(val, k, k + LONGS.length(), sum);
                    continue;
                }
                DoubleVector wd = w.add(SMALL_BITS).reinterpretAsDoubles().sub(SMALL);
                DoubleVector q = wd.mul(scale).sub(0.5).add(SMALL).sub(SMALL);
                DoubleVector r = q.neg().lanewise(VectorOperators.FMA, totalD, wd.mul(TWO_32));
                q = q.sub(1.0, r.compare(VectorOperators.LT, 0.0)).add(1.0, r.compare(VectorOperators.GE, totalD));
                q.add(SMALL).reinterpretAsLongs().sub(SMALL_BITS).intoArray(val, k);
            }
            scalarDivide(val, k, end, sum);
        }
    }

    /**
     * Adds each entry of a column below {@code columns} to {@code sums} (saturating), in storage
     * order: the sums of {@code inplace_col_normalize_sparse}, whose division is
     * {@link ColumnDivision}. Passes that produce a matrix add their entries the same way
     * as they store them, in the same order, giving the same sums without a pass of their own.
     *
     * <p>A run of entries on consecutive columns adds into consecutive sums on lanes, with the
     * saturating addition's own overflow test (operands of one sign, a sum of the other). Runs
     * are visited in storage order and hold each column once, so every column still receives its
     * entries one at a time in storage order, as saturation needs.
     */
    static void addColumnSums(SparseRows m, int columns, long[] sums) {
        long[] val = m.val;
        for (int i = 0; i < m.rows; i++) {
            int end = m.end(i);
            for (int k = m.start(i); k < end; ) {
                int runEnd = m.runEnd(k, end);
                int j = m.col[k];
                if (j < columns) { // the run's columns from `columns` on are not summed
                    addSaturating(val, k, sums, j, Math.min(runEnd - k, columns - j));
                }
                k = runEnd;
            }
        }
    }

    /** {@code sums[j + t] = saturatingAdd(sums[j + t], val[k + t])} for {@code t < len}, on lanes. */
    private static void addSaturating(long[] val, int k, long[] sums, int j, int len) {
        int t = 0;
        for (int lanesEnd = LONGS.loopBound(len); t < lanesEnd; t += LONGS.length()) {
            LongVector a = LongVector.fromArray(LONGS, sums, j + t);
            LongVector b = LongVector.fromArray(LONGS, val, k + t);
            LongVector sum = a.add(b);
            VectorMask<Long> overflow = a.lanewise(VectorOperators.XOR, sum).and(b.lanewise(VectorOperators.XOR, sum))
                    .compare(VectorOperators.LT, 0L);
            LongVector bound =
                    LongVector.broadcast(LONGS, Long.MAX_VALUE).blend(Long.MIN_VALUE, a.compare(VectorOperators.LT, 0L));
            sum.blend(bound, overflow).intoArray(sums, j + t);
        }
        for (; t < len; t++) {
            sums[j + t] = saturatingAdd(sums[j + t], val[k + t]);
        }
    }

    /** Every column a u16 can name: per-column scratch this wide is indexed without checks. */
    static final int COLUMN_SPACE = 1 << 16;
}
