package io.yuma.fixed;

/** Rust's {@code u64} saturating arithmetic on unsigned values held in longs (block numbers). */
public final class U64 {
    /** u64::MAX. */
    public static final long MAX = -1L;

    private U64() {
    }

    /**
     * {@code a.saturating_add(b)}: u64::MAX on overflow.
     *
     * @param a a u64 value held in a long
     * @param b a u64 value held in a long
     * @return the u64 result, held in a long
     */
    public static long saturatingAdd(long a, long b) {
        long sum = a + b;
        return Long.compareUnsigned(sum, a) < 0 ? MAX : sum;
    }

    /**
     * {@code (a as u128 * b as u128 / divisor as u128) as u64}, the product kept whole.
     *
     * @param a u64
     * @param b u64
     * @param divisor u64, non-zero
     * @return the floored quotient
     * @throws ArithmeticException when the divisor is zero or the quotient does not fit a u64
     */
    public static long multiplyDivide(long a, long b, long divisor) {
        long high = Math.unsignedMultiplyHigh(a, b);
        if (divisor == 0 || Long.compareUnsigned(high, divisor) >= 0) {
            throw new ArithmeticException("u64 " + Long.toUnsignedString(a) + " * " + Long.toUnsignedString(b)
                    + " / " + Long.toUnsignedString(divisor) + " does not fit a u64");
        }
        return UInt128Math.divideUnsigned(high, a * b, divisor);
    }

    /**
     * {@code a.saturating_sub(b)}: 0 when b exceeds a.
     *
     * @param a a u64 value held in a long
     * @param b a u64 value held in a long
     * @return the u64 result, held in a long
     */
    public static long saturatingSub(long a, long b) {
        return Long.compareUnsigned(a, b) < 0 ? 0L : a - b;
    }
}
