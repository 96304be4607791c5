package io.yuma.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Raw I32F32 bits of the epoch's intermediate vectors (FORMAT.md's {@code trace}), in the order
 * the chain computes them, for locating the first step where an engine diverges.
 *
 * @param vectors step name (FORMAT.md's key) to raw bits, in computation order
 * @param emaBonds {@code ema_bonds} rows as raw bits, before quantization to u16
 */
public record EpochTrace(Map<String, long[]> vectors, SparseMatrix emaBonds) {
    /** The vector steps, in the order the chain computes them. */
    public static final String[] STEPS = {
        "stake", "active_stake", "consensus", "validator_trust", "incentive", "dividends",
        "normalized_server_emission", "normalized_validator_emission", "normalized_combined_emission"
    };

    /**
     * Copies the map and its vectors, keeping the order.
     *
     * @throws NullPointerException when {@code vectors} (or a vector in it) is null
     */
    public EpochTrace {
        Map<String, long[]> copy = new LinkedHashMap<>();
        Objects.requireNonNull(vectors, "vectors").forEach((step, bits) -> copy.put(step,
                Objects.requireNonNull(bits, step).clone()));
        vectors = Collections.unmodifiableMap(copy);
    }

    /**
     * The first step, in computation order, where {@code actual} differs from this trace; steps
     * missing from either side are skipped.
     *
     * @param actual the trace to compare with this one
     * @return the first difference, or null when all shared steps agree
     * @throws NullPointerException when {@code actual} is null
     */
    public Difference firstDifference(EpochTrace actual) {
        Objects.requireNonNull(actual, "actual");
        for (String step : STEPS) {
            if (step.equals("dividends") && emaBonds != null && actual.emaBonds != null) {
                Difference bonds = Difference.ofRows("ema_bonds", emaBonds, actual.emaBonds);
                if (bonds != null) {
                    return bonds; // the chain computes ema_bonds just before dividends
                }
            }
            long[] expected = vectors.get(step);
            long[] got = actual.vectors.get(step);
            if (expected != null && got != null) {
                Difference d = Difference.ofSigned(step, expected, got);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EpochTrace t && firstDifference(t) == null
                && vectors.keySet().equals(t.vectors.keySet());
    }

    @Override
    public int hashCode() {
        return vectors.keySet().hashCode();
    }
}
