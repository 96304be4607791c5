package io.yuma.chain;

/**
 * An error reading the chain: a node that does not answer or answers wrongly, metadata or SCALE
 * bytes that do not parse, a storage item or key that does not exist. Its message is one line that
 * names what failed (URL, method, pallet, item, type) and why.
 */
public class ChainException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * An error with its message.
     *
     * @param message one line: what failed and why
     */
    public ChainException(String message) {
        super(message);
    }

    /**
     * An error with its message and cause.
     *
     * @param message one line: what failed and why
     * @param cause the underlying error
     */
    public ChainException(String message, Throwable cause) {
        super(message, cause);
    }
}
