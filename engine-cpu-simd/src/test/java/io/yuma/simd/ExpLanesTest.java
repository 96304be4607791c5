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
        long[] x = edgeOperands();
        long[] out = new long[x.length];
        ExpLanes.series(x, out, x.length);
        for (int t = 0; t < x.length; t++) {
            assertEquals(I32F32.exp(x[t]), out[t], "operand " + x[t]);
        }
    }

    @Test
    void seriesMatchesScalarExpOnRandomOperandsOfEveryLength() {
        long seed = 0x5EED_E4B1L;
        SplittableRandom random = new SplittableRandom(seed);
        for (int len = 0; len <= 41; len++) { // vector loop bounds, both interleaved and single, and tails
            long[] x = new long[len];
            for (int t = 0; t < len; t++) {
                x[t] = 1 + random.nextLong(TWENTY);
                if (x[t] == I32F32.ONE) {
                    x[t]++; // exp(1) is the chain's constant E, not the series
                }
            }
            long[] out = new long[len];
            ExpLanes.series(x, out, len);
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
        long[] x = new long[len];
        for (int t = 0; t < len; t++) {
            // half uniform, half small operands (where terms vanish early)
            x[t] = t % 2 == 0 ? 1 + random.nextLong(TWENTY) : 1 + random.nextLong(1L << (1 + random.nextInt(36)));
            if (x[t] == I32F32.ONE) {
                x[t]++;
            }
        }
        long[] out = new long[len];
        ExpLanes.series(x, out, len);
        for (int t = 0; t < len; t++) {
            assertEquals(ExpLanes.scalarSeries(x[t]), out[t], "seed " + seed + ", operand " + x[t]);
            assertEquals(I32F32.exp(x[t]), out[t], "seed " + seed + ", operand " + x[t]);
        }
    }

    @Test
    void smallDivisorsDivideExactly() {
        long seed = 7;
        SplittableRandom random = new SplittableRandom(seed);
        for (int d = 2; d < 32; d++) {
            for (long n : new long[] {0, 1, d - 1, d, d + 1, Long.MAX_VALUE, Long.MAX_VALUE - 1, Long.MAX_VALUE / d * d}) {
                assertEquals(n / d, SmallDivisors.divide(n, d), n + " / " + d);
            }
            for (int k = 0; k < 20_000; k++) {
                long n = random.nextLong() >>> random.nextInt(1, 64);
                assertEquals(n / d, SmallDivisors.divide(n, d), "seed " + seed + ": " + n + " / " + d);
            }
        }
    }
}
