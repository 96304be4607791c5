package io.yuma.fixed;

import java.math.BigInteger;

/**
 * A signed 128-bit two's-complement integer, the raw bits of substrate-fixed's 128-bit types
 * ({@link I64F64}, {@link I96F32}; {@link U96F32} reads the same bits unsigned).
 *
 * <p>Immutable. Addition wraps like the chain's production build; the exact wide products and
 * quotients the fixed types need live in {@link #mulShiftRight} and {@link #shiftLeftDivide}.
 *
 * @param hi the high 64 bits (carries the sign)
 * @param lo the low 64 bits, read unsigned
 */
public record Int128(long hi, long lo) implements Comparable<Int128> {
    /** Zero. */
    public static final Int128 ZERO = new Int128(0, 0);
    /** The largest value, 2^127 - 1. */
    public static final Int128 MAX = new Int128(Long.MAX_VALUE, -1L);
    /** The smallest value, -2^127. */
    public static final Int128 MIN = new Int128(Long.MIN_VALUE, 0L);

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);
    private static final BigInteger BIG_MAX = MAX.toBigInteger();
    private static final BigInteger BIG_MIN = MIN.toBigInteger();

    /**
     * The value of a signed 64-bit integer.
     *
     * @param value the value
     * @return it as an Int128
     */
    public static Int128 ofLong(long value) {
        return new Int128(value >> 63, value);
    }

    /**
     * The value of an unsigned 64-bit integer held in a long.
     *
     * @param value the value
     * @return it as an Int128
     */
    public static Int128 ofUnsigned(long value) {
        return new Int128(0, value);
    }

    /**
     * The low 128 bits of {@code value}, wrapping like a Rust {@code as i128} cast.
     *
     * @param value the value
     * @return it as an Int128
     */
    public static Int128 wrap(BigInteger value) {
        return new Int128(value.shiftRight(64).longValue(), value.longValue());
    }

    /**
     * {@code value} clamped to [{@link #MIN}, {@link #MAX}].
     *
     * @param value the value
     * @return it as an Int128
     */
    public static Int128 saturate(BigInteger value) {
        if (value.compareTo(BIG_MAX) > 0) {
            return MAX;
        }
        if (value.compareTo(BIG_MIN) < 0) {
            return MIN;
        }
        return wrap(value);
    }

    /**
     * Whether {@code value} lies in the signed 128-bit range.
     *
     * @param value the value
     * @return true when it does
     */
    public static boolean fits(BigInteger value) {
        return value.compareTo(BIG_MAX) <= 0 && value.compareTo(BIG_MIN) >= 0;
    }

    /**
     * The exact value.
     *
     * @return the value
     */
    public BigInteger toBigInteger() {
        return BigInteger.valueOf(hi).shiftLeft(64).add(new BigInteger(Long.toUnsignedString(lo)));
    }

    /**
     * The exact value read as unsigned 128 bits.
     *
     * @return the value, 0 to 2^128 - 1
     */
    public BigInteger toUnsignedBigInteger() {
        BigInteger signed = toBigInteger();
        return signed.signum() < 0 ? signed.add(TWO_64.shiftLeft(64)) : signed;
    }

    /**
     * Whether this is negative.
     *
     * @return true when negative
     */
    public boolean isNegative() {
        return hi < 0;
    }

    /**
     * Whether this is zero.
     *
     * @return true when zero
     */
    public boolean isZero() {
        return hi == 0 && lo == 0;
    }

    /**
     * Wrapping addition, the chain's plain {@code +} in a build without overflow checks.
     *
     * @param other the other operand
     * @return the result
     */
    public Int128 wrappingAdd(Int128 other) {
        long sumLo = lo + other.lo;
        long carry = Long.compareUnsigned(sumLo, lo) < 0 ? 1 : 0;
        return new Int128(hi + other.hi + carry, sumLo);
    }

    /**
     * Saturating addition.
     *
     * @param other the other operand
     * @return the result
     */
    public Int128 saturatingAdd(Int128 other) {
        Int128 sum = wrappingAdd(other);
        if (((hi ^ sum.hi) & (other.hi ^ sum.hi)) < 0) {
            return hi < 0 ? MIN : MAX;
        }
        return sum;
    }

    /**
     * Arithmetic shift right (toward negative infinity), {@code 0 <= shift < 128}.
     *
     * @param shift bits to shift by
     * @return the result
     */
    public Int128 shiftRight(int shift) {
        if (shift == 0) {
            return this;
        }
        if (shift >= 64) {
            return new Int128(hi >> 63, hi >> (shift - 64));
        }
        return new Int128(hi >> shift, (lo >>> shift) | (hi << (64 - shift)));
    }

    /**
     * {@code floor(this * other / 2^shift)} computed exactly.
     *
     * @return the exact result, which may not fit 128 bits
     * @param other the other operand
     * @param shift bits to shift by
     */
    public BigInteger mulShiftRight(Int128 other, int shift) {
        return toBigInteger().multiply(other.toBigInteger()).shiftRight(shift);
    }

    /**
     * {@code (this * 2^shift) / divisor} truncated toward zero, computed exactly.
     *
     * @param divisor non-zero
     * @return the exact quotient, which may not fit 128 bits
     * @param shift bits to shift by
     */
    public BigInteger shiftLeftDivide(int shift, Int128 divisor) {
        return toBigInteger().shiftLeft(shift).divide(divisor.toBigInteger());
    }

    @Override
    public int compareTo(Int128 other) {
        int byHigh = Long.compare(hi, other.hi);
        return byHigh != 0 ? byHigh : Long.compareUnsigned(lo, other.lo);
    }

    @Override
    public String toString() {
        return toBigInteger().toString();
    }
}
