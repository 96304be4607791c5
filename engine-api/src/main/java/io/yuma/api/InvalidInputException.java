package io.yuma.api;

/**
 * An epoch input that breaks a rule of the data model. The message names the field, the uid
 * (where there is one) and the offending value, so a person can find and fix it.
 */
public final class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final int uid;
    private final String detail;

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
        this.detail = message;
    }

    /**
     * The same error one level down, e.g. in one mechanism of a subnet.
     *
     * @param prefix what goes before the field name, e.g. {@code "mechanisms[1]."}
     * @return an exception naming the prefixed field, with this one as its cause
     */
    public InvalidInputException within(String prefix) {
        InvalidInputException nested = new InvalidInputException(prefix + field, uid, detail);
        nested.initCause(this);
        return nested;
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
