package io.yuma.api;

import io.yuma.fixed.U64;
import java.util.Arrays;

/**
 * The chain's {@code split_emissions}: a subnet's emission shared out between its mechanisms by
 * {@code MechanismEmissionSplit}, as {@code epoch_with_mechanisms} does before running them.
 */
public final class EmissionSplit {
    /** A split entry is a u16 proportion of this. */
    private static final long U16_MAX = 0xFFFF;

    private EmissionSplit() {
    }

    /**
     * Each mechanism's share of {@code raoEmission}, exactly as the chain computes it: with a split,
     * {@code emission * split[m] / 65535} in u128 arithmetic, floored; without one (null), an even
     * {@code emission / count} each. The list is then cut or padded with zeros to {@code count}, and
     * whatever the shares miss of the emission goes to mechanism 0. The shares are summed with a
     * plain u64 sum, which wraps in the chain's production build, so a split that adds up to more
     * than the emission leaves mechanism 0 its computed share only. An empty split therefore sends
     * everything to mechanism 0.
     *
     * @param raoEmission the subnet's emission this epoch, u64
     * @param count MechanismCountCurrent, at least 1
     * @param split MechanismEmissionSplit as stored (u16 entries, any length), or null when unset
     * @return {@code count} shares
     */
    public static long[] split(long raoEmission, int count, int[] split) {
        long[] shares = new long[count];
        if (split != null) {
            for (int m = 0; m < Math.min(count, split.length); m++) {
                shares[m] = U64.multiplyDivide(raoEmission, split[m], U16_MAX);
            }
        } else {
            long even = count == 0 ? 0 : Long.divideUnsigned(raoEmission, count);
            Arrays.fill(shares, even);
        }
        long wrappingSum = 0;
        for (long share : shares) {
            wrappingSum += share;
        }
        if (count > 0) {
            shares[0] = U64.saturatingAdd(shares[0], U64.saturatingSub(raoEmission, wrappingSum));
        }
        return shares;
    }
}
