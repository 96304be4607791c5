package io.yuma.api;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The epoch inputs every mechanism of a subnet reads from the same storage: all but
 * {@code last_update}, {@code commit_block}, {@code weights} and {@code bonds}.
 */
final class SharedFields {
    private record Scalar(String name, Function<EpochInput, Object> value) {
    }

    private record PerUid(String name, BiFunction<EpochInput, Integer, Object> value) {
    }

    private static final List<Scalar> SCALARS = List.of(
            new Scalar("n", EpochInput::n),
            new Scalar("current_block", EpochInput::currentBlock),
            new Scalar("tempo", EpochInput::tempo),
            new Scalar("activity_cutoff", EpochInput::activityCutoff),
            new Scalar("last_mechanism_step_block", EpochInput::lastMechanismStepBlock),
            new Scalar("kappa", EpochInput::kappa),
            new Scalar("bonds_penalty", EpochInput::bondsPenalty),
            new Scalar("bonds_moving_average", EpochInput::bondsMovingAverage),
            new Scalar("liquid_alpha", EpochInput::liquidAlpha),
            new Scalar("yuma3", EpochInput::yuma3),
            new Scalar("alpha_low", EpochInput::alphaLow),
            new Scalar("alpha_high", EpochInput::alphaHigh),
            new Scalar("alpha_sigmoid_steepness", EpochInput::alphaSigmoidSteepness),
            new Scalar("max_allowed_validators", EpochInput::maxAllowedValidators),
            new Scalar("stake_threshold", EpochInput::stakeThreshold),
            new Scalar("owner_uid", EpochInput::ownerUid),
            new Scalar("tao_weight", EpochInput::taoWeight),
            new Scalar("rao_emission", EpochInput::raoEmission),
            new Scalar("commit_reveal", EpochInput::commitReveal));

    private static final List<PerUid> PER_UID = List.of(
            new PerUid("alpha_stake", EpochInput::alphaStake),
            new PerUid("tao_stake", EpochInput::taoStake),
            new PerUid("block_at_registration", EpochInput::blockAtRegistration),
            new PerUid("validator_permit", EpochInput::validatorPermit));

    private SharedFields() {
    }

    /**
     * Checks that {@code other} reads the same shared fields as {@code first}.
     *
     * @throws InvalidInputException naming {@code prefix} + the first field that differs, and its uid
     */
    static void requireEqual(EpochInput first, EpochInput other, String prefix) {
        for (Scalar scalar : SCALARS) {
            Object expected = scalar.value().apply(first);
            Object actual = scalar.value().apply(other);
            if (!expected.equals(actual)) {
                throw new InvalidInputException(prefix + scalar.name(), -1,
                        "is " + actual + ", but mechanism 0 has " + expected + ": every mechanism shares it");
            }
        }
        for (PerUid field : PER_UID) {
            for (int uid = 0; uid < first.n(); uid++) {
                Object expected = field.value().apply(first, uid);
                Object actual = field.value().apply(other, uid);
                if (!expected.equals(actual)) {
                    throw new InvalidInputException(prefix + field.name(), uid,
                            "is " + actual + ", but mechanism 0 has " + expected + ": every mechanism shares it");
                }
            }
        }
    }
}
