package io.yuma.testkit.random;

import io.yuma.api.EpochInput;
import java.util.Objects;

/**
 * Generates random and adversarial subnet epochs for duelling engines: saturating and tied
 * stakes, zero and self-only weights, rows stored unsorted, with repeated columns or columns at or
 * beyond n, inactive and outdated uids, registrations since the last tempo, commit-reveal masks,
 * owners present, absent or out of range, sizes at the edges (0, 1, primes, vector lanes +- 1),
 * and every hyperparameter at its extremes.
 *
 * <p>Case {@code i} of seed {@code s} is a pure function of {@code (s, i, profile)}: the same
 * triple gives the same input on any machine and JDK, so a failing case is reproduced from the
 * three numbers a duel prints. {@link #generate(long, int)} fixes n instead of drawing it (for
 * tests that need particular sizes), and {@link #busy(long, int)} makes the one non-adversarial
 * shape, a busy live subnet, for benchmarks; both are pure functions of their arguments too.
 */
public final class SubnetGenerator {
    /** The largest n drawn outside a profile's large share. */
    public static final int SMALL_N_LIMIT = 257;

    private final long seed;
    private final Profile profile;

    /**
     * A generator of the cases of one run.
     *
     * @param seed the run's seed
     * @param profile the size bounds
     * @throws NullPointerException when {@code profile} is null
     */
    public SubnetGenerator(long seed, Profile profile) {
        this.seed = seed;
        this.profile = Objects.requireNonNull(profile, "profile");
    }

    /**
     * The run's seed.
     *
     * @return the seed every case is drawn from
     */
    public long seed() {
        return seed;
    }

    /**
     * The size bounds.
     *
     * @return the profile every case stays inside
     */
    public Profile profile() {
        return profile;
    }

    /**
     * The input of case {@code caseIndex}, n drawn from the profile (biased to edge sizes).
     *
     * @param caseIndex any number; cases are independent of each other
     * @return the case's input
     */
    public EpochInput generate(long caseIndex) {
        CaseRandom random = CaseRandom.forCase(seed, caseIndex);
        double edge = pickEdge(random);
        return adversarial(random, SizePicker.pick(random, profile), edge);
    }

    /**
     * The input of case {@code caseIndex} with exactly {@code n} uids: as adversarial as
     * {@link #generate(long)}, for callers that need given sizes (a batch of mixed sizes, a
     * budget that forces several launches). It is not the case {@link #generate(long)} gives for
     * the same index, only as reproducible: the same (seed, index, n, profile) give the same input.
     *
     * @param caseIndex any number; cases are independent of each other
     * @param n the subnet size, in 0..{@code profile().maxN()}
     * @return the case's input
     * @throws IllegalArgumentException when {@code n} is outside the profile
     */
    public EpochInput generate(long caseIndex, int n) {
        checkSize(n);
        CaseRandom random = CaseRandom.forCase(seed, caseIndex);
        return adversarial(random, n, pickEdge(random));
    }

    /**
     * A subnet shaped like a busy live one, for benchmarks rather than duels: {@link BusySubnet}
     * describes it. Its work depends on n alone (every validator row is full), so a batch of them
     * times the engine, not the draw.
     *
     * @param caseIndex any number; the subnet's stakes and values, and whether liquid alpha and the
     *     bonds penalty are on, depend on it
     * @param n the subnet size, in 0..{@code profile().maxN()}
     * @return the subnet's input
     * @throws IllegalArgumentException when {@code n} is outside the profile
     */
    public EpochInput busy(long caseIndex, int n) {
        checkSize(n);
        return BusySubnet.generate(CaseRandom.forCase(seed, caseIndex), caseIndex, n, profile);
    }

    private void checkSize(int n) {
        if (n < 0 || n > profile.maxN()) {
            throw new IllegalArgumentException("n must be in 0.." + profile.maxN() + " (profile " + profile.name()
                    + "), was " + n);
        }
    }

    /**
     * How adversarial a case is: each knob goes to an edge with this probability, so a run mixes
     * nearly ordinary subnets (which compute non-trivial consensus and bonds) with thoroughly
     * hostile ones.
     */
    private static double pickEdge(CaseRandom random) {
        return random.pick(2, 10, 30, 60) / 100.0;
    }

    /** The rest of a case once its edge level and size are drawn. */
    private EpochInput adversarial(CaseRandom random, int n, double edge) {
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
