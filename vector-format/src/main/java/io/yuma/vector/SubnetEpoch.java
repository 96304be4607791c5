package io.yuma.vector;

import io.yuma.api.SubnetInput;
import io.yuma.api.SubnetResult;
import java.util.Objects;

/**
 * One epoch of a subnet with mechanisms in a vector: the input and the result the chain computed.
 *
 * @param input the subnet's mechanisms and emission split
 * @param expected what {@code epoch_with_mechanisms} produced
 */
public record SubnetEpoch(SubnetInput input, SubnetResult expected) {
    /**
     * Checks that both parts are present.
     *
     * @throws NullPointerException when one is null
     */
    public SubnetEpoch {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(expected, "expected");
    }
}
