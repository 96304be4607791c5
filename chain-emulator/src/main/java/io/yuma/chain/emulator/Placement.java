package io.yuma.chain.emulator;

/**
 * Where the emulator put one vector epoch: its inputs are the state after block {@code block - 1},
 * its outputs the state after {@code block}.
 *
 * @param vector the vector's name
 * @param epoch the epoch's index within the vector (0 for a single epoch)
 * @param netuid the subnet that runs it
 * @param block the block at which the chain runs the epoch (the vector's {@code current_block})
 * @param mechanisms the subnet's mechanism count
 * @param deferred true when the epoch was due one block earlier and deferred by the per-block cap
 */
public record Placement(String vector, int epoch, int netuid, long block, int mechanisms, boolean deferred) {
}
