package io.yuma.chain.scale;

import io.yuma.chain.ChainException;

/** SCALE bytes that do not decode (too short, bytes left over, a bad tag) or a value that does not encode. */
public final class ScaleException extends ChainException {
    private static final long serialVersionUID = 1L;

    /**
     * An error with its message.
     *
     * @param message what failed, at which offset, for which type
     */
    public ScaleException(String message) {
        super(message);
    }
}
