package io.yuma.reference;

import static io.yuma.fixed.I32F32.ONE;
import static io.yuma.fixed.I32F32.ZERO;
import static io.yuma.reference.ChainFloats.fixed64;
import static io.yuma.reference.SparseFixtures.assertSparseMatCompare;
import static io.yuma.reference.SparseFixtures.denseMat;
import static io.yuma.reference.SparseFixtures.e;
import static io.yuma.reference.SparseFixtures.row;
import static io.yuma.reference.SparseFixtures.rows;
import static io.yuma.reference.SparseFixtures.sparseMat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * {@link EpochMath#interpolateSparse}, {@link EpochMath#matEmaSparse} and
 * {@link EpochMath#matEmaAlphaSparse} against the chain's {@code tests/math.rs}, with the
 * tolerances used there.
 */
class InterpolateEmaTest {
    private static final float[] TWELVE_ZEROS = new float[12];
    private static final float[] TWELVE_ONES = filled(1);

    private static float[] filled(float value) {
        float[] out = new float[12];
        Arrays.fill(out, value);
        return out;
    }

    /** test_math_interpolate_sparse. */
    @Test
    void interpolateSparse() {
        assertSparseMatCompare(rows(row()), EpochMath.interpolateSparse(rows(row()), rows(row()), 0, ZERO), 0);

        SparseRow[] zero = sparseMat(new float[] {0}, 1, false);
        SparseRow[] one = sparseMat(new float[] {1}, 1, false);
        assertSparseMatCompare(sparseMat(new float[] {0}, 1, false), EpochMath.interpolateSparse(zero, one, 1, ZERO), 0);
        assertSparseMatCompare(sparseMat(new float[] {0.5f}, 1, false),
                EpochMath.interpolateSparse(zero, one, 1, fixed64(0.5)), 0);
        assertSparseMatCompare(sparseMat(new float[] {1}, 1, false), EpochMath.interpolateSparse(zero, one, 1, ONE), 0);

        SparseRow[] zeros = sparseMat(TWELVE_ZEROS, 4, false);
        assertSparseMatCompare(sparseMat(TWELVE_ZEROS, 4, false), EpochMath.interpolateSparse(zeros, zeros, 3, ZERO), 0);
        assertSparseMatCompare(sparseMat(TWELVE_ZEROS, 4, false), EpochMath.interpolateSparse(zeros, zeros, 3, ONE), 0);

        SparseRow[] mat1 = sparseMat(new float[] {1, 0, 100, 1000, 10000, 100000}, 3, false);
        SparseRow[] mat2 = sparseMat(new float[] {10, 100, 1000, 10000, 100000, 0}, 3, false);
        assertSparseMatCompare(sparseMat(new float[] {1, 0, 100, 1000, 10000, 100000}, 3, false),
                EpochMath.interpolateSparse(mat1, mat2, 2, ZERO), 0);
        assertSparseMatCompare(sparseMat(new float[] {9.1f, 90, 910, 9100, 91000, 10000}, 3, false),
                EpochMath.interpolateSparse(mat1, mat2, 2, fixed64(0.9)), fixed64(0.0001));

        SparseRow[] ones = sparseMat(TWELVE_ONES, 4, false);
        assertSparseMatCompare(sparseMat(TWELVE_ZEROS, 4, false), EpochMath.interpolateSparse(zeros, ones, 3, ZERO), 0);
        assertSparseMatCompare(sparseMat(filled(0.000000001f), 4, false),
                EpochMath.interpolateSparse(zeros, ones, 3, fixed64(0.000000001)), 0);
        assertSparseMatCompare(sparseMat(filled(0.5f), 4, false),
                EpochMath.interpolateSparse(zeros, ones, 3, fixed64(0.5)), 0);
        assertSparseMatCompare(sparseMat(filled(0.999_999_9f), 4, false),
                EpochMath.interpolateSparse(zeros, ones, 3, fixed64(0.9999998808)), 0);
        assertSparseMatCompare(sparseMat(TWELVE_ONES, 4, false), EpochMath.interpolateSparse(zeros, ones, 3, ONE), 0);
    }

    /**
     * The chain's {@code test_math_sparse_mat_ema} (tests in {@code math.rs} before commit
     * 197fd0b2a replaced it with the liquid-alpha variants; {@code mat_ema_sparse} itself is
     * unchanged in what these cases exercise): alpha 0.1, tolerance 0.000001.
     */
    @Test
    void matEmaSparse() {
        long alpha = fixed64(0.1);
        long epsilon = fixed64(0.000001);
        float[] tens = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120};
        assertSparseMatCompare(sparseMat(new float[] {1.9f, 3.8f, 5.7f, 7.6f, 9.5f, 11.4f, 13.3f, 15.2f, 17.1f, 19, 20.9f, 22.8f}, 4, false),
                EpochMath.matEmaSparse(sparseMat(tens, 4, false),
                        sparseMat(new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, 4, false), alpha), epsilon);
        float[] holedNew = {10, 20, 0, 40, 0, 60, 0, 80, 90, 100, 110, 120};
        assertSparseMatCompare(sparseMat(new float[] {1, 3.8f, 2.7f, 7.6f, 0, 11.4f, 6.3f, 15.2f, 9, 19, 20.9f, 22.8f}, 4, false),
                EpochMath.matEmaSparse(sparseMat(holedNew, 4, false),
                        sparseMat(new float[] {0, 2, 3, 4, 0, 6, 7, 8, 0, 10, 11, 12}, 4, false), alpha), epsilon);
        assertSparseMatCompare(sparseMat(new float[] {1, 2, 0, 4, 0, 6, 0, 8, 9, 10, 11, 12}, 4, false),
                EpochMath.matEmaSparse(sparseMat(holedNew, 4, false), sparseMat(TWELVE_ZEROS, 4, false), alpha), epsilon);
        assertSparseMatCompare(sparseMat(TWELVE_ZEROS, 4, false),
                EpochMath.matEmaSparse(sparseMat(TWELVE_ZEROS, 4, false), sparseMat(TWELVE_ZEROS, 4, false), alpha), epsilon);
        assertSparseMatCompare(sparseMat(new float[] {0.9f, 0, 0, 0, 0.2f, 0, 0, 0, 0, 0, 0, 0}, 4, false),
                EpochMath.matEmaSparse(sparseMat(new float[] {0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0}, 4, false),
                        sparseMat(new float[] {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 4, false), alpha), epsilon);
    }

    /** test_math_sparse_mat_ema_alpha. */
    @Test
    void matEmaAlphaSparse() {
        long[][] alphas = denseMat(filled(0.1f), 4, false);
        long epsilon = fixed64(1e-4);
        float[] small = {0.1f, 0.2f, 3, 0.04f, 0.05f, 0.06f, 0.07f, 0.08f, 0.09f, 0.10f, 0.11f, 0.12f};
        assertSparseMatCompare(
                sparseMat(new float[] {0.19f, 0.38f, 1, 0.43599f, 0.545f, 0.65399f, 0.763f, 0.87199f, 0.981f, 1, 1, 1}, 4, false),
                EpochMath.matEmaAlphaSparse(sparseMat(new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, 4, false),
                        sparseMat(small, 4, false), alphas), epsilon);
        float[] smaller = {0.001f, 0.002f, 0.003f, 0.004f, 0.05f, 0.006f, 0.007f, 0.008f, 0.009f, 0.010f, 0.011f, 0.012f};
        assertSparseMatCompare(
                sparseMat(new float[] {0.0109f, 0.0218f, 0.30270f, 0.007599f, 0.05f, 0.01139f, 0.0133f, 0.01519f, 0.017f,
                    0.01899f, 0.02089f, 0.0227f}, 4, false),
                EpochMath.matEmaAlphaSparse(sparseMat(small, 4, false), sparseMat(smaller, 4, false), alphas), epsilon);
        assertSparseMatCompare(
                sparseMat(new float[] {0.01f, 0.02f, 0.3f, 0.00399f, 0.005f, 0.00599f, 0.007f, 0.00799f, 0.009f, 0.01f,
                    0.011f, 0.01199f}, 4, false),
                EpochMath.matEmaAlphaSparse(sparseMat(small, 4, false), sparseMat(TWELVE_ZEROS, 4, false), alphas), epsilon);
        assertSparseMatCompare(sparseMat(TWELVE_ZEROS, 4, false),
                EpochMath.matEmaAlphaSparse(sparseMat(TWELVE_ZEROS, 4, false), sparseMat(TWELVE_ZEROS, 4, false), alphas),
                epsilon);
        assertSparseMatCompare(sparseMat(new float[] {0, 0, 0, 0, 0.2f, 0, 0, 0, 0, 0, 0, 0}, 4, false),
                EpochMath.matEmaAlphaSparse(sparseMat(new float[] {0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0}, 4, false),
                        sparseMat(new float[] {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 4, false), alphas),
                fixed64(1e-1));
    }

    /** test_mat_ema_alpha_sparse_empty, _single_element, _zero_alpha, _one_alpha, _sparse_matrix (exact). */
    @Test
    void matEmaAlphaSparseSmallCases() {
        assertSparseMatCompare(new SparseRow[0], EpochMath.matEmaAlphaSparse(new SparseRow[0], new SparseRow[0], new long[0][]), 0);
        SparseRow[] newOne = rows(row(e(0, fixed64(1.0))));
        SparseRow[] oldTwo = rows(row(e(0, fixed64(2.0))));
        assertSparseMatCompare(newOne, EpochMath.matEmaAlphaSparse(newOne, oldTwo, new long[][] {{fixed64(0.5)}}), 0);
        assertSparseMatCompare(newOne,
                EpochMath.matEmaAlphaSparse(newOne, oldTwo, new long[][] {{fixed64(0.1), fixed64(0.0)}}), 0);
        assertSparseMatCompare(newOne,
                EpochMath.matEmaAlphaSparse(newOne, oldTwo, new long[][] {{fixed64(1.0), fixed64(0.0)}}), 0);
        long[] halves = {fixed64(0.5), fixed64(0.5)};
        assertSparseMatCompare(rows(row(e(0, ONE)), row(e(1, ONE))),
                EpochMath.matEmaAlphaSparse(rows(row(e(0, fixed64(1.0))), row(e(1, fixed64(4.0)))),
                        rows(row(e(0, fixed64(5.0))), row(e(1, fixed64(8.0)))), new long[][] {halves, halves}), 0);
    }

    /** test_mat_ema_alpha_sparse_multiple_elements and _mixed_alpha: everything caps at 1 (tolerance 1e-6). */
    @Test
    void matEmaAlphaSparseCapsAtOne() {
        SparseRow[] newRows = rows(row(e(0, fixed64(1.0)), e(1, fixed64(2.0))), row(e(0, fixed64(3.0)), e(1, fixed64(4.0))));
        SparseRow[] oldRows = rows(row(e(0, fixed64(5.0)), e(1, fixed64(6.0))), row(e(0, fixed64(7.0)), e(1, fixed64(8.0))));
        SparseRow[] allOnes = rows(row(e(0, ONE), e(1, ONE)), row(e(0, ONE), e(1, ONE)));
        long[] lowAlpha = {fixed64(0.1), fixed64(0.2)};
        assertSparseMatCompare(allOnes, EpochMath.matEmaAlphaSparse(newRows, oldRows, new long[][] {lowAlpha, lowAlpha}),
                fixed64(0.000001));
        long[] mixedAlpha = {fixed64(0.3), fixed64(0.7)};
        assertSparseMatCompare(allOnes, EpochMath.matEmaAlphaSparse(newRows, oldRows, new long[][] {mixedAlpha, mixedAlpha}),
                fixed64(0.000001));
    }

    /** test_mat_ema_alpha_sparse_varying_alpha (tolerance 1e-6). */
    @Test
    void matEmaAlphaSparseVaryingAlpha() {
        SparseRow[] weights = rows(row(e(0, fixed64(0.1)), e(1, fixed64(0.2))), row(e(0, fixed64(0.3)), e(1, fixed64(0.4))));
        SparseRow[] bonds = rows(row(e(0, fixed64(0.5)), e(1, fixed64(0.6))), row(e(0, fixed64(0.7)), e(1, fixed64(0.8))));
        long[][] alpha = {{fixed64(0.9), fixed64(0.8)}, {fixed64(0.5), fixed64(0.7)}};
        assertSparseMatCompare(
                rows(row(e(0, fixed64(0.14)), e(1, fixed64(0.28))), row(e(0, fixed64(0.499999)), e(1, fixed64(0.519999)))),
                EpochMath.matEmaAlphaSparse(weights, bonds, alpha), fixed64(1e-6));
    }

    /** Shapes that disagree: the chain logs and returns {@code new} as it is. */
    @Test
    void matEmaAlphaSparseWithMismatchedShapesReturnsNew() {
        SparseRow[] newRows = rows(row(e(3, fixed64(7.0))));
        assertSparseMatCompare(newRows, EpochMath.matEmaAlphaSparse(newRows, new SparseRow[0], new long[][] {{ONE}}), 0);
        assertSparseMatCompare(newRows, EpochMath.matEmaAlphaSparse(newRows, rows(row()), new long[0][]), 0);
    }
}
