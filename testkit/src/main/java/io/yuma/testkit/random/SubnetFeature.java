package io.yuma.testkit.random;

import io.yuma.api.EpochInput;
import io.yuma.api.SubnetInput;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a subnet with mechanisms can carry that reaches a branch of {@code epoch_with_mechanisms}
 * or {@code split_emissions}, each read off the input itself (not from what a generator meant to
 * produce), so a run can show which ones it exercised.
 */
public enum SubnetFeature {
    /** One mechanism. */
    MECHANISMS_ONE(in -> in.mechanismCount() == 1),
    /** Two mechanisms. */
    MECHANISMS_TWO(in -> in.mechanismCount() == 2),
    /** Three mechanisms. */
    MECHANISMS_THREE(in -> in.mechanismCount() == 3),
    /** Four mechanisms. */
    MECHANISMS_FOUR(in -> in.mechanismCount() == 4),
    /** n times the mechanism count exactly at the chain's limit of 256. */
    UIDS_AT_LIMIT(in -> in.n() * in.mechanismCount() == SubnetInput.MAX_UIDS_ACROSS_MECHANISMS),
    /** No uid at all. */
    N_ZERO(in -> in.n() == 0),
    /** The split is unset: even shares. */
    SPLIT_NULL(in -> in.emissionSplit() == null),
    /** The split is set and empty: everything to mechanism 0. */
    SPLIT_EMPTY(in -> in.emissionSplit() != null && in.emissionSplit().length == 0),
    /** As many split entries as mechanisms, summing to exactly 65535. */
    SPLIT_SUM_EXACT(in -> split(in).length == in.mechanismCount() && sum(split(in)) == 65535),
    /** A non-empty split summing to less than 65535 (mechanism 0 takes the rest). */
    SPLIT_SUM_BELOW(in -> split(in).length > 0 && sum(split(in)) < 65535),
    /** A split summing to more than 65535 (more than the emission is handed out). */
    SPLIT_SUM_ABOVE(in -> sum(split(in)) > 65535),
    /** More split entries than mechanisms (the extra ones are cut). */
    SPLIT_LONGER(in -> split(in).length > in.mechanismCount()),
    /** Fewer split entries than mechanisms, at least one (the missing shares are 0). */
    SPLIT_SHORTER(in -> split(in).length > 0 && split(in).length < in.mechanismCount()),
    /** Two or more mechanisms, the whole split on mechanism 0. */
    SPLIT_ALL_IN_FIRST(in -> in.mechanismCount() > 1 && split(in).length > 0 && split(in)[0] == 65535
            && sum(split(in)) == 65535),
    /** A non-empty split of zeros only. */
    SPLIT_ZEROS(in -> split(in).length > 0 && sum(split(in)) == 0),
    /** At least two split entries, every one 65535. */
    SPLIT_ALL_MAX(in -> split(in).length > 1 && Arrays.stream(split(in)).allMatch(entry -> entry == 65535)),
    /** Emission 0 (mechanism 0 weighs 1 in the aggregation, the others 0). */
    EMISSION_ZERO(in -> in.raoEmission() == 0),
    /** Emission 1. */
    EMISSION_ONE(in -> in.raoEmission() == 1),
    /** An odd emission above 1, below u64::MAX: shares that do not divide evenly. */
    EMISSION_ODD(in -> in.raoEmission() != 1 && in.raoEmission() != -1L && (in.raoEmission() & 1) == 1),
    /** An emission within 65535 below u64::MAX. */
    EMISSION_NEAR_MAX(in -> in.raoEmission() != -1L && Long.compareUnsigned(in.raoEmission(), -1L - 65535) >= 0),
    /** Emission u64::MAX. */
    EMISSION_MAX(in -> in.raoEmission() == -1L),
    /** Some emission times split entry at or above 2^64: the split needs its u128 product. */
    SPLIT_PRODUCT_ABOVE_U64(SubnetFeature::productLeavesU64),
    /** The shares, before mechanism 0 takes the rest, sum to 2^64 or more: the chain's u64 sum wraps. */
    SHARE_SUM_WRAPS(in -> shareSum(in).bitLength() > 64),
    /** Two mechanisms with different weights. */
    MECHANISM_WEIGHTS_DIFFER(differs(EpochInput::weights)),
    /** Two mechanisms with different bonds. */
    MECHANISM_BONDS_DIFFER(differs(EpochInput::bonds)),
    /** Two mechanisms with different last updates. */
    MECHANISM_LAST_UPDATE_DIFFER(differs(in -> Arrays.toString(in.lastUpdates()))),
    /** Two mechanisms with different commit blocks. */
    MECHANISM_COMMIT_BLOCK_DIFFER(differs(in -> Arrays.toString(in.commitBlocks()))),
    /** A later mechanism equal to mechanism 0 in every field (its aggregate is not mechanism 0's alone). */
    MECHANISM_REPEATS_FIRST(in -> in.mechanisms().stream().skip(1).anyMatch(m -> sameMechanism(in.mechanism(0), m)));

    private static final BigInteger U16_MAX = BigInteger.valueOf(65535);

    private final Predicate<SubnetInput> test;

    SubnetFeature(Predicate<SubnetInput> test) {
        this.test = test;
    }

    /**
     * Whether {@code input} carries this feature.
     *
     * @param input any subnet input
     * @return true when the input itself shows the feature
     */
    public boolean presentIn(SubnetInput input) {
        return test.test(input);
    }

    /**
     * Every feature {@code input} carries.
     *
     * @param input any subnet input
     * @return a fresh set of the features found
     */
    public static EnumSet<SubnetFeature> of(SubnetInput input) {
        EnumSet<SubnetFeature> found = EnumSet.noneOf(SubnetFeature.class);
        for (SubnetFeature feature : values()) {
            if (feature.presentIn(input)) {
                found.add(feature);
            }
        }
        return found;
    }

    /** The split as stored, empty when unset. */
    private static int[] split(SubnetInput in) {
        int[] split = in.emissionSplit();
        return split == null ? new int[0] : split;
    }

    private static long sum(int[] entries) {
        return Arrays.stream(entries).asLongStream().sum();
    }

    private static boolean productLeavesU64(SubnetInput in) {
        int[] split = split(in);
        BigInteger emission = unsigned(in.raoEmission());
        for (int m = 0; m < Math.min(split.length, in.mechanismCount()); m++) {
            if (emission.multiply(BigInteger.valueOf(split[m])).bitLength() > 64) {
                return true;
            }
        }
        return false;
    }

    /** The exact sum of the shares {@code split_emissions} computes before mechanism 0 takes the rest. */
    private static BigInteger shareSum(SubnetInput in) {
        BigInteger emission = unsigned(in.raoEmission());
        int count = in.mechanismCount();
        int[] split = in.emissionSplit();
        if (split == null) {
            return emission.divide(BigInteger.valueOf(count)).multiply(BigInteger.valueOf(count));
        }
        BigInteger sum = BigInteger.ZERO;
        for (int m = 0; m < Math.min(split.length, count); m++) {
            sum = sum.add(emission.multiply(BigInteger.valueOf(split[m])).divide(U16_MAX));
        }
        return sum;
    }

    private static BigInteger unsigned(long value) {
        return new BigInteger(Long.toUnsignedString(value));
    }

    private static Predicate<SubnetInput> differs(Function<EpochInput, Object> field) {
        return in -> in.mechanisms().stream().map(field).distinct().count() > 1;
    }

    private static boolean sameMechanism(EpochInput first, EpochInput other) {
        return first.weights().equals(other.weights()) && first.bonds().equals(other.bonds())
                && Arrays.equals(first.lastUpdates(), other.lastUpdates())
                && Arrays.equals(first.commitBlocks(), other.commitBlocks());
    }
}
