package io.yuma.api;

import java.util.Objects;

/**
 * Where two epoch results (or traces) first disagree.
 *
 * @param field the output field, as FORMAT.md names it
 * @param uid the uid (row), or -1 for the whole field (a length)
 * @param expected the expected value, printed
 * @param actual the actual value, printed
 */
public record Difference(String field, int uid, String expected, String actual) {
    /**
     * Checks the texts are given.
     *
     * @throws NullPointerException naming the part that is null
     */
    public Difference {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
    }

    /** {@return the field, the uid when there is one, and both values, in one line} */
    @Override
    public String toString() {
        return field + (uid >= 0 ? "[uid " + uid + "]" : "") + ": expected " + expected + ", got " + actual;
    }

    /**
     * The same difference one level down, e.g. in one mechanism of a subnet.
     *
     * @param prefix what goes before the field name, e.g. {@code "mechanisms[1]."}
     * @return the difference with the prefixed field name
     */
    public Difference within(String prefix) {
        return new Difference(prefix + field, uid, expected, actual);
    }

    static Difference of(String field, boolean[] expected, boolean[] actual) {
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] != actual[i]) {
                return new Difference(field, i, Boolean.toString(expected[i]), Boolean.toString(actual[i]));
            }
        }
        return null;
    }

    static Difference of(String field, int[] expected, int[] actual) {
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] != actual[i]) {
                return new Difference(field, i, Integer.toString(expected[i]), Integer.toString(actual[i]));
            }
        }
        return null;
    }

    static Difference ofU64(String field, long[] expected, long[] actual) {
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] != actual[i]) {
                return new Difference(field, i, Long.toUnsignedString(expected[i]), Long.toUnsignedString(actual[i]));
            }
        }
        return null;
    }

    /**
     * Compares two I32F32 raw-bit vectors, values printed as raw bits.
     *
     * @param field the field name to report
     * @param expected the expected vector
     * @param actual the actual vector
     * @return the first difference (a length, or the first uid that differs), or null when equal
     * @throws NullPointerException when an argument is null
     */
    public static Difference ofSigned(String field, long[] expected, long[] actual) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        if (expected.length != actual.length) {
            return new Difference(field, -1, "length " + expected.length, "length " + actual.length);
        }
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] != actual[i]) {
                return new Difference(field, i, Long.toString(expected[i]), Long.toString(actual[i]));
            }
        }
        return null;
    }

    /**
     * Compares two sparse matrices row by row (entries, order and values).
     *
     * @param field the field name to report
     * @param expected the expected rows
     * @param actual the actual rows
     * @return the first row that differs (or the row count), or null when equal
     * @throws NullPointerException when an argument is null
     */
    public static Difference ofRows(String field, SparseMatrix expected, SparseMatrix actual) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        if (expected.rows() != actual.rows()) {
            return new Difference(field, -1, expected.rows() + " rows", actual.rows() + " rows");
        }
        for (int row = 0; row < expected.rows(); row++) {
            if (!expected.rowEquals(row, actual)) {
                return new Difference(field, row, rowText(expected, row), rowText(actual, row));
            }
        }
        return null;
    }

    private static String rowText(SparseMatrix m, int row) {
        StringBuilder text = new StringBuilder("[");
        for (int k = 0; k < m.rowLength(row); k++) {
            text.append(k == 0 ? "" : ", ").append('[').append(m.column(row, k)).append(", ").append(m.value(row, k)).append(']');
        }
        return text.append(']').toString();
    }
}
