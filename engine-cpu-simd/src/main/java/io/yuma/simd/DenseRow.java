package io.yuma.simd;

/**
 * A dense row of I32F32 values that clears in O(1): a value counts only when its stamp matches
 * the current epoch, so a row touched at a few columns of a wide subnet costs only those columns.
 */
final class DenseRow {
    private long[] values = new long[0];
    private int[] stamp = new int[0];
    private int epoch = 1;

    /** Forgets every value and makes room for columns {@code 0 .. width-1}. */
    void clear(int width) {
        if (values.length < width) {
            values = new long[width];
            stamp = new int[width];
            epoch = 1;
            return;
        }
        if (++epoch == Integer.MAX_VALUE) {
            java.util.Arrays.fill(stamp, 0);
            epoch = 1;
        }
    }

    boolean has(int column) {
        return stamp[column] == epoch;
    }

    /** The value at {@code column}, 0 when unset. */
    long get(int column) {
        return stamp[column] == epoch ? values[column] : 0L;
    }

    void set(int column, long value) {
        values[column] = value;
        stamp[column] = epoch;
    }
}
