package io.yuma.chain.epoch;

/**
 * A block where a subnet's scheduler fired: the epoch ran there, or was skipped
 * ({@code EpochSkipped}, which {@link EpochReader} tells from the stored state).
 *
 * @param netuid the subnet
 * @param block the epoch's block
 * @param parentHash the hash of {@code block - 1}, or null when not looked up yet
 * @param blockHash the hash of {@code block}, or null when not looked up yet
 * @param specVersion the runtime in force in the parent's state, or -1 when not looked up yet
 * @param knownSkipped true when the scan already read that no epoch ran here
 *     ({@code LastMechansimStepBlock != block} in the block's state), so there is nothing to read
 */
public record EpochSlot(int netuid, long block, String parentHash, String blockHash, long specVersion,
        boolean knownSkipped) {
    /**
     * Whether the hashes and the runtime are known.
     *
     * @return true when {@link EpochReader#read(int, long, String, String, long)} can take them
     */
    public boolean resolved() {
        return parentHash != null && blockHash != null && specVersion >= 0;
    }
}
