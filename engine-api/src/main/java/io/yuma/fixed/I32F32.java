package io.yuma.fixed;

/**
 * substrate-fixed's {@code I32F32} as static operations on its raw bits: a signed 64-bit
 * integer whose value is {@code bits / 2^32}.
 *
 * <p>Semantics follow substrate-fixed v0.6.0 exactly: products keep all 128 bits and shift right
 * arithmetically (toward negative infinity); quotients widen the dividend by 32 fraction bits and
 * truncate toward zero; {@code saturating*} clamps to the type's range; {@code checked*} reports
 * overflow through a caller-chosen fallback value, which is how the chain's {@code unwrap_or}
 * and {@code safe_div} use them. Plain {@code +} on raw bits is the chain's wrapping addition
 * (its production build has no overflow checks), so no method is needed for it.
 */
public final class I32F32 {
    /** Raw bits of 0. */
    public static final long ZERO = 0L;
    /** Raw bits of 1. */
    public static final long ONE = 1L << 32;
    /** Raw bits of 0.5. */
    public static final long HALF = 1L << 31;
    /** Raw bits of the largest value, 2^31 - 2^-32. */
    public static final long MAX = Long.MAX_VALUE;
    /** Raw bits of the smallest value, -2^31. */
    public static final long MIN = Long.MIN_VALUE;
    /** Raw bits of {@code u16::MAX} = 65535. */
    public static final long U16_MAX = 65535L << 32;

    /**
     * e as substrate-fixed's {@code transcendental::E}: {@code consts::E} (U2F126) cut to I9F23,
     * then widened to I32F32. {@code exp(1)} returns exactly this.
     */
    static final long E = ((0xADF8_5458L >>> 7) << 9);

    private static final int FRAC_BITS = 32;

    private I32F32() {
    }

    /**
     * {@code I32F32::saturating_from_num(v)} for a signed integer.
     *
     * @param value a signed integer
     * @return raw bits, clamped to the type's range
     */
    public static long fromInt(long value) {
        if (value >= (1L << 31)) {
            return MAX;
        }
        if (value < -(1L << 31)) {
            return MIN;
        }
        return value << FRAC_BITS;
    }

    /**
     * {@code I32F32::saturating_from_num(v)} for an unsigned 64-bit integer.
     *
     * @param unsigned a u64 held in a long
     * @return raw bits, {@link #MAX} when the value is 2^31 or more
     */
    public static long fromU64(long unsigned) {
        return unsigned < 0 ? MAX : fromInt(unsigned);
    }

    /**
     * {@code saturating_add}.
     *
     * @param a raw I32F32 bits
     * @param b raw I32F32 bits
     * @return raw I32F32 bits of the result
     */
    public static long saturatingAdd(long a, long b) {
        long sum = a + b;
        if (((a ^ sum) & (b ^ sum)) < 0) {
            return a < 0 ? MIN : MAX;
        }
        return sum;
    }

    /**
     * {@code saturating_sub}.
     *
     * @param a raw I32F32 bits
     * @param b raw I32F32 bits
     * @return raw I32F32 bits of the result
     */
    public static long saturatingSub(long a, long b) {
        long diff = a - b;
        if (((a ^ b) & (a ^ diff)) < 0) {
            return a < 0 ? MIN : MAX;
        }
        return diff;
    }

    /**
     * {@code saturating_neg}.
     *
     * @param a raw I32F32 bits
     * @return raw I32F32 bits of the result
     */
    public static long saturatingNeg(long a) {
        return a == MIN ? MAX : -a;
    }

    /**
     * Whether {@code a * b} (the shifted full product) does not fit the type.
     *
     * @param a raw I32F32 bits
     * @param b raw I32F32 bits
     * @return true when the product overflows
     */
    public static boolean mulOverflows(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        return hi != ((int) hi);
    }

    /**
     * {@code wrapping_mul}: the full 128-bit product shifted right by 32, keeping the low 64 bits.
     * Equals {@code saturating_mul} and {@code checked_mul} whenever they do not overflow.
     *
     * @param a raw I32F32 bits
     * @param b raw I32F32 bits
     * @return raw I32F32 bits of the result
     */
    public static long wrappingMul(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        return (hi << 32) | (lo >>> 32);
    }

    /**
     * {@code saturating_mul}: exact product, floored, clamped.
     *
     * @param a raw I32F32 bits
     * @param b raw I32F32 bits
     * @return raw I32F32 bits of the result
     */
    public static long saturatingMul(long a, long b) {
        if (mulOverflows(a, b)) {
            return (a ^ b) < 0 ? MIN : MAX;
        }
        return wrappingMul(a, b);
    }

    /**
     * {@code checked_mul(b).unwrap_or(fallback)}.
     *
     * @param fallback returned when the product does not fit
     * @param a raw I32F32 bits
     * @param b raw I32F32 bits
     * @return raw I32F32 bits of the result
     */
    public static long checkedMul(long a, long b, long fallback) {
        return mulOverflows(a, b) ? fallback : wrappingMul(a, b);
    }

    /**
     * {@code checked_div(b).unwrap_or(fallback)}: {@code (a << 32) / b} truncated toward zero, or
     * {@code fallback} on division by zero or when the quotient does not fit.
     *
     * @param a raw I32F32 bits
     * @param b raw I32F32 bits
     * @param fallback raw I32F32 bits to give where the chain's checked operation gives None
     * @return raw I32F32 bits of the result
     */
    public static long checkedDiv(long a, long b, long fallback) {
        if (b == 0) {
            return fallback;
        }
        boolean negative = (a < 0) != (b < 0);
        long magnitudeA = Math.abs(a); // MIN stays MIN, which is 2^63 read unsigned
        long magnitudeB = Math.abs(b);
        long hi = magnitudeA >>> 32;
        long lo = magnitudeA << 32;
        if (Long.compareUnsigned(hi, magnitudeB) >= 0) {
            return fallback;
        }
        long quotient = UInt128Math.divideUnsigned(hi, lo, magnitudeB);
        if (negative) {
            if (Long.compareUnsigned(quotient, 1L << 63) > 0) {
                return fallback;
            }
            return -quotient;
        }
        return quotient < 0 ? fallback : quotient;
    }

    /**
     * {@code safe_div}: {@code checked_div} or 0, so 0 on division by zero and on overflow.
     *
     * @param a raw I32F32 bits
     * @param b raw I32F32 bits
     * @return raw I32F32 bits of the result
     */
    public static long safeDiv(long a, long b) {
        return checkedDiv(a, b, ZERO);
    }

    /**
     * {@code saturating_div}: the quotient clamped to the type's range.
     *
     * @throws ArithmeticException on division by zero, where the chain's code panics
     * @param a raw I32F32 bits
     * @param b raw I32F32 bits
     * @return raw I32F32 bits of the result
     */
    public static long saturatingDiv(long a, long b) {
        if (b == 0) {
            throw new ArithmeticException("I32F32 saturating_div by zero");
        }
        return checkedDiv(a, b, (a < 0) != (b < 0) ? MIN : MAX);
    }

    /**
     * The chain's {@code u16_proportion_to_fixed}:
     * {@code I32F32::saturating_from_num(x).safe_div(I32F32::saturating_from_num(u16::MAX))},
     * which for a u16 is exactly {@code floor(x * 2^32 / 65535)} (one long division).
     *
     * @param value a u16 (0..65535)
     * @return raw I32F32 bits of the result
     */
    public static long u16ProportionToFixed(int value) {
        assert value >= 0 && value <= 0xFFFF : value;
        return ((long) value << FRAC_BITS) / 65535L;
    }

    /**
     * The chain's {@code fixed_proportion_to_u16}: {@code x * 65535} saturating, then floored to a u16.
     *
     * @param x raw I32F32 bits
     * @return the u16 value
     */
    public static int fixedProportionToU16(long x) {
        return toU16(saturatingMul(x, U16_MAX));
    }

    /**
     * {@code saturating_to_num::<u16>()}: floor, clamped to [0, 65535].
     *
     * @param bits raw I32F32 bits
     * @return the u16 value
     */
    public static int toU16(long bits) {
        long floor = bits >> FRAC_BITS;
        return floor < 0 ? 0 : (int) Math.min(floor, 65535L);
    }

    /**
     * {@code saturating_to_num::<u64>()}: floor, negatives to 0.
     *
     * @param bits raw I32F32 bits
     * @return raw I32F32 bits of the result
     */
    public static long toU64(long bits) {
        return Math.max(bits >> FRAC_BITS, 0L);
    }

    /**
     * substrate-fixed's {@code transcendental::exp} with source and destination I32F32: a Taylor
     * series of 30 terms (i = 2..31) on |x| with checked operations, inverted for negative x.
     *
     * @throws ArithmeticException where the chain's {@code exp} returns {@code Err(())}
     * @param operand raw I32F32 bits of the exponent
     * @return raw I32F32 bits of the result
     */
    public static long exp(long operand) {
        if (operand == ZERO) {
            return ONE;
        }
        if (operand == ONE) {
            return E;
        }
        boolean negative = operand < 0;
        if (negative) {
            if (operand == MIN) {
                throw new ArithmeticException("exp: cannot negate I32F32::MIN");
            }
            operand = -operand;
        }
        long result = checkedAddOrThrow(operand, ONE);
        long term = operand;
        for (int i = 2; i < FRAC_BITS; i++) {
            if (mulOverflows(term, operand)) {
                throw new ArithmeticException("exp: term overflow");
            }
            term = wrappingMul(term, operand);
            term = checkedDivOrThrow(term, fromInt(i));
            result = checkedAddOrThrow(result, term);
        }
        if (negative) {
            result = checkedDivOrThrow(ONE, result);
        }
        return result;
    }

    private static long checkedAddOrThrow(long a, long b) {
        long sum = a + b;
        if (((a ^ sum) & (b ^ sum)) < 0) {
            throw new ArithmeticException("exp: sum overflow");
        }
        return sum;
    }

    private static long checkedDivOrThrow(long a, long b) {
        if (b == 0) {
            throw new ArithmeticException("exp: division by zero");
        }
        long sentinel = (a < 0) != (b < 0) ? 1 : -1; // a quotient of that sign cannot be this value
        long quotient = checkedDiv(a, b, sentinel);
        if (quotient == sentinel) {
            throw new ArithmeticException("exp: quotient overflow");
        }
        return quotient;
    }

    /**
     * The value as a decimal number, for messages and traces.
     *
     * @param bits raw I32F32 bits
     * @return the nearest double
     */
    public static double toDouble(long bits) {
        return bits / 4294967296.0;
    }
}
