package io.yuma.simd;

import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The constants of the long/double lane conversions the lane loops write out. The Vector API's
 * {@code L2D} and {@code D2L} are single instructions only with AVX-512 DQ; on an AVX2 machine
 * they run as a Java loop per vector, 20 to 50 times slower than the lane arithmetic around them.
 * These forms use integer and floating-point operations every vector unit has, and IEEE double
 * arithmetic makes them exact on every machine, so they are the only forms the engine uses:
 * <ul>
 * <li><b>to double, {@code 0 <= v < 2^63}</b>: {@code ((v >>> 32) | HIGH_EXPONENT) - HIGH_AND_LOW_OFFSET
 * + ((v & LOW_MASK) | LOW_EXPONENT)} as doubles: the 32-bit halves planted in the mantissas of
 * 2^84 and 2^52, the two offsets subtracted exactly, the halves added with one rounding: the
 * correctly rounded double, as {@code L2D} gives.
 * <li><b>small to double, {@code |v| < 2^51}</b>: {@code (v + SMALL_BITS)} as a double, less
 * {@code SMALL} (1.5 * 2^52): exact.
 * <li><b>nearest integer, {@code |y| < 2^51}</b>: {@code (y + SMALL)} as bits, less
 * {@code SMALL_BITS}: the addition rounds to the binade's spacing of 1. As {@code floor}, the
 * loops round {@code y - 1/2}, which is {@code floor(y)} except that an integer {@code y} may give
 * {@code y - 1}; every such loop either corrects its estimate by one either way from an exact
 * remainder or rounds values that are never within 1/62 of a half-integer.
 * <li><b>nearest multiple of 256, {@code 0 <= y < 2^59}</b>: {@code (y + COARSE)} as bits, less
 * {@code COARSE_BITS}, is {@code y / 256} rounded: the binade of 1.5 * 2^60 has spacing 256.
 * </ul>
 * They are written out in each loop, not called: a vector crossing a call the JIT does not
 * inline is boxed on the heap, and the JIT stops inlining ordinary methods into a large vector
 * loop (its node budget), which made these conversions allocate when they were methods.
 * {@code LaneConversionsTest} checks each form lane by lane against Java's scalar conversions.
 */
final class LaneConversions {
    /**
     * As many int lanes as the preferred long species has, in half its bits: a long vector narrows
     * into one, and a run's int columns load as one beside their values.
     */
    static final VectorSpecies<Integer> INTS_OF_LONGS =
            VectorSpecies.of(int.class, VectorShape.forBitSize(LongVector.SPECIES_PREFERRED.vectorBitSize() / 2));
    /** The bits of 2^84: the high half of a long is planted in its mantissa. */
    static final long HIGH_EXPONENT = 0x4530000000000000L;
    /** The bits of 2^52: the low half of a long is planted in its mantissa. */
    static final long LOW_EXPONENT = 0x4330000000000000L;
    /** The low half of a long. */
    static final long LOW_MASK = 0xFFFFFFFFL;
    /** 2^84 + 2^52, the two planted offsets together. */
    static final double HIGH_AND_LOW_OFFSET = 0x1p84 + 0x1p52;
    /** 1.5 * 2^52, whose binade has spacing 1 around it for offsets below 2^51. */
    static final double SMALL = 0x1.8p52;
    /** The bits of {@link #SMALL}. */
    static final long SMALL_BITS = 0x4338000000000000L;
    /** 1.5 * 2^60, whose binade has spacing 256 around it for offsets below 2^59. */
    static final double COARSE = 0x1.8p60;
    /** The bits of {@link #COARSE}. */
    static final long COARSE_BITS = 0x43B8000000000000L;

    private LaneConversions() {
    }
}
