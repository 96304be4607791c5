package io.yuma.testkit.random;

import io.yuma.api.EpochInput;
import io.yuma.api.SubnetInput;
import java.util.ArrayList;
import java.util.List;
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
 *
 * <p>{@link #generateSubnet(long)} makes subnets with mechanisms ({@code epoch_with_mechanisms}),
 * a stream of its own: subnet case {@code i} is not epoch case {@code i}, and adding it left every
 * epoch case as it was.
 */
public final class SubnetGenerator {
    /** The largest n drawn outside a profile's large share. */
    public static final int SMALL_N_LIMIT = 257;
    /** The most mechanisms a generated subnet has (the chain allows 16; the aggregation is the same fold). */
    public static final int MAX_GENERATED_MECHANISMS = 4;
    /** Mixed into the seed for subnet cases, so that their streams are not the epoch cases' streams. */
    private static final long SUBNET_STREAM = 0x5DB7_3C1A_9E2F_4D61L;
    /** How often a later mechanism repeats mechanism 0's weights, bonds and blocks exactly. */
    private static final double IDENTICAL_MECHANISM = 0.15;

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
     * Subnet case {@code caseIndex}: a subnet with 1 to {@value #MAX_GENERATED_MECHANISMS}
     * mechanisms and n at most 256 / count (the chain's limit on n times the mechanism count, often
     * exactly at it). The mechanisms share every field but their own last updates, commits, weights
     * and bonds, which are drawn as adversarially as an epoch case's (now and then a mechanism
     * repeats mechanism 0's exactly); the emission is 0, 1, odd, ordinary, beyond 2^48, near or at
     * u64::MAX, and the split one of ten shapes (unset, empty, summing to exactly 65535, below,
     * above, longer or shorter than the count, all in the first, zeros, 65535 each).
     * {@link SubnetFeature} reads these off the input.
     *
     * @param caseIndex any number; cases are independent of each other and of the epoch cases
     * @return the subnet's input, valid for {@link SubnetInput#of}
     */
    public SubnetInput generateSubnet(long caseIndex) {
        CaseRandom random = CaseRandom.forCase(seed ^ SUBNET_STREAM, caseIndex);
        int count = 1 + random.below(MAX_GENERATED_MECHANISMS);
        int limit = Math.min(profile.maxN(), SubnetInput.MAX_UIDS_ACROSS_MECHANISMS / count);
        int n = random.chance(0.2) ? limit : SizePicker.pickAtMost(random, limit);
        double edge = pickEdge(random);
        long emission = EmissionSplits.emission(random);
        int[] split = EmissionSplits.split(random, count);
        EpochInput first = adversarial(random, n, edge).toBuilder().raoEmission(emission).build();
        List<EpochInput> mechanisms = new ArrayList<>(count);
        mechanisms.add(first);
        for (int m = 1; m < count; m++) {
            mechanisms.add(random.chance(IDENTICAL_MECHANISM) ? first : otherMechanism(random, first, edge));
        }
        return SubnetInput.of(mechanisms, split);
    }

    /** Mechanism 0's input with another mechanism's own blocks, weights and bonds. */
    private EpochInput otherMechanism(CaseRandom random, EpochInput first, double edge) {
        Timeline time = Timeline.otherMechanism(random, first, edge);
        int n = first.n();
        return first.toBuilder().lastUpdate(time.lastUpdate()).commitBlock(time.commitBlock())
                .weights(Rows.weights(random, n, first.validatorPermits(), profile.maxEntries() / 2, edge))
                .bonds(Rows.bonds(random, n, profile.maxEntries() / 2, edge)).build();
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
