package io.yuma.testkit.random;

import io.yuma.api.EpochInput;

/**
 * Generates random and adversarial subnet epochs for duelling engines: saturating and tied
 * stakes, zero and self-only weights, rows stored unsorted, with repeated columns or columns at or
 * beyond n, inactive and outdated uids, registrations since the last tempo, commit-reveal masks,
 * owners present, absent or out of range, sizes at the edges (0, 1, primes, vector lanes +- 1),
 * and every hyperparameter at its extremes.
 *
 * <p>Case {@code i} of seed {@code s} is a pure function of {@code (s, i, profile)}: the same
 * triple gives the same input on any machine and JDK, so a failing case is reproduced from the
 * three numbers a duel prints.
 */
public final class SubnetGenerator {
    /** The largest n drawn outside a profile's large share. */
    public static final int SMALL_N_LIMIT = 257;

    private final long seed;
    private final Profile profile;

    /**
     * @param seed the run's seed
     * @param profile the size bounds
     */
    public SubnetGenerator(long seed, Profile profile) {
        this.seed = seed;
        this.profile = profile;
    }

    /** The run's seed. */
    public long seed() {
        return seed;
    }

    /** The size bounds. */
    public Profile profile() {
        return profile;
    }

    /**
     * The input of case {@code caseIndex}.
     *
     * @param caseIndex any number; cases are independent of each other
     */
    public EpochInput generate(long caseIndex) {
        CaseRandom random = CaseRandom.forCase(seed, caseIndex);
        // How adversarial this case is: each knob goes to an edge with this probability, so the
        // run mixes nearly ordinary subnets (which compute non-trivial consensus and bonds) with
        // thoroughly hostile ones.
        double edge = random.pick(2, 10, 30, 60) / 100.0;
        int n = SizePicker.pick(random, profile);
        EpochInput.Builder input = EpochInput.builder().n(n);
        Hyperparameters.pick(random, input, n, profile, edge);

        Timeline time = Timeline.pick(random, n, edge);
        input.currentBlock(time.currentBlock()).tempo(time.tempo()).activityCutoff(time.activityCutoff())
                .lastMechanismStepBlock(time.lastMechanismStepBlock()).lastUpdate(time.lastUpdate())
                .blockAtRegistration(time.blockAtRegistration()).commitBlock(time.commitBlock());

        Stakes stakes = Stakes.pick(random, n, edge);
        input.alphaStake(stakes.alpha()).taoStake(stakes.tao()).stakeThreshold(stakes.threshold());

        boolean[] permits = pickPermits(random, n, edge);
        input.validatorPermit(permits).ownerUid(pickOwner(random, n, edge));
        input.weights(Rows.weights(random, n, permits, profile.maxEntries() / 2, edge));
        input.bonds(Rows.bonds(random, n, profile.maxEntries() / 2, edge));
        return input.build();
    }

    /**
     * Validator permits before this epoch: half or all of the uids, or at the edge rate none or a
     * few; in large subnets at most about 256 rows, since the chain's weighted median holds an
     * n x validators matrix.
     */
    private static boolean[] pickPermits(CaseRandom random, int n, double edge) {
        double share = random.chance(edge) ? random.pick(0, 1) * 0.1 : random.pick(5, 10) * 0.1;
        if (n > 512) {
            share = Math.min(share, 256.0 / n);
        }
        boolean[] permits = new boolean[n];
        for (int i = 0; i < n; i++) {
            permits[i] = random.chance(share);
        }
        return permits;
    }

    /** No owner or an owner among the uids, or at the edge rate an owner uid at or beyond n. */
    private static int pickOwner(CaseRandom random, int n, double edge) {
        if (random.chance(edge)) {
            return (int) random.between(n, 65535);
        }
        return n == 0 || random.chance(0.5) ? -1 : random.below(n);
    }
}
