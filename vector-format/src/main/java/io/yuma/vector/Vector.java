package io.yuma.vector;

import java.util.List;
import java.util.Objects;

/**
 * A conformance vector (FORMAT.md): one epoch, or for a sequence file consecutive epochs of one
 * subnet, each with the outputs the chain's own code produced.
 *
 * @param name unique name, also the file name
 * @param family what the generator aimed at ({@code random}, {@code edge}, {@code sequence}, ...)
 * @param sequence true when the file holds {@code "epochs": [...]} rather than one input/output
 * @param epochs the epochs, in chain order; exactly one unless {@code sequence}
 */
public record Vector(String name, String family, boolean sequence, List<VectorEpoch> epochs) {
    /** Checks the shape: a single vector holds one epoch, a sequence at least one. */
    public Vector {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(family, "family");
        epochs = List.copyOf(epochs);
        if (sequence ? epochs.isEmpty() : epochs.size() != 1) {
            throw new IllegalArgumentException((sequence ? "a sequence needs at least one epoch" : "a single vector holds one epoch")
                    + ", got " + epochs.size());
        }
    }

    /**
     * A vector of one epoch.
     *
     * @param name the vector's name
     * @param family its family ({@code edge}, {@code random}, ...)
     * @param epoch its one epoch
     * @return the vector
     */
    public static Vector single(String name, String family, VectorEpoch epoch) {
        return new Vector(name, family, false, List.of(epoch));
    }

    /**
     * A sequence of consecutive epochs of one subnet.
     *
     * @param name the vector's name
     * @param family its family
     * @param epochs the epochs in order, at least one
     * @return the vector
     * @throws IllegalArgumentException when {@code epochs} is empty
     */
    public static Vector sequence(String name, String family, List<VectorEpoch> epochs) {
        return new Vector(name, family, true, epochs);
    }
}
