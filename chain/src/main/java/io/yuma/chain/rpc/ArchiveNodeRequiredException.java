package io.yuma.chain.rpc;

/**
 * The node has discarded the state of the block asked ("State already discarded"): it prunes old
 * state, and reading history needs an archive node.
 */
public final class ArchiveNodeRequiredException extends RpcErrorException {
    private static final long serialVersionUID = 1L;

    /**
     * An error with its message and the node's code and message.
     *
     * @param message one line naming the URL, the method, the block and what to do
     * @param code the JSON-RPC error code
     * @param nodeMessage the node's message
     */
    public ArchiveNodeRequiredException(String message, long code, String nodeMessage) {
        super(message, code, nodeMessage);
    }
}
