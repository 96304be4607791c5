package io.yuma.scenario;

/**
 * A scenario file that cannot be read or does not describe a valid scenario. The one-line message
 * names the file, the line and column, and the field (as a path such as
 * {@code weights[2].Big vali}), then what is wrong and what was expected.
 */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String field;

    /**
     * A problem at a place in a file.
     *
     * @param file the file as named to the reader
     * @param line the 1-based line, or 0 when unknown
     * @param column the 1-based column, or 0 when unknown
     * @param field the field's path, or null for the file as a whole
     * @param problem what is wrong and what was expected
     */
    public ScenarioException(String file, int line, int column, String field, String problem) {
        super(file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": "
                + (field == null || field.isEmpty() ? "" : "field " + field + ": ") + problem);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    /** {@return the file as named to the reader} */
    public String file() {
        return file;
    }

    /** {@return the 1-based line of the problem, or 0 when unknown} */
    public int line() {
        return line;
    }

    /** {@return the path of the field at fault, or null for the file as a whole} */
    public String field() {
        return field;
    }
}
