package io.yuma.vector;

import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.api.EpochTrace;
import java.util.Objects;

/**
 * One epoch of a vector: the chain state it reads and what the chain's code wrote back.
 *
 * @param input the epoch input
 * @param expected the outputs the chain produced, with the vector's trace when it has one
 */
public record VectorEpoch(EpochInput input, EpochResult expected) {
    /** Checks both parts are present. */
    public VectorEpoch {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(expected, "expected");
    }

    /**
     * The vector's trace of intermediates for this epoch.
     *
     * @return the trace, or null when the vector has none
     */
    public EpochTrace trace() {
        return expected.trace();
    }
}
