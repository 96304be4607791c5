package io.yuma.testkit.random;

import java.util.Arrays;

/**
 * Picks a subnet's emission and its MechanismEmissionSplit, each shape as likely as the others,
 * so a run reaches every branch of the chain's {@code split_emissions}: the unset split (even
 * shares), an empty one (everything to mechanism 0), sums exactly 65535, below and above it,
 * splits longer and shorter than the mechanism count, and emissions at 0, 1, odd, and near or at
 * u64::MAX, where {@code emission * split[m]} needs its u128 product and the u64 sum of the
 * shares wraps.
 */
final class EmissionSplits {
    private static final long U64_MAX = -1L;
    private static final int U16_MAX = 65535;
    /** Emissions above 2^48 times a u16 entry leave the u64 range. */
    private static final long TWO_POW_48 = 1L << 48;

    private EmissionSplits() {
    }

    /** The subnet's {@code rao_emission}: 0, 1, odd, ordinary, beyond 2^48, near u64::MAX or u64::MAX. */
    static long emission(CaseRandom random) {
        return switch (random.below(7)) {
            case 0 -> 0;
            case 1 -> 1;
            case 2 -> random.between(1, 1L << 40) | 1;
            case 3 -> random.chance(0.5) ? 1_000_000_000L : random.between(2, 1L << 40);
            case 4 -> random.between(TWO_POW_48, Long.MAX_VALUE);
            case 5 -> U64_MAX - random.between(1, U16_MAX);
            default -> U64_MAX;
        };
    }

    /**
     * A split for {@code count} mechanisms, of one of ten shapes: unset (null); summing to exactly
     * 65535; below it; above it (where {@code count} allows); empty; longer than the count;
     * shorter (empty for one mechanism); all in the first mechanism; all zeros; 65535 each.
     */
    static int[] split(CaseRandom random, int count) {
        return switch (random.below(10)) {
            case 0 -> null;
            case 1 -> partition(random, count);
            case 2 -> randomEntries(random, count, (U16_MAX - 1) / count);
            case 3 -> randomEntries(random, count, count == 1 ? 0 : U16_MAX / count + 1, U16_MAX);
            case 4 -> new int[0];
            case 5 -> randomEntries(random, count + 1 + random.below(3), U16_MAX);
            case 6 -> randomEntries(random, count == 1 ? 0 : 1 + random.below(count - 1), U16_MAX);
            case 7 -> {
                int[] first = new int[count];
                first[0] = U16_MAX;
                yield first;
            }
            case 8 -> new int[count];
            default -> filled(count, U16_MAX);
        };
    }

    /** {@code count} entries summing to exactly 65535: cuts at sorted random points. */
    private static int[] partition(CaseRandom random, int count) {
        int[] cuts = new int[count + 1];
        cuts[count] = U16_MAX;
        for (int i = 1; i < count; i++) {
            cuts[i] = random.below(U16_MAX + 1);
        }
        Arrays.sort(cuts, 1, count);
        int[] entries = new int[count];
        for (int i = 0; i < count; i++) {
            entries[i] = cuts[i + 1] - cuts[i];
        }
        return entries;
    }

    /** {@code length} entries, each in 0..max. */
    private static int[] randomEntries(CaseRandom random, int length, int max) {
        return randomEntries(random, length, 0, max);
    }

    /**
     * {@code length} entries, each in min..max. With {@code min} above 65535 / count, the sum of
     * {@code count} of them exceeds 65535.
     */
    private static int[] randomEntries(CaseRandom random, int length, int min, int max) {
        int[] entries = new int[length];
        for (int i = 0; i < length; i++) {
            entries[i] = (int) random.between(min, max);
        }
        return entries;
    }

    private static int[] filled(int length, int value) {
        int[] entries = new int[length];
        Arrays.fill(entries, value);
        return entries;
    }
}
