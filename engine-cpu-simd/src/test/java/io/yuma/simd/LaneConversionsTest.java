package io.yuma.simd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.LongFunction;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.junit.jupiter.api.Test;

/**
 * The conversion forms of {@link LaneConversions}, composed here as the lane loops write them,
 * lane by lane against Java's scalar conversions, {@link Math#floor} and {@link Math#rint}, at the
 * edges of their documented ranges and on random values.
 */
class LaneConversionsTest {
    private static final VectorSpecies<Long> LONGS = LongVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_PREFERRED;
    private static final SplittableRandom RANDOM = new SplittableRandom(0xC0_4E_57L);

    @Test
    void toDoubleIsTheCorrectlyRoundedConversionBelow2To63() {
        long[] edges = {0, 1, 2, (1L << 32) - 1, 1L << 32, (1L << 32) + 1, (1L << 53) - 1, 1L << 53, (1L << 53) + 1,
                (1L << 53) + 3, (1L << 62) - 1, 1L << 62, Long.MAX_VALUE, 0x7FFF_FFFF_0000_0401L, 0x0020_0000_0000_0401L};
        checkToDouble(concat(edges, new long[0]));
        checkToDouble(random(bound -> RANDOM.nextLong(Long.MAX_VALUE)));
        checkToDouble(random(bound -> RANDOM.nextLong(1L << (1 + RANDOM.nextInt(62)))));
    }

    @Test
    void smallToDoubleIsExactBelow2To51InMagnitude() {
        long limit = (1L << 51) - 1;
        long[] edges = {0, 1, -1, limit, -limit, 1L << 31, -(1L << 31), 12345, -12345};
        long[] values = concat(edges, random(bound -> RANDOM.nextLong(-limit, limit + 1)));
        for (int t = 0; t < values.length; t += LONGS.length()) {
            double[] got = smallToDouble(LongVector.fromArray(LONGS, values, t)).toArray();
            for (int lane = 0; lane < got.length; lane++) {
                assertEquals((double) values[t + lane], got[lane], "value " + values[t + lane]);
            }
        }
    }

    @Test
    void floorIsExactOffIntegersAndAtMostOneLowOnThem() {
        double[] edges = {0, 0.25, 0.5, 0.75, 1, 1.5, 2, Math.nextDown(1.0), Math.nextUp(1.0), 0x1p32, Math.nextDown(0x1p32),
                0x1p32 + 0.5, 0x1p50 + 0.25, Math.nextDown(0x1p51), 1.0 / 62, 3 + 1.0 / 62, 5 - 1.0 / 62};
        checkFloor(concat(edges, randomDoubles(0x1p51)));
    }

    @Test
    void coarseRoundingIsTheNearestMultipleOf256Below2To59() {
        double[] edges = {0, 1, 127, 128, 129, 255, 256, 383, 384, 385, 0x1p52 + 128, 0x1p57 + 1024, Math.nextDown(0x1p59),
                0x1p58 + 0x1p6};
        double[] values = concat(edges, randomDoubles(0x1p59));
        for (int t = 0; t < values.length; t += DOUBLES.length()) {
            long[] got = DoubleVector.fromArray(DOUBLES, values, t).add(LaneConversions.COARSE).reinterpretAsLongs()
                    .sub(LaneConversions.COARSE_BITS).toArray();
            for (int lane = 0; lane < got.length; lane++) {
                double value = values[t + lane];
                assertEquals(Math.rint(value / 256), (double) got[lane], "value " + value);
            }
        }
    }

    /** The "to double" form of {@link LaneConversions}. */
    private static DoubleVector toDouble(LongVector v) {
        return v.lanewise(VectorOperators.LSHR, 32).or(LaneConversions.HIGH_EXPONENT).reinterpretAsDoubles()
                .sub(LaneConversions.HIGH_AND_LOW_OFFSET)
                .add(v.and(LaneConversions.LOW_MASK).or(LaneConversions.LOW_EXPONENT).reinterpretAsDoubles());
    }

    /** The "small to double" form of {@link LaneConversions}. */
    private static DoubleVector smallToDouble(LongVector v) {
        return v.add(LaneConversions.SMALL_BITS).reinterpretAsDoubles().sub(LaneConversions.SMALL);
    }

    /** The floor form of {@link LaneConversions}: the nearest integer of {@code y - 1/2}. */
    private static LongVector floor(DoubleVector y) {
        return y.sub(0.5).add(LaneConversions.SMALL).reinterpretAsLongs().sub(LaneConversions.SMALL_BITS);
    }

    private static void checkToDouble(long[] values) {
        for (int t = 0; t < values.length; t += LONGS.length()) {
            double[] got = toDouble(LongVector.fromArray(LONGS, values, t)).toArray();
            for (int lane = 0; lane < got.length; lane++) {
                assertEquals((double) values[t + lane], got[lane], "value " + values[t + lane]);
            }
        }
    }

    private static void checkFloor(double[] values) {
        for (int t = 0; t < values.length; t += DOUBLES.length()) {
            DoubleVector y = DoubleVector.fromArray(DOUBLES, values, t);
            long[] got = floor(y).toArray();
            for (int lane = 0; lane < got.length; lane++) {
                double value = values[t + lane];
                long floor = (long) Math.floor(value);
                if (value == Math.floor(value)) {
                    assertTrue(got[lane] == floor || got[lane] == floor - 1, "integer " + value + " gave " + got[lane]);
                } else {
                    assertEquals(floor, got[lane], "value " + value);
                }
            }
        }
    }

    private static long[] random(LongFunction<Long> next) {
        long[] values = new long[64 * LONGS.length()];
        for (int t = 0; t < values.length; t++) {
            values[t] = next.apply(0);
        }
        return values;
    }

    private static double[] randomDoubles(double below) {
        double[] values = new double[64 * DOUBLES.length()];
        for (int t = 0; t < values.length; t++) {
            // every scale, and integers and halves among them
            double v = Math.scalb(RANDOM.nextDouble(), RANDOM.nextInt(1, Math.getExponent(below) + 1));
            values[t] = t % 4 == 0 ? Math.floor(v) : t % 4 == 1 ? Math.floor(v) + 0.5 : v;
        }
        return values;
    }

    private static long[] concat(long[] a, long[] b) {
        long[] all = java.util.Arrays.copyOf(a, padded(a.length + b.length));
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] all = java.util.Arrays.copyOf(a, padded(a.length + b.length));
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static int padded(int length) {
        int width = LONGS.length();
        return (length + width - 1) / width * width;
    }
}
