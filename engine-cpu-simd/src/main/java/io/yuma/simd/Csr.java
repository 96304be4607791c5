package io.yuma.simd;

import java.util.Arrays;

/**
 * A reusable sparse matrix in compressed-row form (u16 columns, I32F32 raw-bit values), the
 * SIMD engine's stand-in for the chain's {@code Vec<Vec<(u16, I32F32)>>}. Grows when needed and is
 * otherwise reused from subnet to subnet, so steady-state epochs allocate nothing.
 */
final class Csr {
    int rows;
    int[] rowStart = new int[1];
    int[] col = new int[16];
    long[] val = new long[16];
    int size;

    /** Empties the matrix and prepares it to receive {@code rows} rows. */
    void reset(int rows) {
        this.rows = 0;
        this.size = 0;
        if (rowStart.length < rows + 1) {
            rowStart = new int[rows + 1];
        }
        rowStart[0] = 0;
    }

    /** Makes room for {@code more} entries beyond the current size. */
    void reserve(int more) {
        if (size + more > col.length) {
            int capacity = Math.max(size + more, col.length * 2);
            col = Arrays.copyOf(col, capacity);
            val = Arrays.copyOf(val, capacity);
        }
    }

    /** Appends an entry to the row being built; call {@link #reserve} first. */
    void push(int column, long value) {
        col[size] = column;
        val[size] = value;
        size++;
    }

    /** Closes the row being built. */
    void endRow() {
        rows++;
        rowStart[rows] = size;
    }

    int start(int row) {
        return rowStart[row];
    }

    int end(int row) {
        return rowStart[row + 1];
    }

    /** Makes this an exact copy of {@code other}. */
    void copyFrom(Csr other) {
        reset(other.rows);
        reserve(other.size);
        System.arraycopy(other.rowStart, 0, rowStart, 0, other.rows + 1);
        System.arraycopy(other.col, 0, col, 0, other.size);
        System.arraycopy(other.val, 0, val, 0, other.size);
        rows = other.rows;
        size = other.size;
    }
}
