package io.yuma.vector;

import io.yuma.api.InvalidInputException;
import java.io.IOException;

/**
 * A vector file that cannot be read as FORMAT.md describes: malformed or truncated JSON or gzip,
 * a missing or unknown field, a number outside its type, a vector of the wrong length. The
 * one-line message names the file, the epoch (in sequence files), the field, the uid and the
 * offending value, e.g. {@code bad.json.gz: field weights, uid 3: entry 2 has column 70000,
 * expected a u16 (0..65535)}.
 */
public final class VectorFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int epoch;
    private final String field;
    private final int uid;

    /** A problem located at a field (and uid) of the input, output or trace. */
    VectorFormatException(String file, int epoch, InvalidInputException cause) {
        super(prefix(file, epoch) + cause.getMessage(), cause);
        this.file = file;
        this.epoch = epoch;
        this.field = cause.field();
        this.uid = cause.uid();
    }

    /** A problem with the file as a whole (its JSON, its gzip, its layout). */
    VectorFormatException(String file, int epoch, String detail, Throwable cause) {
        super(prefix(file, epoch) + detail, cause);
        this.file = file;
        this.epoch = epoch;
        this.field = null;
        this.uid = -1;
    }

    private static String prefix(String file, int epoch) {
        return file + ": " + (epoch >= 0 ? "epoch " + epoch + ", " : "");
    }

    /**
     * The file, as it was named to the reader.
     *
     * @return the file's name
     */
    public String file() {
        return file;
    }

    /**
     * The epoch the problem is in.
     *
     * @return the epoch's index in a sequence file, or -1
     */
    public int epoch() {
        return epoch;
    }

    /**
     * The field the problem is in.
     *
     * @return the field's FORMAT.md name (output and trace fields prefixed {@code output.} and
     *     {@code trace.}), or null for a problem with the file as a whole
     */
    public String field() {
        return field;
    }

    /**
     * The uid (row) the bad value belongs to.
     *
     * @return the uid, or -1
     */
    public int uid() {
        return uid;
    }
}
