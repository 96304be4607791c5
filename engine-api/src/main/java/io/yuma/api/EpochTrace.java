package io.yuma.api;

import java.util.LinkedHashMap;
import java.util.Map;

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

    /** Copies the map, keeping its order. */
    public EpochTrace {
        vectors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(vectors));
    }

    /**
     * The first step, in computation order, where {@code actual} differs from this trace; steps
     * missing from either side are skipped. Null when all shared steps agree.
     */
    public Difference firstDifference(EpochTrace actual) {
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
