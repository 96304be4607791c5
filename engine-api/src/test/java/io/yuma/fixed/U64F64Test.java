package io.yuma.fixed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * U64F64: the single operations against exact arithmetic, and each fused form against the chain's
 * composition of single operations it replaces, at the edges and at random.
 */
class U64F64Test {
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);
    private static final BigInteger MAX = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);
    private static final long[] EDGES = {0, 1, 2, 3, 0xFFFF, 0x1_0000, Long.MAX_VALUE, Long.MIN_VALUE, -2, -1};

    private static BigInteger unsigned(long value) {
        return new BigInteger(Long.toUnsignedString(value));
    }

    private static BigInteger bits(Int128 value) {
        return value.toUnsignedBigInteger();
    }

    private static long pick(SplittableRandom random, int k, int slot) {
        if (k < EDGES.length * EDGES.length) {
            return EDGES[slot == 0 ? k % EDGES.length : k / EDGES.length];
        }
        return random.nextLong() >>> random.nextInt(64);
    }

    @Test
    void singleOperationsFloorAndClampLikeSubstrateFixed() {
        Int128 half = new Int128(0, Long.MIN_VALUE);
        Int128 max = Int128.wrap(MAX);
        assertEquals(MAX, bits(U64F64.saturatingAdd(max, U64F64.ONE)), "add clamps at MAX");
        assertEquals(TWO_64.shiftRight(2), bits(U64F64.saturatingMul(half, half)), "0.5 * 0.5 = 0.25");
        assertEquals(MAX, bits(U64F64.saturatingMul(max, new Int128(2, 0))), "mul clamps at MAX");
        assertEquals(BigInteger.ONE, bits(U64F64.saturatingMul(new Int128(0, 1), U64F64.ONE)), "smallest * 1");
        assertEquals(BigInteger.ZERO, bits(U64F64.saturatingMul(new Int128(0, 1), half)), "products floor");
        assertEquals(0xFFFF, U64F64.saturatingToU16(new Int128(0x1_0000, 0)), "to u16 clamps");
        assertEquals(65534, U64F64.saturatingToU16(new Int128(65534, -1L)), "to u16 floors");
        assertEquals(U64F64.ONE, U64F64.checkedDiv(U64F64.ONE, U64F64.ZERO, U64F64.ONE), "x / 0 is the fallback");
        assertEquals(U64F64.ZERO, U64F64.checkedDiv(max, new Int128(0, 1), U64F64.ZERO), "overflow is the fallback");
        assertEquals(TWO_64.divide(BigInteger.valueOf(3)),
                bits(U64F64.checkedDiv(U64F64.ONE, new Int128(3, 0), U64F64.ZERO)), "quotients truncate");
    }

    @Test
    void ratioIsTheChainsSafeDivOrOfTwoIntegers() {
        long seed = 6464;
        SplittableRandom random = new SplittableRandom(seed);
        for (int k = 0; k < 20_000; k++) {
            long numerator = pick(random, k, 0);
            long denominator = pick(random, k, 1);
            Int128 fallback = k % 2 == 0 ? U64F64.ONE : U64F64.ZERO;
            Int128 composed = U64F64.checkedDiv(U64F64.saturatingFromU64(numerator),
                    U64F64.saturatingFromU64(denominator), fallback);
            assertEquals(composed, U64F64.ratio(numerator, denominator, fallback),
                    "seed " + seed + ": " + Long.toUnsignedString(numerator) + " / " + Long.toUnsignedString(denominator));
        }
    }

    @Test
    void weightedAccumulateIsTheChainsWeightedSum() {
        long seed = 1664;
        SplittableRandom random = new SplittableRandom(seed);
        for (int k = 0; k < 50_000; k++) {
            boolean u16 = k % 2 == 0;
            long max = u16 ? 0xFFFF : U64.MAX;
            long existing = u16 ? pick(random, k, 0) & 0xFFFF : pick(random, k, 0);
            long added = u16 ? pick(random, k, 1) & 0xFFFF : pick(random, k, 1);
            // Weights of real splits lie in [0, 1]; larger ones reach the saturating paths.
            Int128 weight = switch (k % 5) {
                case 0 -> U64F64.ONE;
                case 1 -> new Int128(0, random.nextLong());
                case 2 -> new Int128(random.nextLong() >>> random.nextInt(64), random.nextLong());
                case 3 -> Int128.wrap(MAX);
                default -> U64F64.ratio(random.nextLong(), random.nextLong(), U64F64.ZERO);
            };
            Int128 sum = U64F64.saturatingAdd(U64F64.saturatingFromU64(existing),
                    U64F64.saturatingMul(U64F64.saturatingFromU64(added), weight));
            long composed = u16 ? U64F64.saturatingToU16(sum) : U64F64.saturatingToU64(sum);
            String where = "seed " + seed + ", case " + k + ": " + Long.toUnsignedString(existing) + " + "
                    + Long.toUnsignedString(added) + " * " + bits(weight) + "/2^64";
            assertEquals(composed, U64F64.weightedAccumulate(existing, added, weight, max), where);
        }
    }

    @Test
    void twoEvenMechanismsAtTheMaximumGive65534() {
        // The chain's own example: each half of 65535 floors, so the sum loses one.
        Int128 half = U64F64.ratio(1, 2, U64F64.ZERO);
        long first = U64F64.weightedAccumulate(0, 0xFFFF, half, 0xFFFF);
        assertEquals(65534, U64F64.weightedAccumulate(first, 0xFFFF, half, 0xFFFF));
    }

    @Test
    void multiplyDivideKeepsTheWholeProduct() {
        assertEquals(Long.MAX_VALUE, U64.multiplyDivide(Long.MAX_VALUE, 0xFFFF, 0xFFFF));
        assertEquals(-1L, U64.multiplyDivide(-1L, 0xFFFF, 0xFFFF));
        assertEquals(unsigned(-1L).multiply(BigInteger.valueOf(12345)).divide(BigInteger.valueOf(0xFFFF)).longValue(),
                U64.multiplyDivide(-1L, 12345, 0xFFFF));
        assertThrows(ArithmeticException.class, () -> U64.multiplyDivide(-1L, 2, 1));
        assertThrows(ArithmeticException.class, () -> U64.multiplyDivide(1, 1, 0));
    }
}
