package io.yuma.testkit.random;

import io.yuma.api.EpochInput;

/**
 * The block numbers of one case: when the epoch runs, the tempo and activity window, and per uid
 * its last update, registration and earliest weight commit. Ordinarily every uid registered
 * before the last tempo and updated within the activity window; at the case's edge rate they are
 * drawn against each other so that every mask of the epoch fires: inactive uids, weights set no
 * later than their target registered (outdated), uids registered since the last tempo (bonds
 * dropped), commits older than the target's registration, block numbers that saturate.
 *
 * @param currentBlock block at which the epoch runs, u64
 * @param tempo u16
 * @param activityCutoff u64
 * @param lastMechanismStepBlock u64, 0 = never
 * @param lastUpdate per uid, u64
 * @param blockAtRegistration per uid, u64
 * @param commitBlock per uid, u64, {@link EpochInput#NO_COMMIT} for none
 */
record Timeline(long currentBlock, int tempo, long activityCutoff, long lastMechanismStepBlock, long[] lastUpdate,
        long[] blockAtRegistration, long[] commitBlock) {
    private static final long U64_MAX = -1L;

    /** @param edge the probability that a block number takes an extreme or masking value */
    static Timeline pick(CaseRandom random, int n, double edge) {
        long current = random.chance(edge)
                ? random.pick(random.between(0, 100), U64_MAX - random.below(1000L)) // additions saturate
                : random.between(1000, 10_000_000);
        int tempo = random.edgeOr(edge, random.pick(360, 99, (int) random.between(10, 1000)), 0, 1, 65535, random.u16());
        long cutoff = random.edgeOr(edge, random.pick(5000, random.between(1000, 20_000)), 0, 1, U64_MAX);
        long lms = random.edgeOr(edge, random.chance(0.3) ? 0 : saturatingSub(current, random.between(0, tempo)),
                current, U64_MAX);
        long lastTempo = lastTempo(current, tempo, lms);

        long[] registration = new long[n];
        for (int i = 0; i < n; i++) {
            registration[i] = random.chance(edge)
                    ? random.pick(between(random, lastTempo, maxUnsigned(lastTempo, current)), // since the last tempo
                            between(random, saturatingSub(current, 1000), current))
                    : lastTempo == 0 ? 0 : between(random, 0, lastTempo - 1);
        }
        long[] lastUpdate = new long[n];
        long[] commit = new long[n];
        pickUpdates(random, edge, current, cutoff, registration, lastUpdate, commit);
        return new Timeline(current, tempo, cutoff, lms, lastUpdate, registration, commit);
    }

    /**
     * The blocks another mechanism of the same subnet sees: its own last updates and commits (a
     * mechanism keeps LastUpdate and commits at its own storage index), drawn as {@link #pick}
     * draws them, against the current block, activity window and registrations the mechanisms share.
     *
     * @param shared a mechanism's input carrying the shared block numbers
     * @param edge the probability that a block number takes an extreme or masking value
     * @return the shared blocks with fresh {@code lastUpdate} and {@code commitBlock}
     */
    static Timeline otherMechanism(CaseRandom random, EpochInput shared, double edge) {
        long[] registration = shared.blocksAtRegistration();
        long[] lastUpdate = new long[registration.length];
        long[] commit = new long[registration.length];
        pickUpdates(random, edge, shared.currentBlock(), shared.activityCutoff(), registration, lastUpdate, commit);
        return new Timeline(shared.currentBlock(), shared.tempo(), shared.activityCutoff(),
                shared.lastMechanismStepBlock(), lastUpdate, registration, commit);
    }

    /** Fills each uid's last update and then its commit, uid by uid (the order pinned cases were drawn in). */
    private static void pickUpdates(CaseRandom random, double edge, long current, long cutoff, long[] registration,
            long[] lastUpdate, long[] commit) {
        for (int i = 0; i < registration.length; i++) {
            lastUpdate[i] = random.chance(edge)
                    ? random.pick(0, nearSomeRegistration(random, registration, current), between(random, 0, current),
                            saturatingSub(current, saturatingAdd(cutoff, 1 + random.below(1000L))))
                    : saturatingSub(current, between(random, 0, minUnsigned(cutoff, 500)));
            commit[i] = random.chance(edge) ? nearSomeRegistration(random, registration, current) : EpochInput.NO_COMMIT;
        }
    }

    /** The chain's last_tempo: {@code current - tempo} when the mechanism never stepped, else the step + 1. */
    static long lastTempo(long current, long tempo, long lastMechanismStepBlock) {
        return lastMechanismStepBlock == 0 ? saturatingSub(current, tempo) : saturatingAdd(lastMechanismStepBlock, 1);
    }

    /** A block at, or within two of, some uid's registration: weights and commits there are masked or just not. */
    private static long nearSomeRegistration(CaseRandom random, long[] registration, long current) {
        if (registration.length == 0) {
            return between(random, 0, current);
        }
        long base = registration[random.below(registration.length)];
        return random.chance(0.5) ? base : saturatingAdd(saturatingSub(base, 2), random.below(5L));
    }

    /** Uniform in [low, high] (unsigned), also when the range spans all 2^64 values. */
    private static long between(CaseRandom random, long low, long high) {
        return low == 0 && high == U64_MAX ? random.nextLong() : random.between(low, high);
    }

    private static long maxUnsigned(long a, long b) {
        return Long.compareUnsigned(a, b) >= 0 ? a : b;
    }

    private static long minUnsigned(long a, long b) {
        return Long.compareUnsigned(a, b) <= 0 ? a : b;
    }

    private static long saturatingAdd(long a, long b) {
        long sum = a + b;
        return Long.compareUnsigned(sum, a) < 0 ? U64_MAX : sum;
    }

    private static long saturatingSub(long a, long b) {
        return Long.compareUnsigned(a, b) < 0 ? 0 : a - b;
    }
}
