package io.yuma.chain.rpc;

import io.yuma.chain.ChainException;

/** A node that gave no usable answer: unreachable, timing out, HTTP errors, after every retry. */
public class RpcException extends ChainException {
    private static final long serialVersionUID = 1L;

    /**
     * An error with its message.
     *
     * @param message one line naming the URL, the method and what went wrong
     */
    public RpcException(String message) {
        super(message);
    }

    /**
     * An error with its message and cause.
     *
     * @param message one line naming the URL, the method and what went wrong
     * @param cause the last transport error
     */
    public RpcException(String message, Throwable cause) {
        super(message, cause);
    }
}
