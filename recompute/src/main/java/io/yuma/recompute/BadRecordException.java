package io.yuma.recompute;

import java.io.IOException;

/**
 * A record that cannot be used: corrupt or truncated bytes, a malformed vector file, a value
 * outside its type. The message starts with where the record is ({@code FILE: record at byte B},
 * {@code FILE: epoch E}) and says what is wrong. The source that threw it can go on with the
 * next record, so a run may skip it.
 */
public final class BadRecordException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String location;
    private final String detail;

    /**
     * @param location where the record is: the file and the byte offset or epoch
     * @param detail what is wrong with it
     * @param cause the underlying error, or null
     */
    public BadRecordException(String location, String detail, Throwable cause) {
        super(location + ": " + detail, cause);
        this.location = location;
        this.detail = detail;
    }

    /** Where the record is. */
    public String location() {
        return location;
    }

    /** What is wrong with it. */
    public String detail() {
        return detail;
    }
}
