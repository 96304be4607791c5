package io.yuma.simd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.yuma.fixed.I32F32;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The lane {@code exp} series against substrate-fixed's scalar {@code exp} ({@link I32F32#exp}). */
class ExpLanesTest {
    private static final long TWENTY = I32F32.fromInt(20);

    /** Operands at the edges of the range and of the estimate's error bounds. */
    private static long[] edgeOperands() {
        return LongStream.of(1, 2, 3, 255, 1L << 31, I32F32.ONE - 1, I32F32.ONE + 1, 2 * I32F32.ONE,
                        3 * I32F32.ONE + 12345, 10 * I32F32.ONE, 19 * I32F32.ONE, TWENTY - 1, TWENTY,
                        TWENTY - (1L << 31), 7 * I32F32.ONE / 3, 0xFFFF_FFFFL, 1L << 33, 1L << 35)
                .toArray();
    }

    @Test
    void seriesMatchesScalarExpAtEdges() {
        long[] edges = edgeOperands();
        long[] x = java.util.Arrays.copyOf(edges, ExpLanes.paddedLength(edges.length));
        long[] out = new long[x.length];
        ExpLanes.series(x, out, new long[x.length], x.length);
        for (int t = 0; t < edges.length; t++) {
            assertEquals(I32F32.exp(x[t]), out[t], "operand " + x[t]);
        }
    }

    @Test
    void seriesMatchesScalarExpOnRandomOperandsOfEveryLength() {
        long seed = 0x5EED_E4B1L;
        SplittableRandom random = new SplittableRandom(seed);
        for (int len = 0; len <= 41; len++) { // vector loop bounds, both interleaved and single, and tails
            long[] x = new long[ExpLanes.paddedLength(len)];
            for (int t = 0; t < x.length; t++) { // padding lanes get operands too: they run, unread
                x[t] = 1 + random.nextLong(TWENTY);
                if (x[t] == I32F32.ONE) {
                    x[t]++; // exp(1) is the chain's constant E, not the series
                }
            }
            long[] out = new long[x.length];
            ExpLanes.series(x, out, new long[x.length], len);
            for (int t = 0; t < len; t++) {
                assertEquals(I32F32.exp(x[t]), out[t], "seed " + seed + ", length " + len + ", operand " + x[t]);
            }
        }
    }

    @Test
    void seriesMatchesScalarExpOnManyOperands() {
        long seed = 42;
        SplittableRandom random = new SplittableRandom(seed);
        int len = 20_000;
        long[] x = new long[ExpLanes.paddedLength(len)];
        for (int t = 0; t < len; t++) {
            // half uniform, half small operands (where terms vanish early)
            x[t] = t % 2 == 0 ? 1 + random.nextLong(TWENTY) : 1 + random.nextLong(1L << (1 + random.nextInt(36)));
            if (x[t] == I32F32.ONE) {
                x[t]++;
            }
        }
        long[] out = new long[x.length];
        ExpLanes.series(x, out, new long[x.length], len);
        for (int t = 0; t < len; t++) {
            assertEquals(I32F32.exp(x[t]), out[t], "seed " + seed + ", operand " + x[t]);
        }
    }
}
