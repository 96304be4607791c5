package io.yuma.vector;

import io.yuma.api.EpochInput;
import io.yuma.api.SubnetInput;
import java.util.List;

/**
 * The epoch inputs of a file to run ({@link VectorReader#readInputs}): single-mechanism inputs or
 * subnet inputs, never both.
 *
 * @param epochs the single-mechanism inputs, in file order; empty for a subnet file
 * @param subnets the subnet inputs, in file order; empty for a single-mechanism file
 * @param sequence whether the file held an {@code epochs} array
 */
public record InputFile(List<EpochInput> epochs, List<SubnetInput> subnets, boolean sequence) {
    /** Copies the lists. */
    public InputFile {
        epochs = List.copyOf(epochs);
        subnets = List.copyOf(subnets);
    }

    /**
     * The single-mechanism inputs.
     *
     * @return the inputs, in file order
     * @throws IllegalStateException for a file of subnet inputs, so that code written for single
     *     mechanisms cannot run one by seeing no inputs
     */
    @Override
    public List<EpochInput> epochs() {
        if (isSubnet()) {
            throw new IllegalStateException("the file holds subnet inputs (with mechanisms): read them with subnets()");
        }
        return epochs;
    }

    /** {@return true when the file holds subnet inputs} */
    public boolean isSubnet() {
        return !subnets.isEmpty();
    }
}
