package io.yuma.testkit.random;

/**
 * Picks the per-uid alpha and TAO stakes and the stake threshold of one case: ordinary, or at the
 * case's edge rate one of the adversarial shapes: saturating (u64 values at or above 2^63, where
 * {@code I64F64} conversion saturates and the stake sum wraps), tied, mostly or entirely zero,
 * TAO-only, or tiny.
 *
 * @param alpha per uid, u64
 * @param tao per uid, u64
 * @param threshold the stake threshold, u64
 */
record Stakes(long[] alpha, long[] tao, long threshold) {
    private static final long U64_MAX = -1L;
    private static final long TWO_POW_63 = Long.MIN_VALUE;

    /** @param edge the probability of an adversarial shape and threshold */
    static Stakes pick(CaseRandom random, int n, double edge) {
        long[] alpha = new long[n];
        long[] tao = new long[n];
        int shape = random.chance(edge) ? random.below(12) : 12;
        long[] tiedValues = {ordinary(random), ordinary(random), ordinary(random)};
        for (int i = 0; i < n; i++) {
            switch (shape) {
                case 0, 1, 2 -> { // saturating
                    alpha[i] = random.chance(0.5) ? huge(random) : ordinary(random);
                    tao[i] = random.chance(0.3) ? huge(random) : 0;
                }
                case 3, 4, 5 -> { // ties: every uid, or groups, share a value
                    int group = random.chance(0.5) ? 0 : random.below(tiedValues.length);
                    alpha[i] = tiedValues[group];
                    tao[i] = random.chance(0.5) ? 0 : tiedValues[0];
                }
                case 6, 7 -> alpha[i] = random.chance(0.8) ? 0 : ordinary(random); // mostly zero
                case 8 -> { } // all zero
                case 9, 10 -> tao[i] = ordinary(random); // TAO only
                case 11 -> alpha[i] = random.below(4L); // a few rao: normalization rounds hard
                default -> {
                    alpha[i] = random.chance(0.2) ? 0 : ordinary(random);
                    tao[i] = random.chance(0.6) ? 0 : ordinary(random);
                }
            }
        }
        return new Stakes(alpha, tao, random.chance(edge) ? pickThreshold(random, alpha) : random.pick(0, random.below(1000L)));
    }

    /** A u64 of random magnitude: 0 up to 2^50 rao, spread over the bit lengths. */
    private static long ordinary(CaseRandom random) {
        return random.nextLong() >>> (14 + random.below(50));
    }

    /** At or above 2^63: saturates I64F64, and two of them wrap the sum. */
    private static long huge(CaseRandom random) {
        return random.chance(0.5) ? U64_MAX - random.below(1L << 20) : TWO_POW_63 + random.below(1L << 40);
    }

    private static long pickThreshold(CaseRandom random, long[] alpha) {
        return switch (random.below(8)) {
            case 0, 1, 2 -> 0L;
            case 3 -> U64_MAX;
            case 4, 5 -> alpha.length == 0 ? 0 : alpha[random.below(alpha.length)]; // exactly at someone's stake
            default -> ordinary(random);
        };
    }
}
