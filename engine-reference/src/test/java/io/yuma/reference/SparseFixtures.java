package io.yuma.reference;

import static io.yuma.reference.ChainFloats.fixed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yuma.fixed.I32F32;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds matrices the way the chain's math tests do ({@code vec_to_sparse_mat_fixed},
 * {@code vec_to_mat_fixed}) and compares them the way those tests do
 * ({@code assert_sparse_mat_compare}, {@code assert_vec_compare}: same length, same columns in
 * the same order, values within an epsilon).
 */
final class SparseFixtures {
    /** One (column, I32F32 raw bits) entry of a hand-written row. */
    record Entry(int column, long value) {
    }

    private SparseFixtures() {
    }

    static Entry e(int column, long value) {
        return new Entry(column, value);
    }

    /** A row holding {@code entries} in the order given. */
    static SparseRow row(Entry... entries) {
        SparseRow.Builder row = new SparseRow.Builder(entries.length);
        for (Entry entry : entries) {
            row.push(entry.column(), entry.value());
        }
        return row.build();
    }

    static SparseRow[] rows(SparseRow... rows) {
        return rows;
    }

    /**
     * {@code vec_to_sparse_mat_fixed}: a row-major vector reshaped to {@code rows} rows (or, with
     * {@code transpose}, to its columns as rows), keeping entries greater than zero in ascending
     * column order.
     */
    static SparseRow[] sparseMat(float[] vector, int rows, boolean transpose) {
        long[][] dense = denseMat(vector, rows, transpose);
        SparseRow[] out = new SparseRow[dense.length];
        for (int i = 0; i < dense.length; i++) {
            SparseRow.Builder row = new SparseRow.Builder(dense[i].length);
            for (int j = 0; j < dense[i].length; j++) {
                if (dense[i][j] > 0) {
                    row.push(j, dense[i][j]);
                }
            }
            out[i] = row.build();
        }
        return out;
    }

    /** {@code vec_to_mat_fixed}: a row-major vector reshaped to {@code rows} rows, or transposed. */
    static long[][] denseMat(float[] vector, int rows, boolean transpose) {
        assertEquals(0, vector.length % rows, "vector cannot be reshaped to " + rows + " rows");
        int cols = vector.length / rows;
        long[][] out = transpose ? new long[cols][rows] : new long[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                long value = fixed(vector[r * cols + c]);
                if (transpose) {
                    out[c][r] = value;
                } else {
                    out[r][c] = value;
                }
            }
        }
        return out;
    }

    /** {@code assert_sparse_mat_compare}: same rows, same columns in order, values within epsilon. */
    static void assertSparseMatCompare(SparseRow[] expected, SparseRow[] actual, long epsilon) {
        assertEquals(expected.length, actual.length, "number of rows");
        for (int i = 0; i < expected.length; i++) {
            String where = "row " + i + ": expected " + text(expected[i]) + ", got " + text(actual[i]);
            assertEquals(expected[i].size(), actual[i].size(), where);
            for (int k = 0; k < expected[i].size(); k++) {
                assertEquals(expected[i].columns[k], actual[i].columns[k], where);
                assertWithin(expected[i].values[k], actual[i].values[k], epsilon, where);
            }
        }
    }

    /** {@code assert_vec_compare}: same length, values within epsilon. */
    static void assertVecCompare(long[] expected, long[] actual, long epsilon) {
        assertEquals(expected.length, actual.length, "vector length");
        for (int i = 0; i < expected.length; i++) {
            assertWithin(expected[i], actual[i], epsilon, "entry " + i);
        }
    }

    private static void assertWithin(long expected, long actual, long epsilon, String where) {
        // The chain compares |a - b| <= epsilon on I32F32; the values here stay far from overflow.
        assertTrue(Math.abs(expected - actual) <= epsilon, () -> where + ": expected " + I32F32.toDouble(expected)
                + " (bits " + expected + "), got " + I32F32.toDouble(actual) + " (bits " + actual + "), epsilon "
                + I32F32.toDouble(epsilon));
    }

    /** A row as {@code [(column, value), ...]} with decimal values, for messages. */
    static String text(SparseRow row) {
        List<String> entries = new ArrayList<>();
        for (int k = 0; k < row.size(); k++) {
            entries.add("(" + row.columns[k] + ", " + I32F32.toDouble(row.values[k]) + ")");
        }
        return entries.toString();
    }
}
