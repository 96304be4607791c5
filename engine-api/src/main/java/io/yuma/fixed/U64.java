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
