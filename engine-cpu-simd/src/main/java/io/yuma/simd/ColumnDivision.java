package io.yuma.simd;

import static io.yuma.fixed.I32F32.ZERO;
import static io.yuma.fixed.I32F32.safeDiv;
import static io.yuma.simd.LaneConversions.LOW_MASK;
import static io.yuma.simd.LaneConversions.SMALL;
import static io.yuma.simd.LaneConversions.SMALL_BITS;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The division step of the column normalizations ({@code inplace_col_normalize_sparse},
 * {@code inplace_col_max_upscale_sparse}): every entry divided by its column's sum or maximum,
 * exact to the bit, with one scalar division per column.
 *
 * <p>Each column's scale {@code 2^32 / d} is computed once as a double. For {@code 0 <= v <= d <
 * 2^51}, both exact doubles, an entry's quotient estimate {@code v * scale} carries two correctly
 * rounded operations (the scale, the product), a relative error below {@code 2^-52}; the quotient
 * is at most 2^32, so the estimate is within {@code 2^-20} of it, and {@code q}, the estimate
 * lowered by a half and rounded, is within one of {@code floor(v * 2^32 / d)}. The remainder
 * {@code v * 2^32 - q * d} then lies in (-d, 2d), an integer below 2^52, which
 * {@code fma(-q, d, v * 2^32)} gives exactly, and one comparison on each side corrects q: the
 * result is the chain's {@code safe_div} whatever the estimate's last bits.
 *
 * <p>Each run of a row's entries whose columns ascend one by one (a whole row, or the pieces
 * either side of a missing column) reads its divisors and scales straight from the per-column
 * arrays, with no gather (a long gather is no single AVX2 instruction); a run shorter than a
 * vector takes the scalar division. One instance per workspace holds the scales.
 */
final class ColumnDivision {
    private static final VectorSpecies<Long> LONGS = LongVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_PREFERRED;
    /** Divisors below this are exact doubles, and so are the remainders of their quotients (below 2^52). */
    private static final long DOUBLE_LIMIT = 1L << 51;
    private static final double TWO_32 = 0x1p32;

    /** Per-column {@code 2^32 / d}, written for the columns below {@code columns} of each call. */
    private final double[] scaleByColumn = new double[Lanes.COLUMN_SPACE];

    /**
     * {@code m.val[k] = safe_div(m.val[k], byColumn[m.col[k]])} wherever that divisor is non-zero
     * (the chain skips zero divisors); {@code byColumn} is zero from {@code columns} on and is left
     * zero.
     *
     * @param m the matrix divided in place
     * @param columns the number of columns
     * @param byColumn per-column divisors, {@link Lanes#COLUMN_SPACE} long
     */
    void divide(SparseRows m, int columns, long[] byColumn) {
        for (int c = 0; c < columns; c++) {
            long d = byColumn[c];
            scaleByColumn[c] = d == ZERO ? 0.0 : TWO_32 / d;
        }
        for (int i = 0; i < m.rows; i++) {
            int end = m.end(i);
            for (int k = m.start(i); k < end; ) {
                int runEnd = m.runEnd(k, end);
                divideLanes(m, k, runEnd, byColumn, scaleByColumn, m.col[k] - k);
                k = runEnd;
            }
        }
        java.util.Arrays.fill(byColumn, 0, columns, ZERO);
    }

    /**
     * Divides {@code m.val[start..end)} by {@code divisors[k + shift]}, whose scales are
     * {@code scales[k + shift]}, on double lanes. A lane whose value and divisor are both
     * multiples of 2^32 (stored u16 bonds and their sums) divides them by 2^32 first, which leaves
     * the quotient as it is (its scale is then {@code 2^32} times the column's, exactly). Lanes
     * outside {@code 0 <= v <= d < 2^51} after that (and the chunk holding them) take the scalar
     * {@code safe_div}.
     */
    private static void divideLanes(SparseRows m, int start, int end, long[] divisors, double[] scales, int shift) {
        long[] val = m.val;
        int k = start;
        for (int bound = start + LONGS.loopBound(end - start); k < bound; k += LONGS.length()) {
            LongVector v = LongVector.fromArray(LONGS, val, k);
            LongVector d = LongVector.fromArray(LONGS, divisors, k + shift);
            VectorMask<Long> keep = d.compare(VectorOperators.EQ, 0L);
            LongVector safeD = d.blend(1L, keep);
            LongVector safeV = v.blend(0L, keep);
            VectorMask<Long> whole = safeV.or(safeD).and(LOW_MASK).compare(VectorOperators.EQ, 0L);
            safeD = safeD.blend(safeD.lanewise(VectorOperators.LSHR, 32), whole);
            safeV = safeV.blend(safeV.lanewise(VectorOperators.LSHR, 32), whole);
            // the sign bit is set in some lane unless 0 < d < 2^51 and 0 <= v <= d everywhere
            LongVector outside = safeD.sub(1L).or(safeV).or(safeD.sub(safeV)).or(safeD.neg().add(DOUBLE_LIMIT - 1));
            if (outside.reduceLanes(VectorOperators.OR) < 0) {
                scalarDivide(m, divisors, shift, k, k + LONGS.length());
                continue;
            }
            DoubleVector vd = safeV.add(SMALL_BITS).reinterpretAsDoubles().sub(SMALL);
            DoubleVector dd = safeD.add(SMALL_BITS).reinterpretAsDoubles().sub(SMALL);
            DoubleVector scale = DoubleVector.fromArray(DOUBLES, scales, k + shift);
            scale = scale.blend(scale.mul(TWO_32), whole.cast(DOUBLES));
            DoubleVector q = vd.mul(scale).sub(0.5).add(SMALL).sub(SMALL);
            DoubleVector r = q.neg().lanewise(VectorOperators.FMA, dd, vd.mul(TWO_32)); // v * 2^32 - q * d, exact
            q = q.sub(1.0, r.compare(VectorOperators.LT, 0.0)).add(1.0, r.compare(VectorOperators.GE, dd));
            q.add(SMALL).reinterpretAsLongs().sub(SMALL_BITS).blend(v, keep).intoArray(val, k);
        }
        scalarDivide(m, divisors, shift, k, end);
    }

    private static void scalarDivide(SparseRows m, long[] divisors, int shift, int from, int to) {
        for (int k = from; k < to; k++) {
            long d = divisors[k + shift];
            if (d != ZERO) {
                m.val[k] = safeDiv(m.val[k], d);
            }
        }
    }
}
