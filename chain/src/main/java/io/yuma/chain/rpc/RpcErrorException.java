package io.yuma.chain.rpc;

/** The node answered a call with a JSON-RPC error object. */
public class RpcErrorException extends RpcException {
    private static final long serialVersionUID = 1L;

    /** The JSON-RPC error code. */
    private final long code;
    /** The node's message, with its {@code data} when it gave some. */
    private final String nodeMessage;

    /**
     * An error with its message and the node's code and message.
     *
     * @param message one line naming the URL, the method, its parameters and the node's message
     * @param code the JSON-RPC error code
     * @param nodeMessage the node's message (and data)
     */
    public RpcErrorException(String message, long code, String nodeMessage) {
        super(message);
        this.code = code;
        this.nodeMessage = nodeMessage;
    }

    /** {@return the JSON-RPC error code} */
    public long code() {
        return code;
    }

    /** {@return the node's message, with its {@code data} when it gave some} */
    public String nodeMessage() {
        return nodeMessage;
    }
}
