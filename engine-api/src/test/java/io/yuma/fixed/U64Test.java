package io.yuma.fixed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** u64 saturating arithmetic against BigInteger, at the edges and at random. */
class U64Test {
    private static final BigInteger MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private static BigInteger unsigned(long value) {
        return new BigInteger(Long.toUnsignedString(value));
    }

    @Test
    void saturatingAddAndSubMatchExactArithmetic() {
        long seed = 64;
        SplittableRandom random = new SplittableRandom(seed);
        long[] edges = {0, 1, 2, Long.MAX_VALUE, Long.MIN_VALUE, -2, -1};
        for (int k = 0; k < 20_000; k++) {
            long a = k < 49 ? edges[k % 7] : random.nextLong();
            long b = k < 49 ? edges[k / 7] : random.nextLong() >>> random.nextInt(64);
            BigInteger sum = unsigned(a).add(unsigned(b)).min(MAX);
            BigInteger difference = unsigned(a).subtract(unsigned(b)).max(BigInteger.ZERO);
            String where = "seed " + seed + ": " + Long.toUnsignedString(a) + ", " + Long.toUnsignedString(b);
            assertEquals(sum, unsigned(U64.saturatingAdd(a, b)), where);
            assertEquals(difference, unsigned(U64.saturatingSub(a, b)), where);
        }
    }
}
