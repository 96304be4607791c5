package io.yuma.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;

/**
 * Long-to-double and double-to-long lane conversions that stay on vector instructions on every
 * x86 machine. The Vector API's {@code L2D} and {@code D2L} are single instructions only with
 * AVX-512 (DQ); on an AVX2 machine they fall back to a Java loop per vector, 20 to 50 times
 * slower than the surrounding lane arithmetic, which made every lane division slower than the
 * scalar one. Without AVX-512 the conversions are built from integer and floating-point
 * operations AVX2 has (the classic magic-number constructions):
 * <ul>
 * <li>{@link #toDouble}, {@code 0 <= v < 2^63}: the high and low 32-bit halves are planted in
 * the mantissas of 2^84 and 2^52, the two offsets subtracted exactly, and the halves added with
 * one rounding: the correctly rounded double, as {@code L2D} gives.
 * <li>{@link #smallToDouble}, {@code |v| < 2^51}: {@code v} added to the bits of 1.5 * 2^52,
 * then 1.5 * 2^52 subtracted: exact.
 * <li>{@link #floor}, {@code 0 <= y < 2^51}: {@code y - 1/2} (exact for {@code y >= 1/2}; for
 * smaller {@code y} it rounds into [-1/2, 0)) plus 1.5 * 2^52 rounds to the nearest integer, so
 * the bits less those of 1.5 * 2^52 are {@code floor(y)}, except that an integer {@code y} (a tie)
 * may give {@code y - 1} ({@code D2L}'s truncation is {@code floor(y)} exactly). Every caller
 * either corrects its estimate by one either way or rounds values at least 1/62 from an integer.
 * <li>{@link #floorLarge}, {@code 0 <= y < 2^63}: {@code h = floor(y / 2^32)} as above, then
 * {@code y - h * 2^32}, exact (both are multiples of y's unit in the last place and the
 * difference is below 2^33), floored as above: {@code floor(y)}, or one less for an integer
 * {@code y}.
 * </ul>
 * The implementation is chosen once ({@link #NATIVE}); the system property
 * {@code yuma.simd.conversions} ({@code native} or {@code emulated}) overrides the choice, for
 * measuring one against the other. Both are exact for the engine, tested lane by lane.
 */
final class LaneConversions {
    /** Whether the Vector API's own conversions are used. */
    static final boolean NATIVE = chooseNative();

    private static final long HIGH_EXPONENT = 0x4530000000000000L; // 2^84
    private static final long LOW_EXPONENT = 0x4330000000000000L; // 2^52
    private static final double HIGH_AND_LOW_OFFSET = 0x1p84 + 0x1p52;
    private static final long SIGNED_BITS = 0x4338000000000000L; // 1.5 * 2^52
    private static final double SIGNED_OFFSET = 0x1.8p52;

    private LaneConversions() {
    }

    private static boolean chooseNative() {
        String forced = System.getProperty("yuma.simd.conversions", "");
        if (forced.equals("native") || forced.equals("emulated")) {
            return forced.equals("native");
        }
        String arch = System.getProperty("os.arch", "");
        boolean x86 = arch.equals("amd64") || arch.equals("x86_64");
        return !x86 || LongVector.SPECIES_PREFERRED.vectorBitSize() >= 512;
    }

    /** {@return each lane of {@code v}, {@code 0 <= v < 2^63}, as the nearest double} */
    static DoubleVector toDouble(LongVector v) {
        return NATIVE ? (DoubleVector) v.convert(VectorOperators.L2D, 0) : toDoubleEmulated(v);
    }

    /** {@return each lane of {@code v}, {@code |v| < 2^51}, as a double (exactly)} */
    static DoubleVector smallToDouble(LongVector v) {
        return NATIVE ? (DoubleVector) v.convert(VectorOperators.L2D, 0) : smallToDoubleEmulated(v);
    }

    /** {@return each lane's floor, for {@code 0 <= y < 2^51}, within the bounds of the class comment} */
    static LongVector floor(DoubleVector y) {
        return NATIVE ? (LongVector) y.convert(VectorOperators.D2L, 0) : floorEmulated(y);
    }

    /** {@return each lane's floor, for {@code 0 <= y < 2^63}, within the bounds of the class comment} */
    static LongVector floorLarge(DoubleVector y) {
        return NATIVE ? (LongVector) y.convert(VectorOperators.D2L, 0) : floorLargeEmulated(y);
    }

    /** {@link #toDouble} from AVX2 operations. */
    static DoubleVector toDoubleEmulated(LongVector v) {
        DoubleVector high = v.lanewise(VectorOperators.LSHR, 32).or(HIGH_EXPONENT).reinterpretAsDoubles()
                .sub(HIGH_AND_LOW_OFFSET);
        DoubleVector low = v.and(0xFFFFFFFFL).or(LOW_EXPONENT).reinterpretAsDoubles();
        return high.add(low);
    }

    /** {@link #smallToDouble} from AVX2 operations. */
    static DoubleVector smallToDoubleEmulated(LongVector v) {
        return v.add(SIGNED_BITS).reinterpretAsDoubles().sub(SIGNED_OFFSET);
    }

    /** {@link #floor} from AVX2 operations. */
    static LongVector floorEmulated(DoubleVector y) {
        return y.sub(0.5).add(SIGNED_OFFSET).reinterpretAsLongs().sub(SIGNED_BITS);
    }

    /** {@link #floorLarge} from AVX2 operations. */
    static LongVector floorLargeEmulated(DoubleVector y) {
        LongVector high = floorEmulated(y.mul(0x1p-32));
        DoubleVector low = y.sub(smallToDoubleEmulated(high).mul(0x1p32));
        return high.lanewise(VectorOperators.LSHL, 32).add(floorEmulated(low));
    }
}
