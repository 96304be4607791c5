package io.yuma.recompute;

import java.util.Objects;

/**
 * A record that cannot be used: corrupt or truncated bytes, a malformed vector file, a value
 * outside its type. The message starts with where the record is ({@code FILE: record at byte B},
 * {@code FILE: epoch E}) and says what is wrong. The source that threw it can go on with the
 * next record, so a run may skip it.
 */
public final class BadRecordException extends RecomputeException {
    private static final long serialVersionUID = 1L;

    private final transient RecordLocation location;
    private final String detail;

    /**
     * Creates the error.
     *
     * @param location where the record is
     * @param detail what is wrong with it
     * @param cause the underlying error, or null
     */
    public BadRecordException(RecordLocation location, String detail, Throwable cause) {
        super(Objects.requireNonNull(location, "location") + ": " + Objects.requireNonNull(detail, "detail"), null,
                cause);
        this.location = location;
        this.detail = detail;
    }

    /**
     * Where the record is.
     *
     * @return its file and position
     */
    public RecordLocation location() {
        return location;
    }

    /**
     * What is wrong with it.
     *
     * @return the problem, without the location
     */
    public String detail() {
        return detail;
    }
}
