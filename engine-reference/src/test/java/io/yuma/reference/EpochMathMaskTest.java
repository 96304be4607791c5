package io.yuma.reference;

import static io.yuma.reference.ChainFloats.fixed;
import static io.yuma.reference.EpochMathVectorTest.bools;
import static io.yuma.reference.SparseFixtures.assertSparseMatCompare;
import static io.yuma.reference.SparseFixtures.e;
import static io.yuma.reference.SparseFixtures.row;
import static io.yuma.reference.SparseFixtures.rows;
import static io.yuma.reference.SparseFixtures.sparseMat;

import org.junit.jupiter.api.Test;

/**
 * The sparse masking helpers of {@link EpochMath} against the chain's {@code tests/math.rs}
 * (exact comparisons, as there).
 */
class EpochMathMaskTest {
    private static final float[] ONE_TO_NINE = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    private static final float[] DIAGONAL = {1, 0, 0, 0, 5, 0, 0, 0, 9};
    private static final float[] ZEROS = new float[9];

    /** test_math_mask_rows_sparse. */
    @Test
    void maskRowsSparse() {
        SparseRow[] mat = sparseMat(ONE_TO_NINE, 3, false);
        assertSparseMatCompare(sparseMat(ONE_TO_NINE, 3, false), EpochMath.maskRowsSparse(bools("FFF"), mat), 0);
        assertSparseMatCompare(sparseMat(ZEROS, 3, false), EpochMath.maskRowsSparse(bools("TTT"), mat), 0);
        assertSparseMatCompare(sparseMat(new float[] {0, 0, 0, 4, 5, 6, 0, 0, 0}, 3, false),
                EpochMath.maskRowsSparse(bools("TFT"), mat), 0);
        assertSparseMatCompare(sparseMat(ZEROS, 3, false),
                EpochMath.maskRowsSparse(bools("FFF"), sparseMat(ZEROS, 3, false)), 0);
    }

    /** mask.get(i).unwrap_or(true): rows past the end of the mask are masked. */
    @Test
    void maskRowsSparseMasksRowsBeyondTheMask() {
        SparseRow[] mat = sparseMat(ONE_TO_NINE, 3, false);
        assertSparseMatCompare(sparseMat(new float[] {1, 2, 3, 0, 0, 0, 0, 0, 0}, 3, false),
                EpochMath.maskRowsSparse(bools("F"), mat), 0);
    }

    /** test_math_mask_diag_sparse. */
    @Test
    void maskDiagSparse() {
        assertSparseMatCompare(sparseMat(new float[] {0, 2, 3, 4, 0, 6, 7, 8, 0}, 3, false),
                EpochMath.maskDiagSparse(sparseMat(ONE_TO_NINE, 3, false)), 0);
        assertSparseMatCompare(sparseMat(ZEROS, 3, false), EpochMath.maskDiagSparse(sparseMat(DIAGONAL, 3, false)), 0);
        assertSparseMatCompare(sparseMat(ZEROS, 3, false), EpochMath.maskDiagSparse(sparseMat(ZEROS, 3, false)), 0);
    }

    /** test_math_mask_diag_sparse_except_index: only the diagonal entry of that index survives. */
    @Test
    void maskDiagSparseExceptIndex() {
        for (float[] input : new float[][] {ONE_TO_NINE, DIAGONAL, ZEROS}) {
            SparseRow[] mat = sparseMat(input, 3, false);
            for (int i = 0; i < 3; i++) {
                float[] target = input.clone();
                for (int d = 0; d < 3; d++) {
                    if (d != i) {
                        target[d * 3 + d] = 0;
                    }
                }
                assertSparseMatCompare(sparseMat(target, 3, false), EpochMath.maskDiagSparseExceptIndex(mat, i), 0);
            }
        }
    }

    /** Diagonal entries are matched by value of the column, wherever they sit in an unsorted row. */
    @Test
    void maskDiagSparseOnUnsortedRowsWithDuplicates() {
        SparseRow[] mat = rows(row(e(2, fixed(1)), e(0, fixed(2)), e(0, fixed(3)), e(1, fixed(4))),
                row(e(1, fixed(5)), e(7, fixed(6)), e(1, fixed(7))));
        assertSparseMatCompare(rows(row(e(2, fixed(1)), e(1, fixed(4))), row(e(7, fixed(6)))),
                EpochMath.maskDiagSparse(mat), 0);
        assertSparseMatCompare(rows(row(e(2, fixed(1)), e(1, fixed(4))), row(e(1, fixed(5)), e(7, fixed(6)), e(1, fixed(7)))),
                EpochMath.maskDiagSparseExceptIndex(mat, 1), 0);
    }

    /** test_math_vec_mask_sparse_matrix. */
    @Test
    void vecMaskSparseMatrix() {
        long[] first = {1, 2, 3};
        long[] second = {1, 2, 3};
        SparseRow[] mat = sparseMat(ONE_TO_NINE, 3, false);
        assertSparseMatCompare(sparseMat(new float[] {0, 2, 3, 4, 0, 6, 7, 8, 0}, 3, false),
                EpochMath.vecMaskSparseMatrix(mat, first, second, (a, b) -> a == b), 0);
        assertSparseMatCompare(sparseMat(new float[] {1, 0, 0, 4, 5, 0, 7, 8, 9}, 3, false),
                EpochMath.vecMaskSparseMatrix(mat, first, second, (a, b) -> a < b), 0);
        assertSparseMatCompare(sparseMat(ZEROS, 3, false),
                EpochMath.vecMaskSparseMatrix(sparseMat(ZEROS, 3, false), first, second, (a, b) -> a == b), 0);
    }

    /** Missing vector entries read as 0 (columns at or beyond n compare against registration 0). */
    @Test
    void vecMaskSparseMatrixReadsMissingEntriesAsZero() {
        SparseRow[] mat = rows(row(e(0, fixed(1)), e(5, fixed(2))), row(e(1, fixed(3))));
        // Row 1 has no first-vector entry (0); column 5 has no second-vector entry (0).
        assertSparseMatCompare(rows(row(e(0, fixed(1))), row()),
                EpochMath.vecMaskSparseMatrix(mat, new long[] {7}, new long[] {9, 9}, (a, b) -> a == 0 || b == 0), 0);
    }

    /** scalar_vec_mask_sparse_matrix, as the epoch uses it: drop bonds to uids registered since the last tempo. */
    @Test
    void scalarVecMaskSparseMatrix() {
        SparseRow[] bonds = rows(row(e(2, fixed(1)), e(0, fixed(2)), e(9, fixed(3))), row(e(1, fixed(4))));
        long[] registered = {5, 10, 11};
        assertSparseMatCompare(rows(row(e(0, fixed(2)), e(9, fixed(3))), row()),
                EpochMath.scalarVecMaskSparseMatrix(bonds, 10, registered, (lastTempo, reg) -> lastTempo <= reg), 0);
    }
}
