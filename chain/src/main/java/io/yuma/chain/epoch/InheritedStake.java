package io.yuma.chain.epoch;

/**
 * The stake a hotkey holds on a subnet once its parent and child keys are counted, as the chain's
 * {@code get_inherited_for_hotkey_on_subnet} and {@code get_tao_inherited_for_hotkey_on_subnet}
 * compute it in {@code U96F32} (32 fraction bits): each proportion {@code p} is normalised to
 * {@code (p << 32) / u64::MAX} truncated, a share is the stake times that (exact in 96 bits), the
 * shares lent to children are summed and taken from the own stake (saturating at 0), the shares
 * from parents are summed and added, and the result is floored to a u64 (saturating). Exact in
 * 128-bit unsigned arithmetic on two longs, with no rounding anywhere else.
 */
public final class InheritedStake {
    /** The U96F32 bits of the running total, high and low 64 bits. */
    private long hi;
    private long lo;
    private final Sum children = new Sum();
    private final Sum parents = new Sum();

    /**
     * Starts from a hotkey's own stake.
     *
     * @param own its stake on the subnet (u64)
     */
    public InheritedStake(long own) {
        this.hi = own >>> 32;
        this.lo = own << 32;
    }

    /**
     * {@return {@code (p << 32) / u64::MAX} truncated: the U96F32 bits of {@code p / u64::MAX}, at most 2^32}
     *
     * @param proportion the stored proportion (u64)
     */
    public static long normalized(long proportion) {
        // p * 2^32 = a * 2^64 + b = a * (2^64 - 1) + (a + b), with a + b < 2 * (2^64 - 1).
        long a = proportion >>> 32;
        long b = proportion << 32;
        return a + (Long.compareUnsigned(b, -1L - a) >= 0 ? 1 : 0);
    }

    /**
     * Counts a child key: a share of the own stake lent to it.
     *
     * @param own the hotkey's own stake (u64), the same as given to the constructor
     * @param proportion the child's proportion (u64)
     * @return this
     */
    public InheritedStake lendTo(long own, long proportion) {
        children.addProduct(own, normalized(proportion));
        return this;
    }

    /**
     * Counts a parent key: a share of the parent's stake inherited from it.
     *
     * @param parentStake the parent's own stake on the subnet (u64)
     * @param proportion the proportion the parent gives this hotkey (u64)
     * @return this
     */
    public InheritedStake inheritFrom(long parentStake, long proportion) {
        parents.addProduct(parentStake, normalized(proportion));
        return this;
    }

    /** {@return the inherited stake: own minus what children take (at least 0) plus what parents give, floored, saturating at u64::MAX} */
    public long total() {
        long kHi;
        long kLo;
        long childHi = children.hi;
        long childLo = children.lo;
        if (Long.compareUnsigned(hi, childHi) < 0 || (hi == childHi && Long.compareUnsigned(lo, childLo) < 0)) {
            kHi = 0;
            kLo = 0;
        } else {
            kLo = lo - childLo;
            kHi = hi - childHi - (Long.compareUnsigned(lo, childLo) < 0 ? 1 : 0);
        }
        long sumLo = kLo + parents.lo;
        long sumHi = kHi + parents.hi + (Long.compareUnsigned(sumLo, kLo) < 0 ? 1 : 0);
        if (sumHi >>> 32 != 0) {
            return -1L;
        }
        return sumHi << 32 | sumLo >>> 32;
    }

    /** An unsigned 128-bit sum of u64 x u64 products (U96F32 shares carried with their 32 fraction bits). */
    private static final class Sum {
        private long hi;
        private long lo;

        void addProduct(long a, long b) {
            long productLo = a * b;
            long sum = lo + productLo;
            hi = hi + Math.unsignedMultiplyHigh(a, b) + (Long.compareUnsigned(sum, lo) < 0 ? 1 : 0);
            lo = sum;
        }
    }
}
