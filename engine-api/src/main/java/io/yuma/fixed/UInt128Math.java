package io.yuma.fixed;

/**
 * Exact unsigned 128-by-64-bit division, the one wide operation the JDK does not offer.
 *
 * <p>Knuth's algorithm D specialised to two 32-bit digits of quotient (Hacker's Delight,
 * {@code divlu}). Callers guarantee that the quotient fits in 64 bits ({@code hi < divisor},
 * unsigned); {@link I32F32#checkedDiv} and friends test that before calling.
 */
final class UInt128Math {
    private static final long DIGIT = 1L << 32;
    private static final long LOW32 = 0xFFFF_FFFFL;

    private UInt128Math() {
    }

    /**
     * Quotient of the unsigned 128-bit value {@code hi:lo} by the unsigned 64-bit {@code divisor},
     * truncated.
     *
     * @param hi high 64 bits of the dividend (unsigned), must be below {@code divisor} (unsigned)
     * @param lo low 64 bits of the dividend (unsigned)
     * @param divisor unsigned 64-bit divisor, non-zero
     * @return the unsigned 64-bit quotient
     */
    static long divideUnsigned(long hi, long lo, long divisor) {
        assert divisor != 0 && Long.compareUnsigned(hi, divisor) < 0;
        if (hi == 0) {
            return Long.divideUnsigned(lo, divisor);
        }
        int shift = Long.numberOfLeadingZeros(divisor);
        long v = divisor << shift;
        long vHigh = v >>> 32;
        long vLow = v & LOW32;
        long un32 = shift == 0 ? hi : (hi << shift) | (lo >>> (64 - shift));
        long un10 = lo << shift;
        long un1 = un10 >>> 32;
        long un0 = un10 & LOW32;

        long q1 = Long.divideUnsigned(un32, vHigh);
        long rhat = un32 - q1 * vHigh;
        while (Long.compareUnsigned(q1, DIGIT) >= 0
                || Long.compareUnsigned(q1 * vLow, (rhat << 32) | un1) > 0) {
            q1--;
            rhat += vHigh;
            if (Long.compareUnsigned(rhat, DIGIT) >= 0) {
                break;
            }
        }
        long un21 = (un32 << 32) + un1 - q1 * v;

        long q0 = Long.divideUnsigned(un21, vHigh);
        rhat = un21 - q0 * vHigh;
        while (Long.compareUnsigned(q0, DIGIT) >= 0
                || Long.compareUnsigned(q0 * vLow, (rhat << 32) | un0) > 0) {
            q0--;
            rhat += vHigh;
            if (Long.compareUnsigned(rhat, DIGIT) >= 0) {
                break;
            }
        }
        return (q1 << 32) | q0;
    }
}
