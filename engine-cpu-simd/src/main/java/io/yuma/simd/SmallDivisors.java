package io.yuma.simd;

import java.math.BigInteger;

/**
 * Exact division of non-negative longs by the small integers 2..31 of the {@code exp} series,
 * by multiplication (Granlund and Montgomery): for dividends below 2^63 and
 * {@code l = ceil(log2 d)}, {@code m = ceil(2^(63+l) / d)} fits 64 unsigned bits and
 * {@code floor(n / d) = (n * m) >> (63 + l)} for every such n.
 */
final class SmallDivisors {
    private static final int LIMIT = 32;
    private static final long[] MAGIC = new long[LIMIT];
    private static final int[] SHIFT = new int[LIMIT];

    static {
        for (int d = 2; d < LIMIT; d++) {
            int l = 32 - Integer.numberOfLeadingZeros(d - 1); // ceil(log2 d)
            BigInteger[] qr = BigInteger.ONE.shiftLeft(63 + l).divideAndRemainder(BigInteger.valueOf(d));
            BigInteger m = qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE);
            MAGIC[d] = m.longValue();
            SHIFT[d] = l - 1;
        }
    }

    private SmallDivisors() {
    }

    /**
     * {@code n / d} for {@code 0 <= n} and {@code 2 <= d < 32}.
     */
    static long divide(long n, int d) {
        assert n >= 0 && d >= 2 && d < LIMIT;
        return Math.unsignedMultiplyHigh(n, MAGIC[d]) >>> SHIFT[d];
    }
}
