package io.yuma.reference;

import static io.yuma.reference.ChainFloats.fixed;
import static io.yuma.reference.ChainFloats.fixed64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.yuma.fixed.I32F32;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The float-to-I32F32 conversion the ported chain tests rest on. */
class ChainFloatsTest {
    private static final BigDecimal TWO_POW_32 = new BigDecimal(BigInteger.ONE.shiftLeft(32));

    /** An independent oracle: exact decimal arithmetic, half-even rounding, then clamping. */
    private static long oracle(double value) {
        if (Double.isInfinite(value)) {
            return value > 0 ? I32F32.MAX : I32F32.MIN;
        }
        BigInteger rounded = new BigDecimal(value).multiply(TWO_POW_32).setScale(0, RoundingMode.HALF_EVEN)
                .toBigIntegerExact();
        return rounded.max(BigInteger.valueOf(Long.MIN_VALUE)).min(BigInteger.valueOf(Long.MAX_VALUE)).longValue();
    }

    @Test
    void substrateFixedDocExamples() {
        // macros_from_to.rs: "1.75 is 1.11 in binary"; 2e38 saturates; -inf saturates.
        assertEquals(0b111L << 30, fixed(1.75f));
        assertEquals(-(0b111L << 30), fixed64(-1.75));
        assertEquals(I32F32.MAX, fixed64(2e38));
        assertEquals(I32F32.MIN, fixed64(Double.NEGATIVE_INFINITY));
    }

    @Test
    void tiesRoundToEven() {
        assertEquals(0, fixed64(0x1p-33));
        assertEquals(2, fixed64(3 * 0x1p-33));
        assertEquals(2, fixed64(5 * 0x1p-33));
        assertEquals(0, fixed64(-0x1p-33));
        assertEquals(-2, fixed64(-3 * 0x1p-33));
        assertEquals(1, fixed64(0x1p-33 + 0x1p-60)); // just above the tie rounds up
    }

    @Test
    void f32AndF64LiteralsDiffer() {
        // The reason both conversions exist: 0.1f32 and 0.1f64 are different binary values.
        assertEquals(429_496_730L, fixed64(0.1));
        assertEquals(429_496_736L, fixed(0.1f));
        assertNotEquals(fixed(0.1f), fixed64(0.1));
    }

    @Test
    void nanIsRejectedLikeThePanic() {
        assertThrows(IllegalArgumentException.class, () -> fixed64(Double.NaN));
    }

    @Test
    void matchesExactArithmeticOnRandomFloats() {
        long seed = 0x5EEDF10A7L;
        Random random = new Random(seed);
        for (int i = 0; i < 200_000; i++) {
            float f = Float.intBitsToFloat(random.nextInt());
            if (Float.isNaN(f)) {
                continue;
            }
            assertEquals(oracle(f), fixed(f), () -> "seed " + seed + ": f32 " + f);
            double d = Double.longBitsToDouble(random.nextLong());
            if (!Double.isNaN(d)) {
                assertEquals(oracle(d), fixed64(d), () -> "seed " + seed + ": f64 " + d);
            }
            double near = (random.nextDouble() - 0.5) * Math.scalb(1.0, random.nextInt(70) - 36);
            assertEquals(oracle(near), fixed64(near), () -> "seed " + seed + ": f64 " + near);
        }
    }
}
