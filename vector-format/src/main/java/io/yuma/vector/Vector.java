package io.yuma.vector;

import java.util.List;
import java.util.Objects;

/**
 * A conformance vector (FORMAT.md): one epoch, or for a sequence file consecutive epochs of one
 * subnet, each with the outputs the chain's own code produced. The epochs are either all of one
 * mechanism ({@link #epochs()}, families {@code random}, {@code edge}, {@code sequence}) or all of a
 * subnet with mechanisms ({@link #subnetEpochs()}, families {@code subnet}, {@code subnet-sequence}).
 *
 * @param name unique name, also the file name
 * @param family what the generator aimed at ({@code random}, {@code edge}, {@code sequence}, ...)
 * @param sequence true when the file holds {@code "epochs": [...]} rather than one input/output
 * @param epochs the single-mechanism epochs, in chain order; empty for a subnet vector
 * @param subnetEpochs the subnet epochs, in chain order; empty for a single-mechanism vector
 */
public record Vector(String name, String family, boolean sequence, List<VectorEpoch> epochs,
        List<SubnetEpoch> subnetEpochs) {
    /**
     * Checks the shape: epochs of one kind only, one of them unless a sequence, at least one in a
     * sequence.
     *
     * @throws IllegalArgumentException for any other shape
     * @throws NullPointerException for a null component
     */
    public Vector {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(family, "family");
        epochs = List.copyOf(epochs);
        subnetEpochs = List.copyOf(subnetEpochs);
        if (!epochs.isEmpty() && !subnetEpochs.isEmpty()) {
            throw new IllegalArgumentException("a vector holds single-mechanism epochs or subnet epochs, not both");
        }
        int count = epochs.size() + subnetEpochs.size();
        if (sequence ? count == 0 : count != 1) {
            throw new IllegalArgumentException((sequence ? "a sequence needs at least one epoch" : "a single vector holds one epoch")
                    + ", got " + count);
        }
    }

    /**
     * A vector of single-mechanism epochs.
     *
     * @param name unique name, also the file name
     * @param family the family
     * @param sequence whether the file holds an {@code epochs} array
     * @param epochs the epochs, in chain order
     */
    public Vector(String name, String family, boolean sequence, List<VectorEpoch> epochs) {
        this(name, family, sequence, epochs, List.of());
    }

    /**
     * A single-epoch vector.
     *
     * @param name unique name, also the file name
     * @param family the family
     * @param epoch the epoch
     * @return the vector
     */
    public static Vector single(String name, String family, VectorEpoch epoch) {
        return new Vector(name, family, false, List.of(epoch));
    }

    /**
     * A sequence vector.
     *
     * @param name unique name, also the file name
     * @param family the family
     * @param epochs the epochs, in chain order
     * @return the vector
     */
    public static Vector sequence(String name, String family, List<VectorEpoch> epochs) {
        return new Vector(name, family, true, epochs);
    }

    /** {@return true when the vector holds subnet epochs (read {@link #subnetEpochs()})} */
    public boolean isSubnet() {
        return !subnetEpochs.isEmpty();
    }

    /** {@return the number of epochs, of either kind} */
    public int epochCount() {
        return epochs.size() + subnetEpochs.size();
    }

    /**
     * The single-mechanism epochs.
     *
     * @return the epochs, in chain order
     * @throws IllegalStateException for a subnet vector, so that code written for single
     *     mechanisms cannot pass one by seeing no epochs
     */
    @Override
    public List<VectorEpoch> epochs() {
        if (isSubnet()) {
            throw new IllegalStateException("vector " + name + " holds subnet epochs (family " + family
                    + "): read them with subnetEpochs()");
        }
        return epochs;
    }
}
