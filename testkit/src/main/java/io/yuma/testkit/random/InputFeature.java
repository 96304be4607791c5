package io.yuma.testkit.random;

import io.yuma.api.EpochInput;
import io.yuma.api.SparseMatrix;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The adversarial features an epoch input can carry, each read off the input itself (not from
 * what a generator meant to produce), so a run can show which ones it exercised.
 */
public enum InputFeature {
    /** n = 0. */
    N_ZERO(in -> in.n() == 0),
    /** n = 1. */
    N_ONE(in -> in.n() == 1),
    /** n one below, at, or one above a multiple of 8 lanes (7, 8, 9, 15, 16, 17, ...). */
    N_LANE_EDGE(in -> in.n() >= 7 && ((in.n() + 1) % 8 <= 2)),
    /** n above 1000. */
    N_LARGE(in -> in.n() > 1000),
    /** Some alpha or TAO stake at or above 2^63, where I64F64 conversion saturates. */
    STAKE_SATURATES(in -> anyUid(in, uid -> in.alphaStake(uid) < 0 || in.taoStake(uid) < 0)),
    /** Alpha stakes (each capped at 2^63 - 1) whose sum reaches 2^63: the I64F64 stake sum wraps. */
    STAKE_SUM_WRAPS(InputFeature::stakeSumWraps),
    /** Two uids with the same non-zero stake. */
    STAKE_TIE(InputFeature::stakeTie),
    /** A uid with neither alpha nor TAO stake. */
    STAKE_ZERO(in -> anyUid(in, uid -> in.alphaStake(uid) == 0 && in.taoStake(uid) == 0)),
    /** At least one weight entry, every value 0. */
    WEIGHTS_ALL_ZERO(in -> in.weights().entries() > 0 && allEntries(in.weights(), (row, col, value) -> value == 0)),
    /** At least one weight entry, every one a self-weight. */
    WEIGHTS_SELF_ONLY(in -> in.weights().entries() > 0 && allEntries(in.weights(), (row, col, value) -> row == col)),
    /** A weight row with two equal non-zero values. */
    WEIGHTS_TIE(in -> anyRow(in.weights(), InputFeature::hasTiedValues)),
    /** A weight row not in ascending column order. */
    WEIGHTS_UNSORTED(in -> anyRow(in.weights(), InputFeature::isUnsorted)),
    /** A weight row naming a column twice. */
    WEIGHTS_DUPLICATE_COLUMN(in -> anyRow(in.weights(), InputFeature::hasDuplicate)),
    /** A weight entry with column at or beyond n. */
    WEIGHTS_COLUMN_BEYOND_N(in -> anyEntry(in.weights(), (row, col, value) -> col >= in.n())),
    /** A bond row not in ascending column order. */
    BONDS_UNSORTED(in -> anyRow(in.bonds(), InputFeature::isUnsorted)),
    /** A bond row naming a column twice. */
    BONDS_DUPLICATE_COLUMN(in -> anyRow(in.bonds(), InputFeature::hasDuplicate)),
    /** A bond entry with column at or beyond n. */
    BONDS_COLUMN_BEYOND_N(in -> anyEntry(in.bonds(), (row, col, value) -> col >= in.n())),
    /** A uid whose last update plus the activity cutoff is before the current block. */
    INACTIVE_UID(in -> anyUid(in, uid -> Long.compareUnsigned(
            saturatingAdd(in.lastUpdate(uid), in.activityCutoff()), in.currentBlock()) < 0)),
    /** A weight (i, j), j &lt; n, set no later than j registered: masked as outdated. */
    OUTDATED_WEIGHT(in -> anyEntry(in.weights(), (row, col, value) -> col < in.n()
            && Long.compareUnsigned(in.lastUpdate(row), in.blockAtRegistration(col)) <= 0)),
    /** A bond (i, j), j &lt; n, to a uid registered since the last tempo: masked. */
    BOND_TO_NEW_REGISTRATION(in -> anyEntry(in.bonds(), (row, col, value) -> col < in.n()
            && Long.compareUnsigned(lastTempo(in), in.blockAtRegistration(col)) <= 0)),
    /** Commit-reveal on and a weight (i, j) whose commit predates j's registration: masked. */
    COMMIT_MASKS_WEIGHT(in -> in.commitReveal() && anyEntry(in.weights(), (row, col, value) -> col < in.n()
            && Long.compareUnsigned(in.commitBlock(row), in.blockAtRegistration(col)) < 0)),
    /** Commit-reveal on. */
    COMMIT_REVEAL_ON(EpochInput::commitReveal),
    /** Commit-reveal off. */
    COMMIT_REVEAL_OFF(in -> !in.commitReveal()),
    /** No owner uid. */
    OWNER_ABSENT(in -> in.ownerUid() < 0),
    /** The owner is one of the uids. */
    OWNER_PRESENT(in -> in.ownerUid() >= 0 && in.ownerUid() < in.n()),
    /** An owner uid at or beyond n. */
    OWNER_BEYOND_N(in -> in.ownerUid() >= in.n()),
    /** Kappa 0. */
    KAPPA_ZERO(in -> in.kappa() == 0),
    /** Kappa 65535. */
    KAPPA_MAX(in -> in.kappa() == 65535),
    /** Bonds penalty 0. */
    BONDS_PENALTY_ZERO(in -> in.bondsPenalty() == 0),
    /** Bonds penalty 65535. */
    BONDS_PENALTY_MAX(in -> in.bondsPenalty() == 65535),
    /** Bonds moving average 0. */
    BONDS_MOVING_AVERAGE_ZERO(in -> in.bondsMovingAverage() == 0),
    /** Bonds moving average exactly 1e6. */
    BONDS_MOVING_AVERAGE_MILLION(in -> in.bondsMovingAverage() == 1_000_000),
    /** Bonds moving average above 1e6 (alpha below 0). */
    BONDS_MOVING_AVERAGE_ABOVE_MILLION(in -> Long.compareUnsigned(in.bondsMovingAverage(), 1_000_000) > 0),
    /** Bonds moving average u64::MAX. */
    BONDS_MOVING_AVERAGE_U64_MAX(in -> in.bondsMovingAverage() == -1L),
    /** Alpha low above alpha high. */
    ALPHA_LOW_ABOVE_HIGH(in -> in.alphaLow() > in.alphaHigh()),
    /** Sigmoid steepness -32768. */
    STEEPNESS_MIN(in -> in.alphaSigmoidSteepness() == -32768),
    /** Sigmoid steepness 32767. */
    STEEPNESS_MAX(in -> in.alphaSigmoidSteepness() == 32767),
    /** Sigmoid steepness 0. */
    STEEPNESS_ZERO(in -> in.alphaSigmoidSteepness() == 0),
    /** Max allowed validators 0. */
    MAX_VALIDATORS_ZERO(in -> in.maxAllowedValidators() == 0),
    /** Max allowed validators 1. */
    MAX_VALIDATORS_ONE(in -> in.maxAllowedValidators() == 1),
    /** Max allowed validators above n. */
    MAX_VALIDATORS_ABOVE_N(in -> in.maxAllowedValidators() > in.n()),
    /** Stake threshold 0. */
    STAKE_THRESHOLD_ZERO(in -> in.stakeThreshold() == 0),
    /** Stake threshold u64::MAX. */
    STAKE_THRESHOLD_MAX(in -> in.stakeThreshold() == -1L),
    /** TAO weight 0. */
    TAO_WEIGHT_ZERO(in -> in.taoWeight() == 0),
    /** TAO weight u64::MAX. */
    TAO_WEIGHT_MAX(in -> in.taoWeight() == -1L),
    /** Emission 0. */
    RAO_EMISSION_ZERO(in -> in.raoEmission() == 0),
    /** Emission 1. */
    RAO_EMISSION_ONE(in -> in.raoEmission() == 1),
    /** Emission u64::MAX. */
    RAO_EMISSION_MAX(in -> in.raoEmission() == -1L),
    /** Yuma3 with liquid alpha. */
    YUMA3_LIQUID_ALPHA(in -> in.yuma3() && in.liquidAlpha()),
    /** Yuma3 without liquid alpha. */
    YUMA3_FIXED_ALPHA(in -> in.yuma3() && !in.liquidAlpha()),
    /** The original Yuma, liquid alpha switched on (which it ignores). */
    YUMA_LIQUID_ALPHA_SET(in -> !in.yuma3() && in.liquidAlpha()),
    /** The original Yuma, liquid alpha off. */
    YUMA_PLAIN(in -> !in.yuma3() && !in.liquidAlpha());

    private final Predicate<EpochInput> test;

    InputFeature(Predicate<EpochInput> test) {
        this.test = test;
    }

    /**
     * Whether {@code input} carries this feature.
     *
     * @param input any input
     * @return true when the input itself shows the feature
     */
    public boolean presentIn(EpochInput input) {
        return test.test(input);
    }

    /**
     * Every feature {@code input} carries.
     *
     * @param input any input
     * @return a fresh set of the features found
     */
    public static EnumSet<InputFeature> of(EpochInput input) {
        EnumSet<InputFeature> found = EnumSet.noneOf(InputFeature.class);
        for (InputFeature feature : values()) {
            if (feature.presentIn(input)) {
                found.add(feature);
            }
        }
        return found;
    }

    @FunctionalInterface
    private interface UidTest {
        boolean test(int uid);
    }

    @FunctionalInterface
    private interface EntryTest {
        boolean test(int row, int column, long value);
    }

    @FunctionalInterface
    private interface RowTest {
        boolean test(SparseMatrix matrix, int row);
    }

    private static boolean anyUid(EpochInput in, UidTest test) {
        for (int uid = 0; uid < in.n(); uid++) {
            if (test.test(uid)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyEntry(SparseMatrix matrix, EntryTest test) {
        for (int row = 0; row < matrix.rows(); row++) {
            for (int k = 0; k < matrix.rowLength(row); k++) {
                if (test.test(row, matrix.column(row, k), matrix.value(row, k))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean allEntries(SparseMatrix matrix, EntryTest test) {
        return !anyEntry(matrix, (row, column, value) -> !test.test(row, column, value));
    }

    private static boolean anyRow(SparseMatrix matrix, RowTest test) {
        for (int row = 0; row < matrix.rows(); row++) {
            if (test.test(matrix, row)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnsorted(SparseMatrix matrix, int row) {
        for (int k = 1; k < matrix.rowLength(row); k++) {
            if (matrix.column(row, k) < matrix.column(row, k - 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDuplicate(SparseMatrix matrix, int row) {
        Set<Integer> seen = new HashSet<>();
        for (int k = 0; k < matrix.rowLength(row); k++) {
            if (!seen.add(matrix.column(row, k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasTiedValues(SparseMatrix matrix, int row) {
        Set<Long> seen = new HashSet<>();
        for (int k = 0; k < matrix.rowLength(row); k++) {
            long value = matrix.value(row, k);
            if (value != 0 && !seen.add(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean stakeTie(EpochInput in) {
        Set<Long> alpha = new HashSet<>();
        return anyUid(in, uid -> in.taoStake(uid) == 0 && in.alphaStake(uid) != 0 && !alpha.add(in.alphaStake(uid)));
    }

    private static boolean stakeSumWraps(EpochInput in) {
        long sum = 0;
        for (int uid = 0; uid < in.n(); uid++) {
            long capped = in.alphaStake(uid) < 0 ? Long.MAX_VALUE : in.alphaStake(uid);
            sum += capped;
            if (sum < 0) { // passed 2^63 - 1
                return true;
            }
        }
        return false;
    }

    private static long lastTempo(EpochInput in) {
        return Timeline.lastTempo(in.currentBlock(), in.tempo(), in.lastMechanismStepBlock());
    }

    private static long saturatingAdd(long a, long b) {
        long sum = a + b;
        return Long.compareUnsigned(sum, a) < 0 ? -1L : sum;
    }
}
