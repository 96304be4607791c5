package io.yuma.simd;

import java.util.Arrays;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * A reusable sparse matrix of I32F32 raw-bit values in compressed rows, the SIMD engine's form of
 * the chain's {@code Vec<Vec<(u16, I32F32)>>}: row {@code i}'s entries are
 * {@code col[k], val[k]} for {@code start(i) <= k < end(i)}. It grows when needed and is
 * otherwise reused from subnet to subnet, so steady-state epochs allocate nothing. Rows are built
 * in order: {@link #reset}, then per row {@link #reserve}, {@link #push} and {@link #endRow};
 * the stages that write {@link #col} and {@link #val} directly set {@link #size} before
 * {@link #endRow}.
 */
final class SparseRows {
    private static final VectorSpecies<Integer> INTS = IntVector.SPECIES_PREFERRED;
    /** Rows closed so far. */
    int rows;
    /** Row {@code i}'s entries start at {@code rowStart[i]}; {@code rowStart[rows]} is {@link #size}. */
    int[] rowStart = new int[1];
    /** Column of each entry. */
    int[] col = new int[16];
    /** I32F32 raw value of each entry. */
    long[] val = new long[16];
    /** Entries written so far. */
    int size;

    /**
     * Empties the matrix and prepares it to receive rows.
     *
     * @param rows how many rows will be built
     */
    void reset(int rows) {
        this.rows = 0;
        this.size = 0;
        if (rowStart.length < rows + 1) {
            rowStart = new int[rows + 1];
        }
        rowStart[0] = 0;
    }

    /**
     * Makes room for more entries beyond the current size.
     *
     * @param more how many entries will be appended
     */
    void reserve(int more) {
        if (size + more > col.length) {
            int capacity = Math.max(size + more, col.length * 2);
            col = Arrays.copyOf(col, capacity);
            val = Arrays.copyOf(val, capacity);
        }
    }

    /**
     * Appends an entry to the row being built; call {@link #reserve} first.
     *
     * @param column the entry's column
     * @param value the entry's I32F32 raw value
     */
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

    /**
     * @param row a closed row
     * @return the index of the row's first entry
     */
    int start(int row) {
        return rowStart[row];
    }

    /**
     * @param row a closed row
     * @return the index one past the row's last entry
     */
    int end(int row) {
        return rowStart[row + 1];
    }

    /**
     * {@return whether row i's columns ascend one by one}, {@code col[k] == col[start] + (k - start)}
     * for every entry: such a row's per-column data is one contiguous range, read without gathers.
     * An empty row does too.
     */
    boolean ascendsByOne(int row) {
        return start(row) == end(row) || runEnd(start(row), end(row)) == end(row);
    }

    /**
     * {@return the end of the run of entries from {@code from} whose columns ascend one by one}:
     * the first {@code k} in {@code (from, end]} with {@code col[k] != col[from] + (k - from)},
     * or {@code end}. Found on int lanes.
     */
    int runEnd(int from, int end) {
        int offset = col[from] - from; // col[k] - k for every k of the run
        IntVector expected = IntVector.zero(INTS).addIndex(1).add(offset);
        int k = from;
        for (int bound = from + INTS.loopBound(end - from); k < bound; k += INTS.length()) {
            VectorMask<Integer> differs = IntVector.fromArray(INTS, col, k).compare(VectorOperators.NE, expected.add(k));
            if (differs.anyTrue()) {
                return k + differs.firstTrue();
            }
        }
        for (; k < end; k++) {
            if (col[k] - k != offset) {
                return k;
            }
        }
        return end;
    }
}
