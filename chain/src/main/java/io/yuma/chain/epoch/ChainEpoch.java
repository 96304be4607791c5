package io.yuma.chain.epoch;

import io.yuma.api.SubnetInput;
import io.yuma.api.SubnetResult;
import java.util.Objects;

/**
 * One subnet epoch read from the chain: where it ran, its input as the epoch read it and its
 * output as the chain stored it, and how far each can be trusted.
 *
 * <p>The recorded output holds what the chain stores: per mechanism {@code incentive} and
 * {@code bonds} (at the mechanism's storage index), for the netuid {@code active},
 * {@code emission}, {@code consensus}, {@code dividend}, {@code validator_trust},
 * {@code new_validator_permit} and {@code stake_weight}. Every other output field (each
 * mechanism's other terms, {@code mechanism_emission}, the aggregated {@code incentive},
 * {@code stake}, {@code server_emission} and {@code validator_emission}) is not stored by the
 * chain and holds 0: see {@link StoredOutputs}.
 *
 * @param netuid the subnet
 * @param block the block whose {@code on_initialize} ran the epoch
 * @param blockHash that block's hash, {@code 0x}-hex
 * @param specVersion the runtime that ran it: the one in force in the parent block's state
 * @param epochIndex {@code SubnetEpochIndex} before the epoch (the epoch's number; 0 where the
 *     runtime has no such item)
 * @param input every mechanism's input and the emission split
 * @param recorded the stored outputs
 * @param raoEmissionExact false when the epoch block added emission to the pending maps
 *     ({@code SubnetAlphaOutEmission} is not 0 at the block): {@code rao_emission} then holds the
 *     parent's pending sum, not what the epoch got
 * @param revealDue true when timelocked commits were due for reveal in the epoch block: the
 *     weights and last_update read from the parent are not the ones the epoch read
 * @param ownerChanged true when the subnet's owner hotkey differs between the parent and the
 *     block: the owner uid read from the parent may not be the one the epoch read
 * @param ran false when the slot was skipped ({@code EpochSkipped}: {@code LastMechansimStepBlock}
 *     is not the block in its state, so no epoch wrote outputs there)
 */
public record ChainEpoch(int netuid, long block, String blockHash, long specVersion, long epochIndex,
        SubnetInput input, SubnetResult recorded, boolean raoEmissionExact, boolean revealDue, boolean ownerChanged,
        boolean ran) {
    /**
     * Checks the parts are there.
     *
     * @throws NullPointerException naming a missing part
     */
    public ChainEpoch {
        Objects.requireNonNull(blockHash, "blockHash");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(recorded, "recorded");
    }
}
