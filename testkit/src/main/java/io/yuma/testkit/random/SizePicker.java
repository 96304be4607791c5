package io.yuma.testkit.random;

import java.util.Arrays;

/**
 * Picks n, biased to the sizes where engines break: 0, 1, 2, primes, and one either side of
 * vector-lane multiples; now and then a large subnet when the profile allows one.
 */
final class SizePicker {
    private static final int[] EDGE_SIZES = {
        0, 1, 2, 3, 5, 7, 8, 9, 11, 13, 15, 16, 17, 31, 32, 33, 63, 64, 65, 127, 128, 129, 255, 256, 257,
    };
    private static final int[] LARGE_SIZES = {509, 511, 512, 513, 1021, 1024, 2039, 2048, 4093, 4096};

    private SizePicker() {
    }

    static int pick(CaseRandom random, Profile profile) {
        if (profile.maxN() > SubnetGenerator.SMALL_N_LIMIT && random.chance(profile.largeShare())) {
            int[] large = Arrays.stream(LARGE_SIZES).filter(n -> n <= profile.maxN()).toArray();
            if (large.length > 0 && random.chance(0.7)) {
                return random.pick(large);
            }
            return (int) random.between(SubnetGenerator.SMALL_N_LIMIT + 1, profile.maxN());
        }
        return pickAtMost(random, Math.min(profile.maxN(), SubnetGenerator.SMALL_N_LIMIT));
    }

    /** A small n in 0..limit: mostly an edge size, otherwise uniform. */
    static int pickAtMost(CaseRandom random, int limit) {
        int[] edges = Arrays.stream(EDGE_SIZES).filter(n -> n <= limit).toArray();
        return random.chance(0.7) ? random.pick(edges) : (int) random.between(0, limit);
    }
}
