package io.yuma.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A result cannot be changed through the arrays it was built from or hands out. */
class EpochResultTest {
    private static EpochResult result(long[] stake, int[] incentive) {
        int n = stake != null ? stake.length : incentive.length;
        return new EpochResult(new boolean[n], stake, new int[n], new int[n], new int[n], incentive, new int[n],
                new boolean[n], new long[n], new long[n], new long[n], SparseMatrix.empty(n), null);
    }

    @Test
    void accessorsHandOutCopies() {
        EpochResult result = result(new long[] {5, 6}, new int[] {7, 8});
        result.stake()[0] = 99;
        result.incentive()[1] = 99;
        assertArrayEquals(new long[] {5, 6}, result.stake());
        assertArrayEquals(new int[] {7, 8}, result.incentive());
    }

    @Test
    void theConstructorCopiesTheArraysItIsGiven() {
        long[] stake = {5, 6};
        EpochResult result = result(stake, new int[] {7, 8});
        stake[0] = 99;
        assertEquals(5, result.stake(0));
        assertEquals(result(new long[] {5, 6}, new int[] {7, 8}), result);
    }

    @Test
    void perUidAccessorsReadOneValueAndNameABadUid() {
        EpochResult result = result(new long[] {5, 6}, new int[] {7, 8});
        assertEquals(6, result.stake(1));
        assertEquals(7, result.incentive(0));
        assertEquals("uid 2 out of range: the result holds 2 uids",
                assertThrows(IndexOutOfBoundsException.class, () -> result.emission(2)).getMessage());
    }

    @Test
    void aMissingVectorIsNamed() {
        assertEquals("stake", assertThrows(NullPointerException.class, () -> result(null, new int[0])).getMessage());
        assertEquals("incentive", assertThrows(NullPointerException.class, () -> result(new long[0], null)).getMessage());
    }
}
