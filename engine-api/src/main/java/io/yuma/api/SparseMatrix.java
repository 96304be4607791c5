package io.yuma.api;

import java.util.Arrays;
import java.util.Objects;

/**
 * Sparse rows in compressed-row form, exactly as stored: row {@code i} holds the entries
 * {@code rowStart[i] .. rowStart[i+1]-1}, in stored order (not necessarily sorted, duplicates
 * kept). Columns are u16 and may be at or beyond the number of rows. Values are u16 for the
 * chain's weight and bond rows, or I32F32 raw bits for traced intermediates.
 *
 * <p>Immutable: the arrays are copied on construction and never handed out.
 */
public final class SparseMatrix {
    private final int[] rowStart;
    private final int[] columns;
    private final long[] values;

    private SparseMatrix(int[] rowStart, int[] columns, long[] values) {
        this.rowStart = rowStart;
        this.columns = columns;
        this.values = values;
    }

    /**
     * Builds a matrix of u16 values, checking every column and value.
     *
     * @param field the field name for error messages
     * @param rowStart row offsets, length rows + 1, starting at 0 and non-decreasing
     * @param columns column of each entry, u16
     * @param values value of each entry, u16
     * @return the matrix, holding copies of the arrays
     * @throws NullPointerException when an argument is null
     * @throws InvalidInputException naming the field, the row (uid) and the value on any violation
     */
    public static SparseMatrix ofU16(String field, int[] rowStart, int[] columns, long[] values) {
        SparseMatrix matrix = of(field, rowStart, columns, values);
        for (int row = 0; row < matrix.rows(); row++) {
            for (int k = rowStart[row]; k < rowStart[row + 1]; k++) {
                if (values[k] < 0 || values[k] > 0xFFFF) {
                    throw new InvalidInputException(field, row,
                            "entry " + (k - rowStart[row]) + " has value " + values[k] + ", expected a u16 (0..65535)");
                }
            }
        }
        return matrix;
    }

    /**
     * Builds a matrix with any 64-bit values (I32F32 raw bits), checking the shape and columns.
     *
     * @param field the field name for error messages
     * @param rowStart row offsets, length rows + 1, starting at 0 and non-decreasing
     * @param columns column of each entry, u16
     * @param values value of each entry
     * @return the matrix, holding copies of the arrays
     * @throws NullPointerException when an argument is null
     * @throws InvalidInputException on a malformed shape or a column outside u16
     */
    public static SparseMatrix of(String field, int[] rowStart, int[] columns, long[] values) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rowStart, "rowStart");
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(values, "values");
        if (rowStart.length == 0 || rowStart[0] != 0) {
            throw new InvalidInputException(field, -1, "row offsets must start with 0");
        }
        if (columns.length != values.length || rowStart[rowStart.length - 1] != columns.length) {
            throw new InvalidInputException(field, -1, "row offsets end at " + rowStart[rowStart.length - 1]
                    + " but there are " + columns.length + " columns and " + values.length + " values");
        }
        for (int row = 0; row + 1 < rowStart.length; row++) {
            if (rowStart[row + 1] < rowStart[row]) {
                throw new InvalidInputException(field, row, "row offsets decrease");
            }
            for (int k = rowStart[row]; k < rowStart[row + 1]; k++) {
                if (columns[k] < 0 || columns[k] > 0xFFFF) {
                    throw new InvalidInputException(field, row,
                            "entry " + (k - rowStart[row]) + " has column " + columns[k] + ", expected a u16 (0..65535)");
                }
            }
        }
        return new SparseMatrix(rowStart.clone(), columns.clone(), values.clone());
    }

    /**
     * {@return a matrix with {@code rows} empty rows}
     *
     * @param rows the number of rows, at least 0
     * @throws IllegalArgumentException when {@code rows} is negative
     */
    public static SparseMatrix empty(int rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("rows must be at least 0, was " + rows);
        }
        return new SparseMatrix(new int[rows + 1], new int[0], new long[0]);
    }

    /** {@return the number of rows} */
    public int rows() {
        return rowStart.length - 1;
    }

    /** {@return the total number of entries} */
    public int entries() {
        return columns.length;
    }

    /**
     * {@return the number of entries in {@code row}}
     *
     * @param row a row, {@code 0..rows-1}
     * @throws IndexOutOfBoundsException when {@code row} is out of range
     */
    public int rowLength(int row) {
        row(row);
        return rowStart[row + 1] - rowStart[row];
    }

    /**
     * {@return the global index of the first entry of {@code row} (for {@link #columnAt} and {@link #valueAt})}
     *
     * @param row a row, {@code 0..rows-1}
     * @throws IndexOutOfBoundsException when {@code row} is out of range
     */
    public int rowStart(int row) {
        return rowStart[row(row)];
    }

    /**
     * {@return the column of entry {@code k}}
     *
     * @param k a global entry index, {@code 0..entries-1}
     * @throws IndexOutOfBoundsException when {@code k} is out of range
     */
    public int columnAt(int k) {
        return columns[Bounds.check(k, columns.length, "entry", "the matrix")];
    }

    /**
     * {@return the value of entry {@code k}}
     *
     * @param k a global entry index, {@code 0..entries-1}
     * @throws IndexOutOfBoundsException when {@code k} is out of range
     */
    public long valueAt(int k) {
        return values[Bounds.check(k, values.length, "entry", "the matrix")];
    }

    /**
     * {@return the column of the {@code k}-th entry of {@code row}}
     *
     * @param row a row, {@code 0..rows-1}
     * @param k an entry of the row, {@code 0..rowLength(row)-1}
     * @throws IndexOutOfBoundsException when {@code row} or {@code k} is out of range
     */
    public int column(int row, int k) {
        return columns[entry(row, k)];
    }

    /**
     * {@return the value of the {@code k}-th entry of {@code row}}
     *
     * @param row a row, {@code 0..rows-1}
     * @param k an entry of the row, {@code 0..rowLength(row)-1}
     * @throws IndexOutOfBoundsException when {@code row} or {@code k} is out of range
     */
    public long value(int row, int k) {
        return values[entry(row, k)];
    }

    private int row(int row) {
        return Bounds.check(row, rowStart.length - 1, "row", "the matrix");
    }

    private int entry(int row, int k) {
        return rowStart[row] + Bounds.check(k, rowLength(row), "entry", "row " + row);
    }

    /**
     * {@return true when row {@code row} holds the same entries, in the same order, here and in {@code other}}
     *
     * @param row a row of both matrices
     * @param other the matrix to compare with
     * @throws NullPointerException when {@code other} is null
     * @throws IndexOutOfBoundsException when {@code row} is out of range in either
     */
    public boolean rowEquals(int row, SparseMatrix other) {
        int length = rowLength(row);
        if (length != other.rowLength(row)) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (column(row, k) != other.column(row, k) || value(row, k) != other.value(row, k)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SparseMatrix m && Arrays.equals(rowStart, m.rowStart)
                && Arrays.equals(columns, m.columns) && Arrays.equals(values, m.values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(rowStart) + Arrays.hashCode(columns)) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("[");
        for (int row = 0; row < rows(); row++) {
            text.append(row == 0 ? "[" : ", [");
            for (int k = rowStart[row]; k < rowStart[row + 1]; k++) {
                text.append(k == rowStart[row] ? "" : ", ").append('[').append(columns[k]).append(", ").append(values[k]).append(']');
            }
            text.append(']');
        }
        return text.append(']').toString();
    }

    /**
     * Collects rows one entry at a time, for engines and readers that produce rows in order.
     */
    public static final class Builder {
        private int[] rowStart;
        private int[] columns;
        private long[] values;
        private int rows;
        private int size;

        /**
         * An empty builder.
         *
         * @param expectedRows rows to reserve room for, at least 0
         * @throws IllegalArgumentException when {@code expectedRows} is negative
         */
        public Builder(int expectedRows) {
            if (expectedRows < 0) {
                throw new IllegalArgumentException("expectedRows must be at least 0, was " + expectedRows);
            }
            rowStart = new int[expectedRows + 1];
            columns = new int[Math.max(16, expectedRows)];
            values = new long[columns.length];
        }

        /**
         * Appends an entry to the current (last started) row.
         *
         * @param column the entry's column
         * @param value the entry's value
         * @return this builder
         */
        public Builder add(int column, long value) {
            if (size == columns.length) {
                columns = Arrays.copyOf(columns, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            columns[size] = column;
            values[size] = value;
            size++;
            return this;
        }

        /**
         * Ends the current row; the next {@link #add} starts the following row.
         *
         * @return this builder
         */
        public Builder endRow() {
            if (rows + 1 == rowStart.length) {
                rowStart = Arrays.copyOf(rowStart, rowStart.length * 2);
            }
            rows++;
            rowStart[rows] = size;
            return this;
        }

        /** {@return the rows ended so far, as a matrix} */
        public SparseMatrix build() {
            return new SparseMatrix(Arrays.copyOf(rowStart, rows + 1), Arrays.copyOf(columns, size),
                    Arrays.copyOf(values, size));
        }
    }
}
