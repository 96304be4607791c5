package io.yuma.api;

/**
 * An epoch input that breaks a rule of the data model. The message names the field, the uid
 * (where there is one) and the offending value, so a person can find and fix it.
 */
public final class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final int uid;

    /**
     * Builds the message from the field, the uid and what was wrong.
     *
     * @param field the input field, as FORMAT.md names it
     * @param uid the uid the value belongs to, or -1 for a subnet-wide field
     * @param message what was wrong and what was expected
     */
    public InvalidInputException(String field, int uid, String message) {
        super(uid >= 0 ? "field " + field + ", uid " + uid + ": " + message : "field " + field + ": " + message);
        this.field = field;
        this.uid = uid;
    }

    /** {@return the input field, as FORMAT.md names it} */
    public String field() {
        return field;
    }

    /** {@return the uid, or -1 for a subnet-wide field} */
    public int uid() {
        return uid;
    }
}
