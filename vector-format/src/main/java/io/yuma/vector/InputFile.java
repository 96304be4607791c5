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

    /** @return true when the file holds subnet inputs */
    public boolean isSubnet() {
        return !subnets.isEmpty();
    }
}
