package io.yuma.recompute;

import io.yuma.api.EpochInput;
import io.yuma.api.InvalidInputException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Hyperparameter overrides for what-if recomputes ({@code --set kappa=32767}): each named
 * subnet-wide input field takes the given value in every epoch.
 */
public final class Overrides {
    /** The fields that may be overridden, by FORMAT.md name, each with how it is parsed and set. */
    private static final Map<String, BiFunction<EpochInput.Builder, String, EpochInput.Builder>> SETTERS = setters();

    private final Map<String, String> values;

    private Overrides(Map<String, String> values) {
        this.values = values;
    }

    /** No overrides. */
    public static Overrides none() {
        return new Overrides(Map.of());
    }

    /**
     * Parses {@code FIELD=VALUE} settings.
     *
     * @throws IllegalArgumentException for a malformed setting, an unknown field or a value outside the field's
     *     type; the message lists the fields that can be set
     */
    public static Overrides parse(List<String> settings) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String setting : settings) {
            int eq = setting.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--set " + setting + ": expected FIELD=VALUE, e.g. kappa=32767");
            }
            String field = setting.substring(0, eq).trim();
            String value = setting.substring(eq + 1).trim();
            var setter = SETTERS.get(field);
            if (setter == null) {
                throw new IllegalArgumentException("--set " + setting + ": '" + field + "' cannot be set; fields: "
                        + String.join(", ", SETTERS.keySet()));
            }
            try {
                // An otherwise empty input (n = 0) checks the value's range once, not per epoch.
                setter.apply(EpochInput.chainDefaults(), value).build();
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--set " + setting + ": '" + value + "' is not a valid " + field, e);
            } catch (InvalidInputException e) {
                throw new IllegalArgumentException("--set " + setting + ": " + e.getMessage(), e);
            }
            values.put(field, value);
        }
        return new Overrides(values);
    }

    /** Whether there is nothing to override. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The settings as {@code field=value}, comma-separated, in the order given (empty for none). */
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
