package io.yuma.fixed;

import static io.yuma.fixed.FixedModel.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link I32F32#exp} against {@link FixedModel#exp}, an exact-integer transcription of
 * substrate-fixed v0.6.0 {@code transcendental::exp::<I32F32, I32F32>}, and against
 * {@link Math#exp} as a sanity check. The chain calls it through {@code exp_safe}, which clamps
 * its input to [-20, 20].
 */
class I32F32ExpTest {
    private static final long ONE = 1L << 32;
    private static final long TWENTY = 20L << 32;

    /** The model's result or the production's result, with overflow compared as "both throw". */
    private static void assertMatchesModel(long x, String msg) {
        Long expected = FixedModel.exp(x);
        if (expected == null) {
            assertThrows(ArithmeticException.class, () -> I32F32.exp(x), "exp should be Err " + msg);
        } else {
            long actual;
            try {
                actual = I32F32.exp(x);
            } catch (ArithmeticException e) {
                fail("exp threw " + e.getMessage() + " but the model gives " + hex(expected) + " " + msg);
                return;
            }
            assertEquals(expected.longValue(), actual, "exp " + msg);
        }
    }

    @Test
    void specialCasesZeroAndOne() {
        assertEquals(ONE, I32F32.exp(0));
        // exp(1) is transcendental::E widened (the I9F23 constant), not the series
        assertEquals(0x2_B7E1_5000L, I32F32.exp(ONE));
        assertEquals(FixedModel.E_I32F32.longValueExact(), I32F32.exp(ONE));
        // one raw unit away from 1 on either side runs the series, which is far more precise
        long above = I32F32.exp(ONE + 1);
        long below = I32F32.exp(ONE - 1);
        assertTrue(below < above, hex(below) + " < " + hex(above));
        assertEquals(Math.E, I32F32.toDouble(above), 1e-8);
        assertEquals(Math.E, I32F32.toDouble(below), 1e-8);
        assertTrue(Math.abs(I32F32.toDouble(above) - Math.E) < Math.abs(I32F32.toDouble(I32F32.E) - Math.E));
        // exp(-1) is not special-cased: series for 1, then 1 / result
        assertMatchesModel(-ONE, "x=-1");
        assertEquals(1 / Math.E, I32F32.toDouble(I32F32.exp(-ONE)), 1e-8);
    }

    @Test
    void hairsAroundZero() {
        for (long x : new long[] {1, -1, 2, -2, 3, -3, 1L << 16, -(1L << 16), I32F32.HALF, -I32F32.HALF}) {
            assertMatchesModel(x, "x=" + hex(x));
        }
        // exp(2^-32) = 1 + 2^-32 exactly in this arithmetic; exp(-2^-32) = 1 / (1 + 2^-32) truncates to 1 - 2^-32
        assertEquals(ONE + 1, I32F32.exp(1));
        assertEquals(ONE - 1, I32F32.exp(-1));
    }

    @Test
    void expSafeRangeIntegersAndHalves() {
        for (long k = -40; k <= 40; k++) {
            long x = k << 31; // -20.0 .. 20.0 in steps of 0.5
            assertMatchesModel(x, "x=" + I32F32.toDouble(x));
        }
    }

    @Test
    void expSafeRangeEndpointsDoNotOverflow() {
        // test_math_exp_safe: exp(-20) and exp(20) are Ok
        assertNotNull(FixedModel.exp(-TWENTY));
        assertNotNull(FixedModel.exp(TWENTY));
        long high = I32F32.exp(TWENTY);
        long low = I32F32.exp(-TWENTY);
        assertEquals(FixedModel.exp(TWENTY).longValue(), high);
        assertEquals(FixedModel.exp(-TWENTY).longValue(), low);
        // the 30-term series falls short of e^20 by about 0.85% (the tail from x^32/32! on)
        double relShort = (Math.exp(20) - I32F32.toDouble(high)) / Math.exp(20);
        assertTrue(relShort > 0.005 && relShort < 0.012, "exp(20) relative shortfall " + relShort);
    }

    @Test
    void randomizedExpSafeRangeAgainstModel() {
        long seed = 0x5EED_E001L;
        Random random = new Random(seed);
        for (int i = 0; i < 6_000; i++) {
            long x = random.nextLong(-TWENTY, TWENTY + 1);
            if (random.nextInt(4) == 0) {
                x = ((long) random.nextInt(-20, 21) << 32) + random.nextInt(-8, 9); // integers and hairs around them
            }
            if (random.nextInt(8) == 0) {
                int bits = random.nextInt(40);
                x = (random.nextBoolean() ? 1 : -1) * (random.nextLong() >>> (64 - Math.max(bits, 1)));
            }
            assertMatchesModel(x, "seed=" + hex(seed) + " case=" + i + " x=" + hex(x));
        }
    }

    @Test
    void randomizedExpAgainstMathExpSanity() {
        long seed = 0x5EED_E002L;
        Random random = new Random(seed);
        for (int i = 0; i < 3_000; i++) {
            long x = random.nextLong(-TWENTY, TWENTY + 1);
            if (x == ONE) {
                continue; // the I9F23 constant is only good to 2^-23
            }
            double xd = I32F32.toDouble(x);
            double actual = I32F32.toDouble(I32F32.exp(x));
            double expected = Math.exp(xd);
            // Taylor truncation after x^31/31!: tail < |x|^32/32! / (1 - |x|/33), relative to e^|x|
            double ax = Math.abs(xd);
            double tail = Math.exp(32 * Math.log(ax) - logFactorial(32)) / (1 - ax / 33) / Math.exp(ax);
            double tolerance = expected * (tail + 1e-8) + 0x1p-30;
            assertEquals(expected, actual, tolerance, "seed=" + hex(seed) + " case=" + i + " x=" + xd);
            // and the series never overshoots e^|x| (all its errors are truncations)
            if (x > 0) {
                assertTrue(actual <= expected * (1 + 1e-12), "overshoot x=" + xd);
            }
        }
    }

    @Test
    void overflowIsErr() {
        assertThrows(ArithmeticException.class, () -> I32F32.exp(I32F32.MIN)); // checked_neg fails
        assertThrows(ArithmeticException.class, () -> I32F32.exp(I32F32.MAX));
        assertThrows(ArithmeticException.class, () -> I32F32.exp(I32F32.MIN + 1));
        assertThrows(ArithmeticException.class, () -> I32F32.exp(22L << 32)); // e^22 > 2^31
        assertThrows(ArithmeticException.class, () -> I32F32.exp(-(22L << 32))); // the series for 22 overflows first
        assertThrows(ArithmeticException.class, () -> I32F32.exp(1L << 62));
        assertNull(FixedModel.exp(22L << 32));
        assertNull(FixedModel.exp(-(22L << 32)));
    }

    @Test
    void overflowBoundaryMatchesModelBitForBit() {
        // locate the model's largest Ok input below 22 by bisection (Ok at 20, Err at 22), then compare
        // every input in a window around that transition, for both signs
        long ok = TWENTY;
        long err = 22L << 32;
        while (err - ok > 1) {
            long mid = ok + (err - ok) / 2;
            if (FixedModel.exp(mid) == null) {
                err = mid;
            } else {
                ok = mid;
            }
        }
        // Err comes before e^x reaches 2^31 (x = ln 2^31 = 21.4876): the intermediate term * x =
        // x^i / (i-1)! of the checked_mul overflows first, near x = 20.8885
        assertTrue(I32F32.toDouble(ok) > 20.85 && I32F32.toDouble(ok) < 20.95, "boundary " + I32F32.toDouble(ok));
        assertTrue(Math.exp(I32F32.toDouble(err)) < 0x1p31);
        for (long d = -300; d <= 300; d++) {
            assertMatchesModel(ok + d, "boundary+" + d);
            assertMatchesModel(-(ok + d), "-(boundary+" + d + ")");
        }
        assertEquals(FixedModel.exp(ok).longValue(), I32F32.exp(ok));
        long firstErr = err;
        assertNull(FixedModel.exp(firstErr));
        assertThrows(ArithmeticException.class, () -> I32F32.exp(firstErr));
    }

    @Test
    void randomizedOverflowingInputsThrow() {
        long seed = 0x5EED_E003L;
        Random random = new Random(seed);
        for (int i = 0; i < 3_000; i++) {
            long x;
            switch (random.nextInt(3)) {
                case 0 -> x = random.nextLong(22L << 32, Long.MAX_VALUE);
                case 1 -> x = random.nextLong(Long.MIN_VALUE, -(22L << 32));
                default -> x = FixedModel.edgeLong(random);
            }
            assertMatchesModel(x, "seed=" + hex(seed) + " case=" + i + " x=" + hex(x));
        }
    }

    private static double logFactorial(int n) {
        double sum = 0;
        for (int k = 2; k <= n; k++) {
            sum += Math.log(k);
        }
        return sum;
    }
}
