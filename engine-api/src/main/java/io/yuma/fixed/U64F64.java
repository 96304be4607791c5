package io.yuma.fixed;

import java.math.BigInteger;

/**
 * substrate-fixed's {@code U64F64} as operations on {@link Int128} raw bits read unsigned
 * (value = bits / 2^64, from 0 to 2^64 - 2^-64). The chain uses it to weigh a subnet's
 * mechanisms against each other ({@code epoch_with_mechanisms}).
 *
 * <p>Two kinds of operation live here. The single operations ({@link #saturatingAdd},
 * {@link #saturatingMul}, {@link #checkedDiv}, ...) follow substrate-fixed one for one on exact
 * {@link BigInteger} values: products floor, quotients truncate, results clamp to [0, MAX].
 * {@link #ratio} and {@link #weightedAccumulate} fuse the chain's sequences of them into a few
 * 64-bit multiplications for the fast engines; U64F64Test holds each fused form to the
 * composition it replaces.
 */
public final class U64F64 {
    /** 0. */
    public static final Int128 ZERO = Int128.ZERO;
    /** 1.0. */
    public static final Int128 ONE = new Int128(1, 0);

    private static final int FRAC_BITS = 64;
    private static final BigInteger MAX = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);

    private U64F64() {
    }

    /**
     * {@code U64F64::saturating_from_num(u64)}: every u64 fits.
     *
     * @param unsigned the integer, read unsigned
     * @return its U64F64 bits
     */
    public static Int128 saturatingFromU64(long unsigned) {
        return new Int128(unsigned, 0);
    }

    /**
     * {@code a.saturating_add(b)}.
     *
     * @param a U64F64 bits
     * @param b U64F64 bits
     * @return the sum, clamped to MAX
     */
    public static Int128 saturatingAdd(Int128 a, Int128 b) {
        return clamp(a.toUnsignedBigInteger().add(b.toUnsignedBigInteger()));
    }

    /**
     * {@code a.saturating_mul(b)}: the exact product, floored to 64 fraction bits.
     *
     * @param a U64F64 bits
     * @param b U64F64 bits
     * @return the product, clamped to MAX
     */
    public static Int128 saturatingMul(Int128 a, Int128 b) {
        return clamp(a.toUnsignedBigInteger().multiply(b.toUnsignedBigInteger()).shiftRight(FRAC_BITS));
    }

    /**
     * {@code a.checked_div(b).unwrap_or(fallback)}, the chain's {@code safe_div_or}: the quotient
     * truncated to 64 fraction bits, or {@code fallback} on division by zero or overflow.
     *
     * @param a U64F64 bits
     * @param b U64F64 bits
     * @param fallback the value for a zero divisor or a quotient above MAX
     * @return the quotient or the fallback
     */
    public static Int128 checkedDiv(Int128 a, Int128 b, Int128 fallback) {
        if (b.isZero()) {
            return fallback;
        }
        BigInteger quotient = a.toUnsignedBigInteger().shiftLeft(FRAC_BITS).divide(b.toUnsignedBigInteger());
        return quotient.compareTo(MAX) > 0 ? fallback : Int128.wrap(quotient);
    }

    /**
     * {@code saturating_to_num::<u16>()}: the integer part, clamped to 65535.
     *
     * @param bits U64F64 bits
     * @return the u16
     */
    public static int saturatingToU16(Int128 bits) {
        return Long.compareUnsigned(bits.hi(), 0xFFFF) > 0 ? 0xFFFF : (int) bits.hi();
    }

    /**
     * {@code saturating_to_num::<u64>()}: the integer part, which always fits.
     *
     * @param bits U64F64 bits
     * @return the u64, unsigned in a long
     */
    public static long saturatingToU64(Int128 bits) {
        return bits.hi();
    }

    /**
     * {@code U64F64::saturating_from_num(numerator).safe_div_or(U64F64::saturating_from_num(denominator),
     * fallback)} in 64-bit arithmetic: {@code floor(numerator * 2^64 / denominator)}, which always
     * fits (the numerator is below 2^64), or {@code fallback} when the denominator is zero.
     *
     * @param numerator u64
     * @param denominator u64
     * @param fallback the result for a zero denominator
     * @return U64F64 bits of the ratio
     */
    public static Int128 ratio(long numerator, long denominator, Int128 fallback) {
        if (denominator == 0) {
            return fallback;
        }
        long whole = Long.divideUnsigned(numerator, denominator);
        long remainder = Long.remainderUnsigned(numerator, denominator);
        return new Int128(whole, UInt128Math.divideUnsigned(remainder, 0L, denominator));
    }

    /**
     * The chain's {@code weighted_acc_u16} and {@code weighted_acc_alpha}:
     * {@code (from_num(existing) + from_num(added) * weight).saturating_to_num()}, every step
     * saturating, clamped to {@code max}. Equal to {@code existing + floor(added * weight)}
     * clamped to {@code max}, which is what this computes with two 64x64-bit products.
     *
     * @param existing the accumulated value, unsigned, at most {@code max}
     * @param added the mechanism's value, unsigned
     * @param weight U64F64 bits of the mechanism's weight
     * @param max the target type's maximum (65535 or u64::MAX as -1L)
     * @return the new accumulated value
     */
    public static long weightedAccumulate(long existing, long added, Int128 weight, long max) {
        // floor(added * weight) = added * weight.hi + floor(added * weight.lo / 2^64): 128 bits.
        long carryIn = Math.unsignedMultiplyHigh(added, weight.lo());
        long productHigh = Math.unsignedMultiplyHigh(added, weight.hi());
        long productLow = added * weight.hi();
        long termLow = productLow + carryIn;
        long termHigh = productHigh + (Long.compareUnsigned(termLow, productLow) < 0 ? 1 : 0);
        if (termHigh != 0) {
            return max;
        }
        long sum = existing + termLow;
        if (Long.compareUnsigned(sum, existing) < 0 || Long.compareUnsigned(sum, max) > 0) {
            return max;
        }
        return sum;
    }

    private static Int128 clamp(BigInteger value) {
        return Int128.wrap(value.compareTo(MAX) > 0 ? MAX : value);
    }
}
