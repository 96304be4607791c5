package io.yuma.testkit.random;

import io.yuma.api.SparseMatrix;
import java.util.Arrays;

/** One stored row under construction: (column, u16 value) entries in stored order. */
final class RowBuffer {
    private int[] columns = new int[8];
    private long[] values = new long[8];
    private int size;

    int size() {
        return size;
    }

    int column(int k) {
        return columns[k];
    }

    long value(int k) {
        return values[k];
    }

    void add(int column, long value) {
        insert(size, column, value);
    }

    void insert(int at, int column, long value) {
        if (size == columns.length) {
            columns = Arrays.copyOf(columns, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        System.arraycopy(columns, at, columns, at + 1, size - at);
        System.arraycopy(values, at, values, at + 1, size - at);
        columns[at] = column;
        values[at] = value;
        size++;
    }

    /** Inserts keeping ascending columns, when the row is ascending. */
    void insertSorted(int column, long value) {
        int at = 0;
        while (at < size && columns[at] < column) {
            at++;
        }
        insert(at, column, value);
    }

    void setValue(int k, long value) {
        values[k] = value;
    }

    long max() {
        long max = 0;
        for (int k = 0; k < size; k++) {
            max = Math.max(max, values[k]);
        }
        return max;
    }

    /** Fisher-Yates over the entries, keeping each column with its value. */
    void shuffle(CaseRandom random) {
        for (int k = size - 1; k > 0; k--) {
            int j = random.below(k + 1);
            int column = columns[k];
            columns[k] = columns[j];
            columns[j] = column;
            long value = values[k];
            values[k] = values[j];
            values[j] = value;
        }
    }

    void clear() {
        size = 0;
    }

    void appendTo(SparseMatrix.Builder matrix) {
        for (int k = 0; k < size; k++) {
            matrix.add(columns[k], values[k]);
        }
        matrix.endRow();
    }
}
