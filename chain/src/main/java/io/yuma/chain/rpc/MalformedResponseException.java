package io.yuma.chain.rpc;

/** An answer that is not JSON, or not shaped as JSON-RPC or the method promises. */
public final class MalformedResponseException extends RpcException {
    private static final long serialVersionUID = 1L;

    /**
     * An error with its message.
     *
     * @param message one line naming the URL, the method and what is wrong with the answer
     */
    public MalformedResponseException(String message) {
        super(message);
    }
}
