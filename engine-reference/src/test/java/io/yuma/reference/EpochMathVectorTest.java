package io.yuma.reference;

import static io.yuma.fixed.I32F32.ONE;
import static io.yuma.fixed.I32F32.ZERO;
import static io.yuma.reference.ChainFloats.fixed64;
import static io.yuma.reference.ChainFloats.vecToFixed;
import static io.yuma.reference.SparseFixtures.assertVecCompare;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.yuma.fixed.I32F32;
import org.junit.jupiter.api.Test;

/**
 * The vector helpers of {@link EpochMath} against the expected values of the chain's
 * {@code tests/math.rs} (test names cited per method), with the chain's tolerances.
 */
class EpochMathVectorTest {
    private static final long EPSILON = fixed64(0.0001);

    /** test_math_sum. */
    @Test
    void sum() {
        assertEquals(ZERO, EpochMath.sum(new long[0]));
        assertEquals(I32F32.fromInt(41), EpochMath.sum(new long[] {fixed64(1.0), fixed64(10.0), fixed64(30.0)}));
        assertEquals(I32F32.fromInt(39), EpochMath.sum(new long[] {fixed64(-1.0), fixed64(10.0), fixed64(30.0)}));
    }

    /** test_math_exp_safe: inputs are clamped to [-20, 20] before exp. */
    @Test
    void expSafe() {
        long minInput = I32F32.fromInt(-20);
        long maxInput = I32F32.fromInt(20);
        assertEquals(I32F32.exp(ZERO), EpochMath.expSafe(ZERO));
        assertEquals(I32F32.exp(ONE), EpochMath.expSafe(ONE));
        long low = I32F32.exp(minInput);
        assertEquals(low, EpochMath.expSafe(minInput));
        assertEquals(low, EpochMath.expSafe(minInput - ONE));
        assertEquals(low, EpochMath.expSafe(I32F32.MIN));
        long high = I32F32.exp(maxInput);
        assertEquals(high, EpochMath.expSafe(maxInput));
        assertEquals(high, EpochMath.expSafe(maxInput + ONE));
        assertEquals(high, EpochMath.expSafe(I32F32.MAX));
        // The chain's comment says exp(20) = 485 165 195.41, but substrate-fixed's series stops
        // after the x^31 / 31! term, whose partial sum is 481 239 357.67: that is what the chain gets.
        assertEquals(481_239_357.6741916, I32F32.toDouble(high), 1.0);
    }

    /**
     * test_math_is_topk, with {@code is_topk_nonzero}'s extra rule applied to each expected value:
     * the chain's two functions differ only in starting from the non-zero mask instead of all-true.
     */
    @Test
    void isTopkNonzero() {
        assertArrayEquals(new boolean[0], EpochMath.isTopkNonzero(new long[0], 5));
        long[] ascending = vecToFixed(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertArrayEquals(new boolean[10], EpochMath.isTopkNonzero(ascending, 0));
        assertArrayEquals(bools("FFFFFTTTTT"), EpochMath.isTopkNonzero(ascending, 5));
        assertArrayEquals(bools("FTTTTTTTTT"), EpochMath.isTopkNonzero(ascending, 10)); // the zero is never kept
        assertArrayEquals(bools("FTTTTTTTTT"), EpochMath.isTopkNonzero(ascending, 100));
        assertArrayEquals(bools("TTTTTFFFFF"), EpochMath.isTopkNonzero(vecToFixed(9, 8, 7, 6, 5, 4, 3, 2, 1, 0), 5));
        assertArrayEquals(bools("TFTFTFTFTF"), EpochMath.isTopkNonzero(vecToFixed(9, 0, 8, 1, 7, 2, 6, 3, 5, 4), 5));
        assertArrayEquals(bools("TFTFTFTFTF"),
                EpochMath.isTopkNonzero(vecToFixed(0.9f, 0f, 0.8f, 0.1f, 0.7f, 0.2f, 0.6f, 0.3f, 0.5f, 0.4f), 5));
        assertArrayEquals(bools("FFFFFTTTTT"), EpochMath.isTopkNonzero(vecToFixed(0, 1, 2, 3, 4, 5, 5, 5, 5, 6), 5));
    }

    /** Ties at the cut: the stable ascending sort drops the lower uids first. */
    @Test
    void isTopkNonzeroBreaksTiesByUid() {
        assertArrayEquals(bools("FTT"), EpochMath.isTopkNonzero(vecToFixed(1, 1, 1), 2));
        assertArrayEquals(bools("FFT"), EpochMath.isTopkNonzero(vecToFixed(1, 1, 1), 1));
        assertArrayEquals(bools("FTFT"), EpochMath.isTopkNonzero(vecToFixed(2, 2, 1, 2), 2));
    }

    /** test_math_inplace_normalize. */
    @Test
    void inplaceNormalize() {
        long[] x1 = {fixed64(1.0), fixed64(10.0), fixed64(30.0)};
        EpochMath.inplaceNormalize(x1);
        assertVecCompare(new long[] {fixed64(0.0243902437), fixed64(0.243902439), fixed64(0.7317073171)}, x1, EPSILON);
        long[] x2 = {fixed64(-1.0), fixed64(10.0), fixed64(30.0)};
        EpochMath.inplaceNormalize(x2);
        assertVecCompare(new long[] {fixed64(-0.0256410255), fixed64(0.2564102563), fixed64(0.769230769)}, x2, EPSILON);
    }

    /** A zero sum leaves the vector as it is (test_math_normalize's empty and zero cases). */
    @Test
    void inplaceNormalizeOfZeroSumIsNoOp() {
        long[] zeros = vecToFixed(0, 0, 0);
        EpochMath.inplaceNormalize(zeros);
        assertArrayEquals(vecToFixed(0, 0, 0), zeros);
        long[] cancelling = vecToFixed(-1, 1);
        EpochMath.inplaceNormalize(cancelling);
        assertArrayEquals(vecToFixed(-1, 1), cancelling);
    }

    /** inplace_normalize_using_sum divides by the given sum, not the vector's own. */
    @Test
    void inplaceNormalizeUsingSum() {
        long[] x = vecToFixed(1, 2, 3);
        EpochMath.inplaceNormalizeUsingSum(x, I32F32.fromInt(4));
        assertArrayEquals(new long[] {ONE / 4, ONE / 2, 3 * ONE / 4}, x);
        long[] untouched = vecToFixed(1, 2, 3);
        EpochMath.inplaceNormalizeUsingSum(untouched, ZERO);
        assertArrayEquals(vecToFixed(1, 2, 3), untouched);
    }

    /** test_math_inplace_mask_vector. */
    @Test
    void inplaceMaskVector() {
        long[] vector = vecToFixed(0, 1, 2);
        EpochMath.inplaceMaskVector(bools("FFF"), vector);
        assertArrayEquals(vecToFixed(0, 1, 2), vector);
        vector = vecToFixed(0, 1, 2);
        EpochMath.inplaceMaskVector(bools("FTF"), vector);
        assertArrayEquals(vecToFixed(0, 0, 2), vector);
        vector = vecToFixed(0, 1, 2);
        EpochMath.inplaceMaskVector(bools("TTT"), vector);
        assertArrayEquals(vecToFixed(0, 0, 0), vector);
    }

    /** An empty mask is a no-op, but a short one masks every uid it does not cover. */
    @Test
    void inplaceMaskVectorWithMismatchedMask() {
        long[] vector = vecToFixed(1, 2, 3);
        EpochMath.inplaceMaskVector(new boolean[0], vector);
        assertArrayEquals(vecToFixed(1, 2, 3), vector);
        EpochMath.inplaceMaskVector(bools("F"), vector);
        assertArrayEquals(vecToFixed(1, 0, 0), vector);
    }

    /** test_math_vec_mul. */
    @Test
    void vecMul() {
        long[] vector = vecToFixed(1, 2, 3, 4);
        assertArrayEquals(vecToFixed(1, 4, 9, 16), EpochMath.vecMul(vector, vector));
        assertArrayEquals(new long[0], EpochMath.vecMul(new long[0], vector));
        assertArrayEquals(new long[4], EpochMath.vecMul(vecToFixed(0, 0, 0, 0, 0, 0, 0, 0), vector));
    }

    /** vec_mul's checked_mul(..).unwrap_or_default(): an overflowing product becomes 0, not MAX. */
    @Test
    void vecMulOverflowGivesZero() {
        long big = I32F32.fromInt(1 << 20);
        assertArrayEquals(new long[] {ZERO, I32F32.fromInt(6)},
                EpochMath.vecMul(new long[] {big, I32F32.fromInt(2)}, new long[] {big, I32F32.fromInt(3)}));
    }

    /** clamp_value is {@code min(high)} then {@code max(low)}, so low wins when low > high. */
    @Test
    void clampValue() {
        assertEquals(ONE, EpochMath.clampValue(2 * ONE, ZERO, ONE));
        assertEquals(ZERO, EpochMath.clampValue(-ONE, ZERO, ONE));
        assertEquals(ONE / 2, EpochMath.clampValue(ONE / 2, ZERO, ONE));
        assertEquals(ONE, EpochMath.clampValue(ONE / 2, ONE, ZERO));
    }

    /** A mask from a pattern of {@code T} and {@code F}. */
    static boolean[] bools(String pattern) {
        boolean[] out = new boolean[pattern.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = pattern.charAt(i) == 'T';
        }
        return out;
    }
}
