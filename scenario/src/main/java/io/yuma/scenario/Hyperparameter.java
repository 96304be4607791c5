package io.yuma.scenario;

import io.yuma.api.ChainDefaults;
import io.yuma.api.EpochInput;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/**
 * The hyperparameters a scenario may set, by FORMAT.md name, each with how its value is written
 * ({@link Amounts}) and its chain default ({@link ChainDefaults}). Values are held as the chain's
 * raw integers (booleans as 0 and 1; tao_weight as the u64 bits).
 */
enum Hyperparameter {
    TEMPO("tempo", Form.INTEGER, 0, 0xFFFF, ChainDefaults.TEMPO),
    ACTIVITY_CUTOFF("activity_cutoff", Form.INTEGER, 0, Long.MAX_VALUE, ChainDefaults.ACTIVITY_CUTOFF),
    KAPPA("kappa", Form.FRACTION_U16, 0, 0, ChainDefaults.KAPPA),
    BONDS_PENALTY("bonds_penalty", Form.FRACTION_U16, 0, 0, ChainDefaults.BONDS_PENALTY),
    BONDS_MOVING_AVERAGE("bonds_moving_average", Form.FRACTION_MILLION, 0, 0, ChainDefaults.BONDS_MOVING_AVERAGE),
    LIQUID_ALPHA("liquid_alpha", Form.BOOLEAN, 0, 1, ChainDefaults.LIQUID_ALPHA ? 1 : 0),
    YUMA3("yuma3", Form.BOOLEAN, 0, 1, ChainDefaults.YUMA3 ? 1 : 0),
    ALPHA_LOW("alpha_low", Form.FRACTION_U16, 0, 0, ChainDefaults.ALPHA_LOW),
    ALPHA_HIGH("alpha_high", Form.FRACTION_U16, 0, 0, ChainDefaults.ALPHA_HIGH),
    ALPHA_SIGMOID_STEEPNESS("alpha_sigmoid_steepness", Form.INTEGER, Short.MIN_VALUE, Short.MAX_VALUE,
            ChainDefaults.ALPHA_SIGMOID_STEEPNESS),
    MAX_ALLOWED_VALIDATORS("max_allowed_validators", Form.INTEGER, 0, 0xFFFF, ChainDefaults.MAX_ALLOWED_VALIDATORS),
    STAKE_THRESHOLD("stake_threshold", Form.AMOUNT, 0, 0, ChainDefaults.STAKE_THRESHOLD),
    TAO_WEIGHT("tao_weight", Form.FRACTION_U64, 0, 0, ChainDefaults.TAO_WEIGHT),
    COMMIT_REVEAL("commit_reveal", Form.BOOLEAN, 0, 1, ChainDefaults.COMMIT_REVEAL ? 1 : 0);

    /**
     * The chain derives the activity cutoff from the tempo: max(1, factor x tempo / 1000) with
     * the factor's default 13_889 (pallet lib.rs INITIAL_ACTIVITY_CUTOFF_FACTOR_MILLI; see
     * {@link ChainDefaults#ACTIVITY_CUTOFF}).
     */
    static final long ACTIVITY_CUTOFF_FACTOR_MILLI = 13_889;

    /** How a value is written. */
    enum Form { INTEGER, BOOLEAN, FRACTION_U16, FRACTION_MILLION, FRACTION_U64, AMOUNT }

    private final String key;
    private final Form form;
    private final long min;
    private final long max;
    private final long chainDefault;

    Hyperparameter(String key, Form form, long min, long max, long chainDefault) {
        this.key = key;
        this.form = form;
        this.min = min;
        this.max = max;
        this.chainDefault = chainDefault;
    }

    String key() {
        return key;
    }

    long chainDefault() {
        return chainDefault;
    }

    /** The value written at {@code node}, as the chain's raw integer. */
    long parse(Node node, Amounts.Unit unit) {
        return switch (form) {
            case INTEGER -> Amounts.integer(node, min, max);
            case BOOLEAN -> Amounts.bool(node) ? 1 : 0;
            case FRACTION_U16 -> Amounts.fraction(node, Amounts.U16_MAX).longValueExact();
            case FRACTION_MILLION -> Amounts.fraction(node, BigInteger.valueOf(1_000_000)).longValueExact();
            case FRACTION_U64 -> Amounts.fraction(node, Amounts.U64_MAX).longValue();
            case AMOUNT -> Amounts.rao(node, unit);
        };
    }

    /** Sets {@code value} on {@code builder}. */
    void apply(EpochInput.Builder builder, long value) {
        switch (this) {
            case TEMPO -> builder.tempo((int) value);
            case ACTIVITY_CUTOFF -> builder.activityCutoff(value);
            case KAPPA -> builder.kappa((int) value);
            case BONDS_PENALTY -> builder.bondsPenalty((int) value);
            case BONDS_MOVING_AVERAGE -> builder.bondsMovingAverage(value);
            case LIQUID_ALPHA -> builder.liquidAlpha(value != 0);
            case YUMA3 -> builder.yuma3(value != 0);
            case ALPHA_LOW -> builder.alphaLow((int) value);
            case ALPHA_HIGH -> builder.alphaHigh((int) value);
            case ALPHA_SIGMOID_STEEPNESS -> builder.alphaSigmoidSteepness((int) value);
            case MAX_ALLOWED_VALIDATORS -> builder.maxAllowedValidators((int) value);
            case STAKE_THRESHOLD -> builder.stakeThreshold(value);
            case TAO_WEIGHT -> builder.taoWeight(value);
            case COMMIT_REVEAL -> builder.commitReveal(value != 0);
        }
    }

    /** The hyperparameter named {@code key} in a file, or an error at {@code node} listing the names. */
    static Hyperparameter named(String key, Node node) {
        for (Hyperparameter h : values()) {
            if (h.key.equals(key)) {
                return h;
            }
        }
        List<String> keys = Arrays.stream(values()).map(Hyperparameter::key).toList();
        throw node.error("unknown hyperparameter '" + key + "', expected one of " + keys);
    }
}
