package io.yuma.fixed;

import java.math.BigInteger;

/**
 * substrate-fixed's {@code U96F32}: unsigned 128-bit raw bits (value = bits / 2^32), held in an
 * {@link Int128} read unsigned. The epoch needs it for one value, the TAO weight.
 */
public final class U96F32 {
    private U96F32() {
    }

    /**
     * {@code U96F32::saturating_from_num(u64)}: exact.
     *
     * @param unsigned a u64 value held in a long
     * @return U96F32 raw bits of the result
     */
    public static Int128 fromU64(long unsigned) {
        return new Int128(unsigned >>> 32, unsigned << 32);
    }

    /**
     * {@code safe_div}: {@code (a << 32) / b} truncated, 0 on division by zero or overflow.
     *
     * @param a U96F32 raw bits, read unsigned
     * @param b U96F32 raw bits, read unsigned
     * @return U96F32 raw bits of the result
     */
    public static Int128 safeDiv(Int128 a, Int128 b) {
        BigInteger divisor = b.toUnsignedBigInteger();
        if (divisor.signum() == 0) {
            return Int128.ZERO;
        }
        BigInteger quotient = a.toUnsignedBigInteger().shiftLeft(32).divide(divisor);
        return quotient.bitLength() > 128 ? Int128.ZERO : Int128.wrap(quotient);
    }
}
