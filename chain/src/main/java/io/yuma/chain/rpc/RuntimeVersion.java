package io.yuma.chain.rpc;

/**
 * A block's runtime, from {@code state_getRuntimeVersion}.
 *
 * @param specName e.g. {@code node-subtensor}
 * @param specVersion the spec version, which says which rules the runtime applies
 * @param implVersion the implementation version
 * @param transactionVersion the transaction version (0 when the node does not give one)
 */
public record RuntimeVersion(String specName, long specVersion, long implVersion, long transactionVersion) {
}
