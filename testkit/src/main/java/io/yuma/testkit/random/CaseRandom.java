package io.yuma.testkit.random;

/**
 * The random stream of one generated case: SplitMix64, written out here rather than borrowed
 * from the JDK so that a (seed, case index) pair names the same input on every JDK, forever.
 * Not thread-safe; one instance per case.
 */
final class CaseRandom {
    private static final long GOLDEN_GAMMA = 0x9E37_79B9_7F4A_7C15L;

    private long state;

    private CaseRandom(long state) {
        this.state = state;
    }

    /** The stream of case {@code caseIndex} of the run seeded with {@code seed}. */
    static CaseRandom forCase(long seed, long caseIndex) {
        // Mixing both halves keeps neighbouring seeds and neighbouring cases unrelated.
        return new CaseRandom(mix(seed ^ mix(caseIndex + GOLDEN_GAMMA)));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
    }

    /** 64 random bits (a u64 when read unsigned). */
    long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /** Uniform in [0, bound), bound > 0. */
    int below(int bound) {
        return (int) below((long) bound);
    }

    /** Uniform in [0, bound), bound a u64 other than 0. */
    long below(long bound) {
        while (true) {
            long bits = nextLong();
            long value = Long.remainderUnsigned(bits, bound);
            // Accept unless bits fell in the last, partial block of size bound below 2^64: unbiased.
            if (Long.compareUnsigned(bits - value, -bound) <= 0) {
                return value;
            }
        }
    }

    /** Uniform in [low, high] read unsigned, inclusive, for any range short of all 2^64 values. */
    long between(long low, long high) {
        return low + below(high - low + 1);
    }

    /** True with probability {@code p}. */
    boolean chance(double p) {
        return (nextLong() >>> 11) * 0x1.0p-53 < p;
    }

    /** A u16. */
    int u16() {
        return below(65536);
    }

    /**
     * With probability {@code edge} one of {@code extremes}, otherwise {@code ordinary}: how a case
     * dials each knob to an edge independently, as often as its edge level says.
     */
    long edgeOr(double edge, long ordinary, long... extremes) {
        return chance(edge) ? pick(extremes) : ordinary;
    }

    /** {@link #edgeOr(double, long, long...)} for int values. */
    int edgeOr(double edge, int ordinary, int... extremes) {
        return chance(edge) ? pick(extremes) : ordinary;
    }

    /** One of {@code choices}. */
    long pick(long... choices) {
        return choices[below(choices.length)];
    }

    /** One of {@code choices}. */
    int pick(int... choices) {
        return choices[below(choices.length)];
    }
}
