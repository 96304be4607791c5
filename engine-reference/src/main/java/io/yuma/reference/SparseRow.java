package io.yuma.reference;

import java.util.Arrays;

/**
 * One row of the chain's {@code Vec<Vec<(u16, I32F32)>>}: parallel arrays of u16 columns and
 * I32F32 raw bits, in the order the chain keeps them. Immutable by convention: the helpers of
 * {@link EpochMath} build new rows rather than editing old ones, except where the chain edits in
 * place ({@code inplace_*}).
 */
final class SparseRow {
    static final SparseRow EMPTY = new SparseRow(new int[0], new long[0]);

    final int[] columns;
    final long[] values;

    SparseRow(int[] columns, long[] values) {
        assert columns.length == values.length;
        this.columns = columns;
        this.values = values;
    }

    int size() {
        return columns.length;
    }

    SparseRow copy() {
        return new SparseRow(columns.clone(), values.clone());
    }

    /** Collects a row entry by entry, like the chain's {@code Vec::push}. */
    static final class Builder {
        private int[] columns;
        private long[] values;
        private int size;

        Builder(int capacity) {
            columns = new int[Math.max(capacity, 4)];
            values = new long[columns.length];
        }

        void push(int column, long value) {
            if (size == columns.length) {
                columns = Arrays.copyOf(columns, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            columns[size] = column;
            values[size] = value;
            size++;
        }

        SparseRow build() {
            return size == 0 ? EMPTY : new SparseRow(Arrays.copyOf(columns, size), Arrays.copyOf(values, size));
        }
    }
}
