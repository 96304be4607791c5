package io.yuma.chain.emulator;

import java.math.BigInteger;

/**
 * The arithmetic of {@code get_inherited_for_hotkey_on_subnet} and
 * {@code get_tao_inherited_for_hotkey_on_subnet} (subtensor {@code staking/stake_utils.rs}) for
 * one parent or one child link, in U96F32 (32 fraction bits): the proportion is normalised as
 * {@code (p << 32) / u64::MAX} truncated, a share is {@code (stake << 32) * norm >> 32}
 * truncated, and the inherited stake is {@code own - to_children + from_parents} floored.
 * Written here from the chain's source, apart from the engines' and the client's arithmetic.
 */
final class InheritedStake {
    private static final BigInteger U64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private InheritedStake() {
    }

    /** {@return the U96F32 bits of {@code proportion / u64::MAX}} */
    static BigInteger normalized(long proportion) {
        return unsigned(proportion).shiftLeft(32).divide(U64_MAX);
    }

    /** {@return the U96F32 bits of {@code stake * normalized(proportion)}} */
    static BigInteger share(long stake, long proportion) {
        return unsigned(stake).shiftLeft(32).multiply(normalized(proportion)).shiftRight(32);
    }

    /** {@return the integer part of what a parent holding {@code parentStake} passes on} */
    static long fromParent(long parentStake, long proportion) {
        return share(parentStake, proportion).shiftRight(32).longValue();
    }

    /** {@return what a hotkey holding {@code own} keeps after lending {@code proportion} to a child, floored} */
    static long afterChild(long own, long proportion) {
        return unsigned(own).shiftLeft(32).subtract(share(own, proportion)).shiftRight(32).longValue();
    }

    /**
     * {@return the own stake that keeps exactly {@code inherited} after lending {@code proportion}
     * to a child, or -1 (read as none, never as u64::MAX) when no u64 does}
     */
    static long ownForKept(long inherited, long proportion) {
        BigInteger kept = unsigned(inherited);
        BigInteger keepsBits = BigInteger.ONE.shiftLeft(32).subtract(normalized(proportion));
        if (keepsBits.signum() <= 0) {
            return -1;
        }
        // own * keeps / 2^32 ~ inherited: start at the estimate and step, afterChild is monotone.
        BigInteger own = kept.shiftLeft(32).divide(keepsBits);
        for (int step = 0; step < 8 && own.compareTo(U64_MAX) <= 0; step++) {
            long candidate = own.longValue();
            int cmp = Long.compareUnsigned(afterChild(candidate, proportion), inherited);
            if (cmp == 0) {
                return candidate;
            }
            own = cmp < 0 ? own.add(BigInteger.ONE) : own.subtract(BigInteger.ONE);
            if (own.signum() < 0) {
                return -1;
            }
        }
        return -1;
    }

    private static BigInteger unsigned(long v) {
        return new BigInteger(Long.toUnsignedString(v));
    }
}
