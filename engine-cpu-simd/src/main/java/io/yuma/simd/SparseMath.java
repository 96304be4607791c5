package io.yuma.simd;

import static io.yuma.fixed.I32F32.ONE;
import static io.yuma.fixed.I32F32.ZERO;
import static io.yuma.fixed.I32F32.saturatingAdd;
import static io.yuma.fixed.I32F32.saturatingMul;
import static io.yuma.fixed.I32F32.saturatingSub;


/**
 * The chain's sparse matrix operations (its {@code math.rs} names) over {@link SparseRows}, with
 * the same saturating operations in the same order; outputs go into caller-owned matrices and
 * vectors. The normalizations that run on vector lanes are in {@link Lanes}.
 */
final class SparseMath {
    private SparseMath() {
    }

    /**
     * {@code row_hadamard_sparse}: each row scaled by its vector entry; in the same pass the
     * column sums of the result ({@link Lanes#addColumnSums}) for its column normalization.
     *
     * @param m the matrix
     * @param vector per-row factors
     * @param columns the columns summed
     * @param columnSums receives the sums; zero on entry
     * @param out the scaled matrix, with m's columns
     */
    static void rowHadamardSparse(SparseRows m, long[] vector, int columns, long[] columnSums, SparseRows out) {
        out.reset(m.rows);
        out.reserve(m.size);
        System.arraycopy(m.col, 0, out.col, 0, m.size);
        for (int i = 0; i < m.rows; i++) {
            ScaledRows.addScaledRow(m, i, vector[i], columns, columnSums, out.val);
            out.size = m.end(i);
            out.endRow();
        }
    }

    /**
     * {@code interpolate_sparse}: {@code mat1} itself for ratio 0, {@code mat2} itself for ratio
     * 1, else {@code mat1 + ratio * (mat2 - mat1)} rebuilt densely per row, positive entries in
     * column order.
     *
     * @param mat1 the matrix at ratio 0
     * @param mat2 the matrix at ratio 1
     * @param columns the columns kept
     * @param ratio the I32F32 ratio
     * @param row1 dense scratch for mat1's row
     * @param row2 dense scratch for mat2's row
     * @param out where an interpolation is built
     * @return {@code mat1}, {@code mat2} or {@code out}
     */
    static SparseRows interpolateSparse(SparseRows mat1, SparseRows mat2, int columns, long ratio, DenseRow row1,
            DenseRow row2, SparseRows out) {
        if (ratio == ZERO) {
            return mat1;
        }
        if (ratio == ONE) {
            return mat2;
        }
        out.reset(mat1.rows);
        for (int i = 0; i < mat1.rows; i++) {
            if (mat1.start(i) == mat1.end(i) && mat2.start(i) == mat2.end(i)) {
                out.endRow(); // 0 + ratio * (0 - 0) is never positive
                continue;
            }
            row1.clear(columns);
            row2.clear(columns);
            scatter(mat1, i, columns, row1);
            scatter(mat2, i, columns, row2);
            out.reserve(columns);
            for (int j = 0; j < columns; j++) {
                long v1 = row1.get(j);
                long v2 = row2.get(j);
                long interp = saturatingAdd(v1, saturatingMul(ratio, saturatingSub(v2, v1)));
                if (ZERO < interp) {
                    out.push(j, interp);
                }
            }
            out.endRow();
        }
        return out;
    }

    private static void scatter(SparseRows m, int row, int columns, DenseRow dense) {
        for (int k = m.start(row); k < m.end(row); k++) {
            if (m.col[k] < columns) {
                dense.set(m.col[k], m.val[k]); // later duplicates overwrite, like the chain
            }
        }
    }
}
