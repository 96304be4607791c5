package io.yuma.simd;

import static io.yuma.fixed.I32F32.ZERO;
import static io.yuma.fixed.I32F32.safeDiv;
import static io.yuma.simd.LaneConversions.LOW_MASK;
import static io.yuma.simd.LaneConversions.SMALL;
import static io.yuma.simd.LaneConversions.SMALL_BITS;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The division step of the column normalizations ({@code inplace_col_normalize_sparse},
 * {@code inplace_col_max_upscale_sparse}): every entry divided by its column's sum or maximum,
 * exact to the bit, with one scalar division per column.
 *
 * <p>Each column's divisor {@code d} and scale {@code 2^32 / d} are computed once, as doubles.
 * For {@code 0 <= v <= d < 2^51}, both exact doubles, an entry's quotient estimate
 * {@code v * scale} carries two correctly rounded operations (the scale, the product), a relative
 * error below {@code 2^-52}; the quotient is at most 2^32, so the estimate is within
 * {@code 2^-20} of it, and {@code q}, the estimate lowered by a half and rounded, is within one of
 * {@code floor(v * 2^32 / d)}. The remainder {@code v * 2^32 - q * d} then lies in (-d, 2d), an
 * integer below 2^52, which {@code fma(-q, d, v * 2^32)} gives exactly, and one comparison on
 * each side corrects q: the result is the chain's {@code safe_div} whatever the estimate's last
 * bits. A zero divisor (the chain leaves its column alone) only passes with {@code v = 0}, which
 * the lanes leave 0 (the column's double divisor is 1, its scale 0).
 *
 * <p>Stored u16 bonds ({@code u16 << 32}) and their sums are divided by 2^32 first when the
 * caller says every value is such a multiple ({@code wholeValues}; the lanes check it): that
 * leaves the quotient as it is and brings sums above 2^51 into range. A column whose divisor is
 * out of range (negative, at least 2^51, or not a multiple of 2^32 for whole values) sends the
 * whole call to the scalar {@code safe_div}; an entry outside {@code [0, d]} (or not a multiple of
 * 2^32 for whole values) sends its vector of entries there.
 *
 * <p>Each run of a row's entries whose columns ascend one by one (a whole row, or the pieces
 * either side of a missing column) reads its divisors and scales straight from the per-column
 * arrays, with no gather (a long gather is no single AVX2 instruction); a run shorter than a
 * vector takes the scalar division. One instance per workspace holds the per-column doubles.
 */
final class ColumnDivision {
    private static final VectorSpecies<Long> LONGS = LongVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_PREFERRED;
    /** Divisors below this are exact doubles, and so are the remainders of their quotients (below 2^52). */
    private static final long DOUBLE_LIMIT = 1L << 51;
    private static final double TWO_32 = 0x1p32;

    /** Per-column {@code 2^32 / d}, written for the columns below {@code columns} of each call. */
    private final double[] scaleByColumn = new double[Lanes.COLUMN_SPACE];
    /** Per-column {@code d} as a double (1 for a zero divisor), divided by 2^32 for whole values. */
    private final double[] divisorByColumn = new double[Lanes.COLUMN_SPACE];

    /**
     * {@code m.val[k] = safe_div(m.val[k], byColumn[m.col[k]])} wherever that divisor is non-zero
     * (the chain skips zero divisors); {@code byColumn} is zero from {@code columns} on and is left
     * zero.
     *
     * @param m the matrix divided in place
     * @param columns the number of columns
     * @param byColumn per-column divisors, {@link Lanes#COLUMN_SPACE} long
     * @param wholeValues whether every value is a multiple of 2^32 (as stored u16 bonds are); a
     *     value that is not takes the scalar division
     */
    void divide(SparseRows m, int columns, long[] byColumn, boolean wholeValues) {
        divide(m, columns, byColumn, wholeValues, m.val);
    }

    /**
     * As {@link #divide(SparseRows, int, long[], boolean)}, the quotients written to {@code into}
     * (at each entry's index) instead of over the values; an entry of a zero-divisor column is
     * copied as it is. {@code m} itself is left unchanged unless {@code into} is its values.
     *
     * @param m the matrix
     * @param columns the number of columns
     * @param byColumn per-column divisors, {@link Lanes#COLUMN_SPACE} long
     * @param wholeValues whether every value is a multiple of 2^32
     * @param into receives the quotients, at least {@code m.size} long
     */
    void divide(SparseRows m, int columns, long[] byColumn, boolean wholeValues, long[] into) {
        int shift = wholeValues ? 32 : 0;
        boolean lanes = true;
        for (int c = 0; c < columns; c++) {
            long d = byColumn[c];
            lanes &= d >= 0 && d >>> shift < DOUBLE_LIMIT && (!wholeValues || (d & LOW_MASK) == 0);
            double divisor = d == ZERO ? 1.0 : (double) (d >>> shift);
            divisorByColumn[c] = divisor;
            scaleByColumn[c] = d == ZERO ? 0.0 : TWO_32 / divisor;
        }
        if (!lanes) {
            scalarDivide(m, byColumn, 0, m.size, into);
        } else {
            long lowBits = wholeValues ? LOW_MASK : 0L;
            for (int i = 0; i < m.rows; i++) {
                int end = m.end(i);
                for (int k = m.start(i); k < end; ) {
                    int runEnd = m.runEnd(k, end);
                    divideLanes(m, k, runEnd, byColumn, m.col[k] - k, shift, lowBits, into);
                    k = runEnd;
                }
            }
        }
        java.util.Arrays.fill(byColumn, 0, columns, ZERO);
    }

    /**
     * Divides the entries {@code start..end}, a run whose entry {@code k} is on column
     * {@code k + column}, by their columns' divisors on double lanes, values shifted right by
     * {@code shift} (whole values); a vector holding a value outside {@code [0, d]}, or with bits
     * in {@code lowBits}, takes the scalar {@code safe_div}.
     */
    private void divideLanes(SparseRows m, int start, int end, long[] divisors, int column, int shift, long lowBits,
            long[] into) {
        long[] val = m.val;
        double[] scales = scaleByColumn;
        double[] divisorsD = divisorByColumn;
        int k = start;
        for (int bound = start + LONGS.loopBound(end - start); k < bound; k += LONGS.length()) {
            LongVector v = LongVector.fromArray(LONGS, val, k);
            LongVector d = LongVector.fromArray(LONGS, divisors, k + column);
            // the sign bit is set in some lane unless 0 <= v <= d there (and no low bit of a whole value)
            if (v.or(d.sub(v)).or(v.and(lowBits).neg()).compare(VectorOperators.LT, 0L).anyTrue()) {
                scalarDivide(m, divisors, k, k + LONGS.length(), into);
                continue;
            }
            DoubleVector vd = v.lanewise(VectorOperators.LSHR, shift).add(SMALL_BITS).reinterpretAsDoubles().sub(SMALL);
            DoubleVector dd = DoubleVector.fromArray(DOUBLES, divisorsD, k + column);
            DoubleVector q = vd.mul(DoubleVector.fromArray(DOUBLES, scales, k + column)).sub(0.5).add(SMALL).sub(SMALL);
            DoubleVector r = q.neg().lanewise(VectorOperators.FMA, dd, vd.mul(TWO_32)); // v * 2^32 - q * d, exact
            q = q.sub(1.0, r.compare(VectorOperators.LT, 0.0)).add(1.0, r.compare(VectorOperators.GE, dd));
            q.add(SMALL).reinterpretAsLongs().sub(SMALL_BITS).intoArray(into, k);
        }
        scalarDivide(m, divisors, k, end, into);
    }

    /**
     * The chain's {@code safe_div} of entries {@code from..to} by their columns' divisors, into
     * {@code into}; a zero divisor leaves the value as it is.
     */
    private static void scalarDivide(SparseRows m, long[] divisors, int from, int to, long[] into) {
        for (int k = from; k < to; k++) {
            long d = divisors[m.col[k]];
            into[k] = d != ZERO ? safeDiv(m.val[k], d) : m.val[k];
        }
    }
}
