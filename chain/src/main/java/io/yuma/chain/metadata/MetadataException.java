package io.yuma.chain.metadata;

import io.yuma.chain.ChainException;

/** Metadata bytes that do not parse, or a type id or name the metadata lacks. */
public final class MetadataException extends ChainException {
    private static final long serialVersionUID = 1L;

    /**
     * An error with its message.
     *
     * @param message what failed and where
     */
    public MetadataException(String message) {
        super(message);
    }

    /**
     * An error with its message and cause.
     *
     * @param message what failed and where
     * @param cause the underlying error
     */
    public MetadataException(String message, Throwable cause) {
        super(message, cause);
    }
}
