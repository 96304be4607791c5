package io.yuma.recompute;

import io.yuma.api.EpochInput;
import io.yuma.api.InvalidInputException;
import io.yuma.api.SubnetInput;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Hyperparameter overrides for what-if recomputes ({@code kappa=32767}): each named subnet-wide
 * input field takes the given value in every epoch, in every mechanism of a subnet epoch.
 */
public final class Overrides {
    /** The fields that may be overridden, by FORMAT.md name, each with how it is parsed and set. */
    private static final Map<String, BiFunction<EpochInput.Builder, String, EpochInput.Builder>> SETTERS = setters();

    private final Map<String, String> values;

    private Overrides(Map<String, String> values) {
        this.values = values;
    }

    /**
     * No overrides.
     *
     * @return overrides that change nothing
     */
    public static Overrides none() {
        return new Overrides(Map.of());
    }

    /**
     * Parses {@code FIELD=VALUE} settings.
     *
     * @param settings the settings, FORMAT.md field names, in the order they apply
     * @return the overrides
     * @throws InvalidOptionException ({@link InvalidOptionException.Option#OVERRIDE}) for a malformed
     *     setting, an unknown field (the message lists those that can be set) or a value outside the
     *     field's type; its problem starts with the setting
     */
    public static Overrides parse(List<String> settings) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String setting : settings) {
            int eq = setting.indexOf('=');
            if (eq <= 0) {
                throw invalid(setting, "expected FIELD=VALUE, e.g. kappa=32767", null);
            }
            String field = setting.substring(0, eq).trim();
            String value = setting.substring(eq + 1).trim();
            var setter = SETTERS.get(field);
            if (setter == null) {
                throw invalid(setting, "'" + field + "' cannot be set; fields: " + String.join(", ", SETTERS.keySet()),
                        null);
            }
            try {
                // An otherwise empty input (n = 0) checks the value's range once, not per epoch.
                setter.apply(EpochInput.chainDefaults(), value).build();
            } catch (NumberFormatException e) {
                throw invalid(setting, "'" + value + "' is not a valid " + field, e);
            } catch (InvalidInputException e) {
                throw invalid(setting, e.getMessage(), e);
            }
            values.put(field, value);
        }
        return new Overrides(values);
    }

    private static InvalidOptionException invalid(String setting, String problem, Throwable cause) {
        return new InvalidOptionException(InvalidOptionException.Option.OVERRIDE, setting + ": " + problem, cause);
    }

    /**
     * Whether there is nothing to override.
     *
     * @return true for no overrides
     */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /**
     * The settings as {@code field=value}, comma-separated, in the order given.
     *
     * @return the settings, empty for none
     */
    @Override
    public String toString() {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }

    /** The settings, field to value text, in the order given. */
    Map<String, String> values() {
        return values;
    }

    /**
     * {@code input} with the overrides applied (the same object when there are none). Values were
     * range-checked by {@link #parse}.
     */
    EpochInput apply(EpochInput input) {
        if (values.isEmpty()) {
            return input;
        }
        EpochInput.Builder builder = input.toBuilder();
        values.forEach((field, value) -> SETTERS.get(field).apply(builder, value));
        return builder.build();
    }

    /**
     * {@code input} with the overrides applied to every mechanism (the same object when there are
     * none): every field that can be set is shared by the mechanisms, and {@code rao_emission} is
     * the whole subnet's emission, split between them as recorded.
     */
    SubnetInput apply(SubnetInput input) {
        if (values.isEmpty()) {
            return input;
        }
        List<EpochInput> mechanisms = new ArrayList<>(input.mechanismCount());
        for (EpochInput mechanism : input.mechanisms()) {
            mechanisms.add(apply(mechanism));
        }
        return SubnetInput.of(mechanisms, input.emissionSplit());
    }

    /** The record with the overrides applied to its input, of either kind. */
    HistoryRecord apply(HistoryRecord record) {
        if (values.isEmpty()) {
            return record;
        }
        return record.isSubnet() ? record.withSubnetInput(apply(record.subnetInput()))
                : record.withInput(apply(record.input()));
    }

    private static Map<String, BiFunction<EpochInput.Builder, String, EpochInput.Builder>> setters() {
        Map<String, BiFunction<EpochInput.Builder, String, EpochInput.Builder>> s = new LinkedHashMap<>();
        s.put("tempo", (b, v) -> b.tempo(Integer.parseInt(v)));
        s.put("activity_cutoff", (b, v) -> b.activityCutoff(Long.parseUnsignedLong(v)));
        s.put("kappa", (b, v) -> b.kappa(Integer.parseInt(v)));
        s.put("bonds_penalty", (b, v) -> b.bondsPenalty(Integer.parseInt(v)));
        s.put("bonds_moving_average", (b, v) -> b.bondsMovingAverage(Long.parseUnsignedLong(v)));
        s.put("liquid_alpha", (b, v) -> b.liquidAlpha(bool(v)));
        s.put("yuma3", (b, v) -> b.yuma3(bool(v)));
        s.put("alpha_low", (b, v) -> b.alphaLow(Integer.parseInt(v)));
        s.put("alpha_high", (b, v) -> b.alphaHigh(Integer.parseInt(v)));
        s.put("alpha_sigmoid_steepness", (b, v) -> b.alphaSigmoidSteepness(Integer.parseInt(v)));
        s.put("max_allowed_validators", (b, v) -> b.maxAllowedValidators(Integer.parseInt(v)));
        s.put("stake_threshold", (b, v) -> b.stakeThreshold(Long.parseUnsignedLong(v)));
        s.put("tao_weight", (b, v) -> b.taoWeight(Long.parseUnsignedLong(v)));
        s.put("rao_emission", (b, v) -> b.raoEmission(Long.parseUnsignedLong(v)));
        s.put("commit_reveal", (b, v) -> b.commitReveal(bool(v)));
        return Collections.unmodifiableMap(s);
    }

    private static boolean bool(String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new NumberFormatException("expected true or false");
        };
    }
}
