package io.yuma.simd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yuma.fixed.I32F32;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The lane {@code exp} series against substrate-fixed's scalar {@code exp} ({@link I32F32#exp}),
 * on both paths: calls whose operands are all at most {@link ExpLanes#DOUBLE_LIMIT} run on double
 * lanes, others on long lanes.
 */
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
        new ExpLanes().series(x, out, x.length);
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
            new ExpLanes().series(x, out, len);
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
        new ExpLanes().series(x, out, len);
        for (int t = 0; t < len; t++) {
            assertEquals(I32F32.exp(x[t]), out[t], "seed " + seed + ", operand " + x[t]);
        }
    }

    @Test
    void doubleLanesMatchScalarExpUpToTheirLimit() {
        long limit = ExpLanes.DOUBLE_LIMIT;
        long[] edges = LongStream.concat(LongStream.of(edgeOperands()).filter(x -> x <= limit),
                LongStream.of(limit, limit - 1, limit - (1L << 31), 12 * I32F32.ONE, 5 * I32F32.ONE, 5 * I32F32.ONE - 1,
                        I32F32.ONE / 3, 0x1_0000_0001L, 11 * I32F32.ONE + 0xFFFF_FFFEL)).toArray();
        long[] x = java.util.Arrays.copyOf(edges, ExpLanes.paddedLength(edges.length));
        long[] out = new long[x.length];
        new ExpLanes().series(x, out, edges.length);
        for (int t = 0; t < edges.length; t++) {
            assertEquals(I32F32.exp(edges[t]), out[t], "operand " + edges[t]);
        }
        long seed = 0xD0B1E5L;
        SplittableRandom random = new SplittableRandom(seed);
        int len = 20_000;
        long[] many = new long[ExpLanes.paddedLength(len)];
        for (int t = 0; t < len; t++) {
            many[t] = t % 3 == 0 ? limit - random.nextLong(1L << 20) : 2 + random.nextLong(limit - 1);
        }
        long[] manyOut = new long[many.length];
        new ExpLanes().series(many, manyOut, len);
        for (int t = 0; t < len; t++) {
            assertEquals(I32F32.exp(many[t]), manyOut[t], "seed " + seed + ", operand " + many[t]);
        }
    }

    @Test
    void oneOperandAboveTheDoubleLimitSendsTheCallToLongLanes() {
        long[] x = new long[ExpLanes.paddedLength(9)];
        for (int t = 0; t < 8; t++) {
            x[t] = 3 * I32F32.ONE + t * 7919L;
        }
        x[8] = ExpLanes.DOUBLE_LIMIT + 1;
        long[] expected = LongStream.of(x).limit(9).map(I32F32::exp).toArray();
        long[] out = new long[x.length];
        new ExpLanes().series(x, out, 9);
        assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(java.util.Arrays.copyOf(out, 9)));
    }

    /**
     * The bounds the double lanes' exactness argument rests on, from the chain's own steps at the
     * largest operand (terms grow with the operand): every term below 2^48 and the sum below 2^51.
     */
    @Test
    void termsAndSumAtTheDoubleLimitStayWithinTheProvenBounds() {
        long x = ExpLanes.DOUBLE_LIMIT;
        long term = x;
        long sum = I32F32.ONE + x;
        long largest = term;
        for (int i = 2; i < 32; i++) {
            term = java.math.BigInteger.valueOf(term).multiply(java.math.BigInteger.valueOf(x))
                    .shiftRight(32).longValueExact() / i;
            largest = Math.max(largest, term);
            sum += term;
        }
        assertEquals(I32F32.exp(x), sum, "the transcribed steps are the chain's");
        assertTrue(largest < 1L << 48, "largest term " + largest);
        assertTrue(sum < 1L << 51, "sum " + sum);
    }

    /**
     * The operands below which a term is zero, where the double lanes stop a group's series: each
     * is the last operand whose term is zero by an independent computation of the chain's steps,
     * and series whose largest operand sits at a limit or just above it (so that it decides where
     * its group stops) are substrate-fixed's.
     */
    @Test
    void seriesStopWhereTheLargestOperandsTermIsZero() {
        java.util.List<Long> operands = new java.util.ArrayList<>();
        for (int step = 2; step < 32; step++) {
            long limit = ExpLanes.zeroTermLimit(step);
            assertEquals(0, exactTerm(limit, step), "term " + step + " at its limit " + limit);
            if (limit < ExpLanes.DOUBLE_LIMIT) {
                assertTrue(exactTerm(limit + 1, step) > 0, "term " + step + " just above its limit " + limit);
            }
            for (long x : new long[] {limit, limit + 1}) {
                if (x > 0 && x <= ExpLanes.DOUBLE_LIMIT && x != I32F32.ONE) {
                    operands.add(x);
                }
            }
        }
        int group = ExpLanes.paddedLength(1); // one group of vectors: its largest operand decides
        for (long largest : operands) {
            long[] x = new long[group];
            for (int t = 0; t < group; t++) {
                x[t] = t == group / 2 ? largest : 1 + (largest * t / group) / 3;
                if (x[t] == I32F32.ONE) {
                    x[t]++; // exp(1) is the chain's constant E, not the series
                }
            }
            long[] expected = LongStream.of(x).map(I32F32::exp).toArray();
            long[] out = new long[group];
            new ExpLanes().series(x, out, group);
            assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(out), "largest operand " + largest);
        }
    }

    /** Term {@code step} of substrate-fixed's series of {@code x}, in exact integers. */
    private static long exactTerm(long x, int step) {
        java.math.BigInteger term = java.math.BigInteger.valueOf(x);
        for (int i = 2; i <= step; i++) {
            term = term.multiply(java.math.BigInteger.valueOf(x)).shiftRight(32).divide(java.math.BigInteger.valueOf(i));
        }
        return term.longValueExact();
    }
}
