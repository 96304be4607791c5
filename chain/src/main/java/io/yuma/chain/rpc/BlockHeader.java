package io.yuma.chain.rpc;

/**
 * A block header, from {@code chain_getHeader}.
 *
 * @param number the block number
 * @param parentHash the parent block's hash, {@code 0x}-hex
 * @param stateRoot the state root, {@code 0x}-hex
 * @param extrinsicsRoot the extrinsics root, {@code 0x}-hex
 */
public record BlockHeader(long number, String parentHash, String stateRoot, String extrinsicsRoot) {
}
