package io.yuma.fixed;

import java.math.BigInteger;

/**
 * substrate-fixed's {@code I64F64} as operations on {@link Int128} raw bits (value = bits / 2^64).
 * Same rounding rules as {@link I32F32}: products floor, quotients truncate toward zero.
 */
public final class I64F64 {
    /** 1.0. */
    public static final Int128 ONE = new Int128(1, 0);

    private static final int FRAC_BITS = 64;

    private I64F64() {
    }

    /**
     * {@code I64F64::saturating_from_num(u64)}: u64 values of 2^63 or more clamp to MAX.
     *
     * @param unsigned a u64 value held in a long
     * @return I64F64 raw bits of the result
     */
    public static Int128 saturatingFromU64(long unsigned) {
        return unsigned < 0 ? Int128.MAX : new Int128(unsigned, 0);
    }

    /**
     * {@code I64F64::from_num(u64)} as the chain's production build runs it: the shift into
     * place wraps, so u64 values of 2^63 or more come out negative.
     *
     * @param unsigned a u64 value held in a long
     * @return I64F64 raw bits of the result
     */
    public static Int128 wrappingFromU64(long unsigned) {
        return new Int128(unsigned, 0);
    }

    /**
     * {@code I64F64::saturating_from_num(U96F32)}: 32 more fraction bits, clamped.
     *
     * @param u96f32 U96F32 raw bits, read unsigned
     * @return I64F64 raw bits of the result
     */
    public static Int128 saturatingFromU96F32(Int128 u96f32) {
        return Int128.saturate(u96f32.toUnsignedBigInteger().shiftLeft(32));
    }

    /**
     * {@code saturating_mul}.
     *
     * @param a I64F64 raw bits
     * @param b I64F64 raw bits
     * @return I64F64 raw bits of the result
     */
    public static Int128 saturatingMul(Int128 a, Int128 b) {
        return Int128.saturate(a.mulShiftRight(b, FRAC_BITS));
    }

    /**
     * {@code checked_div(b).unwrap_or(fallback)}.
     *
     * @param a I64F64 raw bits
     * @param b I64F64 raw bits
     * @param fallback I64F64 raw bits to give where the chain's checked operation gives None
     * @return I64F64 raw bits of the result
     */
    public static Int128 checkedDiv(Int128 a, Int128 b, Int128 fallback) {
        if (b.isZero()) {
            return fallback;
        }
        BigInteger quotient = a.shiftLeftDivide(FRAC_BITS, b);
        return Int128.fits(quotient) ? Int128.wrap(quotient) : fallback;
    }

    /**
     * {@code safe_div}: 0 on division by zero or overflow.
     *
     * @param a I64F64 raw bits
     * @param b I64F64 raw bits
     * @return I64F64 raw bits of the result
     */
    public static Int128 safeDiv(Int128 a, Int128 b) {
        return checkedDiv(a, b, Int128.ZERO);
    }

    /**
     * {@code saturating_div}.
     *
     * @throws ArithmeticException on division by zero, where the chain panics
     * @param a I64F64 raw bits
     * @param b I64F64 raw bits
     * @return I64F64 raw bits of the result
     */
    public static Int128 saturatingDiv(Int128 a, Int128 b) {
        if (b.isZero()) {
            throw new ArithmeticException("I64F64 saturating_div by zero");
        }
        return Int128.saturate(a.shiftLeftDivide(FRAC_BITS, b));
    }

    /**
     * {@code saturating_to_num::<u64>()}: floor, clamped to [0, 2^64 - 1].
     *
     * @param bits I64F64 raw bits
     * @return the result
     */
    public static long toU64(Int128 bits) {
        return bits.isNegative() ? 0L : bits.hi();
    }

    /**
     * {@code I32F32::saturating_from_num(I64F64)}: floor to 32 fraction bits, clamped.
     *
     * @param bits I64F64 raw bits
     * @return the result
     */
    public static long toI32F32Saturating(Int128 bits) {
        Int128 shifted = bits.shiftRight(32);
        if (shifted.hi() != (shifted.lo() >> 63)) {
            return bits.isNegative() ? I32F32.MIN : I32F32.MAX;
        }
        return shifted.lo();
    }

    /**
     * {@code I32F32::from_num(I64F64)} as the production build runs it: floor to 32 fraction
     * bits, then keep the low 64 bits (wraps instead of clamping).
     *
     * @param bits I64F64 raw bits
     * @return the result
     */
    public static long toI32F32Wrapping(Int128 bits) {
        return bits.shiftRight(32).lo();
    }
}
