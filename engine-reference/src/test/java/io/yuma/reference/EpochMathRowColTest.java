package io.yuma.reference;

import static io.yuma.fixed.I32F32.ZERO;
import static io.yuma.reference.ChainFloats.fixed64;
import static io.yuma.reference.ChainFloats.vecToFixed;
import static io.yuma.reference.SparseFixtures.assertSparseMatCompare;
import static io.yuma.reference.SparseFixtures.assertVecCompare;
import static io.yuma.reference.SparseFixtures.e;
import static io.yuma.reference.SparseFixtures.row;
import static io.yuma.reference.SparseFixtures.rows;
import static io.yuma.reference.SparseFixtures.sparseMat;

import org.junit.jupiter.api.Test;

/**
 * The row- and column-wise sparse helpers of {@link EpochMath} against the chain's
 * {@code tests/math.rs}, with the tolerances used there.
 */
class EpochMathRowColTest {
    private static final long EPSILON = fixed64(0.0001);
    /** The 6 x 7 matrix of test_math_inplace_row_normalize_sparse and its column twins. */
    private static final float[] SIX_BY_SEVEN = {
        0, 1, 0, 2, 0, 3, 4, 0, 1, 0, 2, 0, 3, 0, 1, 0, 0, 2, 0, 3, 4, 0,
        10, 0, 100, 1000, 0, 10000, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1,
    };
    private static final float[] SIX_BY_SEVEN_NORMALIZED = {
        0, 0.1f, 0, 0.2f, 0, 0.3f, 0.4f, 0, 0.166666f, 0, 0.333333f, 0, 0.5f, 0, 0.1f, 0, 0, 0.2f,
        0, 0.3f, 0.4f, 0, 0.0009f, 0, 0.009f, 0.09f, 0, 0.9f, 0, 0, 0, 0, 0, 0, 0, 0.142857f,
        0.142857f, 0.142857f, 0.142857f, 0.142857f, 0.142857f, 0.142857f,
    };
    private static final float[] FOUR_BY_THREE = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    private static final float[] FOUR_BY_THREE_HOLED = {0, 2, 3, 4, 0, 6, 7, 8, 0, 10, 11, 12};
    private static final float[] TWELVE_ZEROS = new float[12];

    /** test_math_inplace_row_normalize_sparse. */
    @Test
    void inplaceRowNormalizeSparse() {
        SparseRow[] mat = sparseMat(SIX_BY_SEVEN, 6, false);
        EpochMath.inplaceRowNormalizeSparse(mat);
        assertSparseMatCompare(sparseMat(SIX_BY_SEVEN_NORMALIZED, 6, false), mat, EPSILON);
        SparseRow[] zeros = sparseMat(TWELVE_ZEROS, 3, false);
        EpochMath.inplaceRowNormalizeSparse(zeros);
        assertSparseMatCompare(sparseMat(TWELVE_ZEROS, 3, false), zeros, 0);
    }

    /** test_math_inplace_col_normalize_sparse. */
    @Test
    void inplaceColNormalizeSparse() {
        SparseRow[] mat = sparseMat(SIX_BY_SEVEN, 6, true);
        EpochMath.inplaceColNormalizeSparse(mat, 6);
        assertSparseMatCompare(sparseMat(SIX_BY_SEVEN_NORMALIZED, 6, true), mat, EPSILON);
        SparseRow[] zeros = sparseMat(TWELVE_ZEROS, 3, false);
        EpochMath.inplaceColNormalizeSparse(zeros, 6);
        assertSparseMatCompare(sparseMat(TWELVE_ZEROS, 3, false), zeros, 0);
        SparseRow[] empty = new SparseRow[0];
        EpochMath.inplaceColNormalizeSparse(empty, 0);
        assertSparseMatCompare(new SparseRow[0], empty, EPSILON);
    }

    /** test_math_inplace_col_max_upscale_sparse. */
    @Test
    void inplaceColMaxUpscaleSparse() {
        SparseRow[] emptyRow = rows(row());
        EpochMath.inplaceColMaxUpscaleSparse(emptyRow, 0);
        assertSparseMatCompare(rows(row()), emptyRow, 0);
        SparseRow[] explicitZero = rows(row(e(0, ZERO)));
        EpochMath.inplaceColMaxUpscaleSparse(explicitZero, 1);
        assertSparseMatCompare(rows(row(e(0, ZERO))), explicitZero, 0);

        SparseRow[] mat = sparseMat(SIX_BY_SEVEN, 6, true);
        EpochMath.inplaceColMaxUpscaleSparse(mat, 6);
        float[] target = {
            0, 0.25f, 0, 0.5f, 0, 0.75f, 1, 0, 0.333333f, 0, 0.666666f, 0, 1, 0, 0.25f, 0, 0, 0.5f,
            0, 0.75f, 1, 0, 0.001f, 0, 0.01f, 0.1f, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1,
        };
        assertSparseMatCompare(sparseMat(target, 6, true), mat, EPSILON);

        SparseRow[] zeros = sparseMat(TWELVE_ZEROS, 3, false);
        EpochMath.inplaceColMaxUpscaleSparse(zeros, 6);
        assertSparseMatCompare(sparseMat(TWELVE_ZEROS, 3, false), zeros, 0);
        SparseRow[] empty = new SparseRow[0];
        EpochMath.inplaceColMaxUpscaleSparse(empty, 0);
        assertSparseMatCompare(new SparseRow[0], empty, EPSILON);
    }

    /** test_math_row_sum_sparse. */
    @Test
    void rowSumSparse() {
        assertVecCompare(vecToFixed(6, 15, 24, 33), EpochMath.rowSumSparse(sparseMat(FOUR_BY_THREE, 4, false)), 0);
        assertVecCompare(vecToFixed(5, 10, 15, 33), EpochMath.rowSumSparse(sparseMat(FOUR_BY_THREE_HOLED, 4, false)), 0);
        assertVecCompare(vecToFixed(6, 0, 24, 33),
                EpochMath.rowSumSparse(sparseMat(new float[] {1, 2, 3, 0, 0, 0, 7, 8, 9, 10, 11, 12}, 4, false)), 0);
        assertVecCompare(vecToFixed(0, 0, 0, 0), EpochMath.rowSumSparse(sparseMat(TWELVE_ZEROS, 4, false)), 0);
    }

    /** test_math_row_hadamard_sparse. */
    @Test
    void rowHadamardSparse() {
        long[] vector = vecToFixed(1, 2, 3, 4);
        assertSparseMatCompare(sparseMat(new float[] {1, 2, 3, 8, 10, 12, 21, 24, 27, 40, 44, 48}, 4, false),
                EpochMath.rowHadamardSparse(sparseMat(FOUR_BY_THREE, 4, false), vector), 0);
        assertSparseMatCompare(sparseMat(new float[] {0, 2, 3, 8, 0, 12, 21, 24, 0, 40, 44, 48}, 4, false),
                EpochMath.rowHadamardSparse(sparseMat(FOUR_BY_THREE_HOLED, 4, false), vector), 0);
        assertSparseMatCompare(sparseMat(TWELVE_ZEROS, 4, false),
                EpochMath.rowHadamardSparse(sparseMat(TWELVE_ZEROS, 4, false), vector), 0);
    }

    /** The chain's loop stops when the vector runs out, so the result has min(rows, len) rows. */
    @Test
    void rowHadamardSparseStopsAtTheEndOfTheVector() {
        assertSparseMatCompare(sparseMat(new float[] {2, 4, 6}, 1, false),
                EpochMath.rowHadamardSparse(sparseMat(FOUR_BY_THREE, 4, false), vecToFixed(2)), 0);
    }

    /** test_math_mat_vec_mul_sparse. */
    @Test
    void matVecMulSparse() {
        SparseRow[] matrix = sparseMat(FOUR_BY_THREE, 4, false);
        assertSparseMatCompare(sparseMat(new float[] {1, 4, 9, 4, 10, 18, 7, 16, 27, 10, 22, 36}, 4, false),
                EpochMath.matVecMulSparse(matrix, vecToFixed(1, 2, 3)), 0);
        assertSparseMatCompare(sparseMat(new float[] {1, 0, 0, 4, 0, 0, 7, 0, 0, 10, 0, 0}, 4, false),
                EpochMath.matVecMulSparse(matrix, vecToFixed(1, 0, 0)), 0);
        assertSparseMatCompare(rows(row(), row(), row(), row()), EpochMath.matVecMulSparse(matrix, new long[0]), 0);
    }

    /** test_math_sparse_matmul. */
    @Test
    void matmulSparse() {
        long[] vector = vecToFixed(1, 2, 3, 4);
        assertVecCompare(vecToFixed(70, 80, 90), EpochMath.matmulSparse(sparseMat(FOUR_BY_THREE, 4, false), vector, 3), 0);
        assertVecCompare(vecToFixed(69, 70, 63),
                EpochMath.matmulSparse(sparseMat(FOUR_BY_THREE_HOLED, 4, false), vector, 3), 0);
        assertVecCompare(vecToFixed(0, 0, 0), EpochMath.matmulSparse(sparseMat(TWELVE_ZEROS, 4, false), vector, 3), 0);
    }

    /** test_math_sparse_matmul_transpose. */
    @Test
    void matmulTransposeSparse() {
        long[] vector = vecToFixed(1, 2, 3);
        assertVecCompare(vecToFixed(14, 32, 50, 68),
                EpochMath.matmulTransposeSparse(sparseMat(FOUR_BY_THREE, 4, false), vector), 0);
        assertVecCompare(vecToFixed(13, 22, 23, 68),
                EpochMath.matmulTransposeSparse(sparseMat(FOUR_BY_THREE_HOLED, 4, false), vector), 0);
        assertVecCompare(vecToFixed(0, 0, 0, 0),
                EpochMath.matmulTransposeSparse(sparseMat(TWELVE_ZEROS, 4, false), vector), 0);
    }

    /** test_math_col_clip_sparse: a threshold of 0 drops the entry instead of clipping it. */
    @Test
    void colClipSparse() {
        long[] threshold = vecToFixed(0, 5, 12);
        assertSparseMatCompare(sparseMat(new float[] {0, 2, 3, 0, 5, 6, 0, 5, 9, 0, 5, 12}, 4, false),
                EpochMath.colClipSparse(sparseMat(new float[] {0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, 4, false),
                        threshold), 0);
        assertSparseMatCompare(sparseMat(new float[] {0, 2, 3, 0, 5, 6, 0, 0, 0, 0, 5, 12}, 4, false),
                EpochMath.colClipSparse(sparseMat(new float[] {0, 2, 3, 4, 5, 6, 0, 0, 0, 10, 11, 12}, 4, false),
                        threshold), 0);
        assertSparseMatCompare(sparseMat(TWELVE_ZEROS, 4, false),
                EpochMath.colClipSparse(sparseMat(TWELVE_ZEROS, 4, false), threshold), 0);
    }
}
