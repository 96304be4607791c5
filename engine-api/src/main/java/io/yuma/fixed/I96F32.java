package io.yuma.fixed;

/**
 * substrate-fixed's {@code I96F32}, only as far as the epoch's emission step uses it: an I32F32
 * proportion times a u64 amount, back to u64.
 */
public final class I96F32 {
    private I96F32() {
    }

    /**
     * {@code I96F32::saturating_from_num(p).saturating_mul(I96F32::saturating_from_num(amount))
     * .saturating_to_num::<u64>()}.
     *
     * <p>Both operands fit 64 bits, so their exact product fits 128 and never saturates as I96F32;
     * the result is {@code floor(p * amount / 2^32)} clamped to [0, 2^64 - 1].
     *
     * @param proportion I32F32 raw bits
     * @param amount u64 held in a long
     * @return u64 held in a long
     */
    public static long mulToU64(long proportion, long amount) {
        if (proportion <= 0 || amount == 0) {
            return 0L; // a negative product floors below zero and clamps to 0
        }
        long hi = Math.unsignedMultiplyHigh(proportion, amount);
        long lo = proportion * amount;
        if ((hi >>> 32) != 0) {
            return -1L; // u64::MAX
        }
        return (hi << 32) | (lo >>> 32);
    }
}
