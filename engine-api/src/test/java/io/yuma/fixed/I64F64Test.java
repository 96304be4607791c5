package io.yuma.fixed;

import static io.yuma.fixed.FixedModel.I128_MAX;
import static io.yuma.fixed.FixedModel.I128_MIN;
import static io.yuma.fixed.FixedModel.I64_MAX;
import static io.yuma.fixed.FixedModel.I64_MIN;
import static io.yuma.fixed.FixedModel.TWO_32;
import static io.yuma.fixed.FixedModel.TWO_64;
import static io.yuma.fixed.FixedModel.clamp;
import static io.yuma.fixed.FixedModel.floorDiv;
import static io.yuma.fixed.FixedModel.int128;
import static io.yuma.fixed.FixedModel.unsigned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** I64F64 against hand-worked values, ports of the chain's tests, and the exact-integer model. */
class I64F64Test {
    private static final Int128 ONE = new Int128(1, 0);
    private static final Int128 HALF = new Int128(0, Long.MIN_VALUE);
    private static final Int128 FALLBACK = new Int128(0x1234, 0x5678);
    private static final int CASES = 20_000;

    /** {@code FixedIxxFyy::from_num(f64)}: round to nearest, ties to even. */
    private static BigInteger fromF64(double v, int frac) {
        return new BigDecimal(v).multiply(new BigDecimal(BigInteger.ONE.shiftLeft(frac)))
                .setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact();
    }

    private static Int128 i64f64FromU64(long u) {
        return int128(unsigned(u).multiply(TWO_64));
    }

    @Test
    void oneIsTwoToThe64() {
        assertEquals(ONE, I64F64.ONE);
        assertEquals(TWO_64, I64F64.ONE.toBigInteger());
    }

    @Test
    void fromU64SaturatingVersusWrapping() {
        assertEquals(ONE, I64F64.saturatingFromU64(1));
        assertEquals(ONE, I64F64.wrappingFromU64(1));
        assertEquals(new Int128(Long.MAX_VALUE, 0), I64F64.saturatingFromU64(Long.MAX_VALUE));
        assertEquals(new Int128(Long.MAX_VALUE, 0), I64F64.wrappingFromU64(Long.MAX_VALUE));
        // 2^63 and u64::MAX do not fit I64F64's 63 integer bits
        assertEquals(Int128.MAX, I64F64.saturatingFromU64(Long.MIN_VALUE));
        assertEquals(Int128.MAX, I64F64.saturatingFromU64(-1L));
        assertEquals(Int128.MIN, I64F64.wrappingFromU64(Long.MIN_VALUE)); // wraps to -2^63
        assertEquals(new Int128(-1, 0), I64F64.wrappingFromU64(-1L)); // wraps to -1.0
    }

    @Test
    void saturatingFromU96F32() {
        assertEquals(ONE, I64F64.saturatingFromU96F32(U96F32.fromU64(1)));
        assertEquals(new Int128(0, 1L << 32), I64F64.saturatingFromU96F32(new Int128(0, 1))); // 2^-32
        // U96F32 2^63 - 2^-32 fits exactly; 2^63 does not
        assertEquals(new Int128(Long.MAX_VALUE, 0xFFFF_FFFF_0000_0000L),
                I64F64.saturatingFromU96F32(new Int128(0x7FFF_FFFFL, -1L)));
        assertEquals(Int128.MAX, I64F64.saturatingFromU96F32(new Int128(0x8000_0000L, 0)));
        assertEquals(Int128.MAX, I64F64.saturatingFromU96F32(new Int128(-1L, -1L))); // U96F32::MAX, not negative
    }

    @Test
    void testMathFixedOverflowPort() {
        // bonds_moving_average = I64F64::from_num(900_000) / I64F64::from_num(1_000_000);
        // alpha = I32F32::from_num(1) - I32F32::from_num(bonds_moving_average) == I32F32::from_num(0.1)
        Int128 bma = I64F64.checkedDiv(I64F64.wrappingFromU64(900_000), I64F64.wrappingFromU64(1_000_000), FALLBACK);
        long alpha = I32F32.ONE - I64F64.toI32F32Wrapping(bma);
        assertEquals(fromF64(0.1, 32).longValueExact(), alpha);
        assertEquals(429496730L, alpha);
        // I64F64::from_num(max_32) / I64F64::from_num(max_32) == 1 -> alpha 0
        Int128 max32 = int128(FixedModel.big(I32F32.MAX).shiftLeft(32));
        Int128 q = I64F64.checkedDiv(max32, max32, FALLBACK);
        assertEquals(ONE, q);
        assertEquals(0L, I32F32.ONE - I64F64.toI32F32Wrapping(q));
    }

    @Test
    void testMathU64NormalizationPort() {
        Int128 maxSum = I64F64.wrappingFromU64(21_000_000_000_000_000L);
        Int128 minFrac = I64F64.safeDiv(I64F64.wrappingFromU64(1), maxSum);
        assertEquals(fromF64(0.0000000000000000476, 64), minFrac.toBigInteger());
        assertEquals(0L, I64F64.toI32F32Wrapping(minFrac));
        Int128 min32Frac = I64F64.safeDiv(I64F64.wrappingFromU64(4_889_444), maxSum);
        assertEquals(fromF64(0.00000000023283066664, 64), min32Frac.toBigInteger());
        assertEquals(fromF64(0.0000000002, 32).longValueExact(), I64F64.toI32F32Wrapping(min32Frac));
        Int128 half = I64F64.safeDiv(I64F64.wrappingFromU64(10_500_000_000_000_000L), maxSum);
        assertEquals(HALF, half);
        assertEquals(I32F32.HALF, I64F64.toI32F32Wrapping(half));
        assertEquals(ONE, I64F64.safeDiv(maxSum, maxSum));
    }

    @Test
    void fixed64ToU64() {
        // test_math_fixed64_to_u64 / _saturates
        assertEquals(0L, I64F64.toU64(Int128.ZERO));
        assertEquals(Long.MAX_VALUE / 2, I64F64.toU64(I64F64.wrappingFromU64(Long.MAX_VALUE / 2)));
        assertEquals(Long.MAX_VALUE, I64F64.toU64(I64F64.wrappingFromU64(Long.MAX_VALUE)));
        assertEquals(Long.MAX_VALUE, I64F64.toU64(Int128.MAX));
        assertEquals(0L, I64F64.toU64(new Int128(-1, 0)));
        assertEquals(0L, I64F64.toU64(new Int128(-1, -1))); // -2^-64 floors to -1 -> 0
        assertEquals(0L, I64F64.toU64(Int128.MIN));
        assertEquals(0L, I64F64.toU64(new Int128(0, -1))); // 1 - 2^-64 floors to 0
    }

    @Test
    void fixed64ToFixed32SaturatingAndWrapping() {
        // test_math_fixed64_to_fixed32: 0 and u32::MAX / 2 convert exactly
        assertEquals(0L, I64F64.toI32F32Saturating(Int128.ZERO));
        assertEquals(0x7FFF_FFFFL << 32, I64F64.toI32F32Saturating(I64F64.wrappingFromU64(0x7FFF_FFFFL)));
        // test_math_fixed64_to_fixed32_saturates: u32::MAX does not fit
        assertEquals(I32F32.MAX, I64F64.toI32F32Saturating(I64F64.wrappingFromU64(0xFFFF_FFFFL)));
        assertEquals(0xFFFF_FFFFL << 32, I64F64.toI32F32Wrapping(I64F64.wrappingFromU64(0xFFFF_FFFFL)));
        // fraction bits floor: -2^-64 -> raw -1 (not 0); 2^-32 - 2^-64 -> 0
        assertEquals(-1L, I64F64.toI32F32Saturating(new Int128(-1, -1)));
        assertEquals(-1L, I64F64.toI32F32Wrapping(new Int128(-1, -1)));
        assertEquals(0L, I64F64.toI32F32Saturating(new Int128(0, 0xFFFF_FFFFL)));
        // exactly -2^31 fits; one 2^-64 below it floors below I32F32::MIN
        Int128 minus2to31 = int128(BigInteger.ONE.shiftLeft(95).negate());
        assertEquals(I32F32.MIN, I64F64.toI32F32Saturating(minus2to31));
        Int128 below = int128(BigInteger.ONE.shiftLeft(95).negate().subtract(BigInteger.ONE));
        assertEquals(I32F32.MIN, I64F64.toI32F32Saturating(below));
        assertEquals(I32F32.MAX, I64F64.toI32F32Wrapping(below)); // -2^63 - 1 wraps to 2^63 - 1
        // 2^31 - 2^-64 floors to I32F32::MAX exactly
        Int128 justBelow2to31 = int128(BigInteger.ONE.shiftLeft(95).subtract(BigInteger.ONE));
        assertEquals(I32F32.MAX, I64F64.toI32F32Saturating(justBelow2to31));
        assertEquals(I32F32.MAX, I64F64.toI32F32Wrapping(justBelow2to31));
        assertEquals(I32F32.MIN, I64F64.toI32F32Wrapping(int128(BigInteger.ONE.shiftLeft(95)))); // 2^31 wraps
        assertEquals(I32F32.MAX, I64F64.toI32F32Saturating(Int128.MAX));
        assertEquals(I32F32.MIN, I64F64.toI32F32Saturating(Int128.MIN));
        assertEquals(0L, I64F64.toI32F32Wrapping(Int128.MIN));
    }

    @Test
    void mulAndDivCorners() {
        Int128 minusOne = new Int128(-1, 0);
        assertEquals(Int128.MAX, I64F64.saturatingMul(Int128.MIN, minusOne)); // 2^63 does not fit
        assertEquals(Int128.MIN, I64F64.saturatingMul(Int128.MIN, ONE));
        assertEquals(Int128.MIN, I64F64.saturatingMul(Int128.MAX, new Int128(-2, 0)));
        assertEquals(new Int128(-1, -1), I64F64.saturatingMul(new Int128(-1, -1), new Int128(0, 1))); // floor(-2^-128) = -2^-64
        assertEquals(Int128.ZERO, I64F64.saturatingMul(new Int128(0, 1), new Int128(0, 1)));
        assertEquals(HALF, I64F64.saturatingMul(ONE, HALF));
        // division truncates toward zero: -2^-64 / 2 -> 0, not -2^-64
        assertEquals(Int128.ZERO, I64F64.checkedDiv(new Int128(-1, -1), new Int128(2, 0), FALLBACK));
        assertEquals(new Int128(-1, -1), I64F64.checkedDiv(new Int128(-1, -3), new Int128(2, 0), FALLBACK)); // -1.5 ulp -> -1
        // quotient exactly -2^127 fits (MIN), +2^127 does not
        Int128 minus2to62 = int128(BigInteger.ONE.shiftLeft(126).negate());
        Int128 plus2to62 = int128(BigInteger.ONE.shiftLeft(126));
        assertEquals(Int128.MIN, I64F64.checkedDiv(minus2to62, HALF, FALLBACK));
        assertEquals(Int128.MIN, I64F64.saturatingDiv(minus2to62, HALF));
        assertEquals(FALLBACK, I64F64.checkedDiv(plus2to62, HALF, FALLBACK));
        assertEquals(Int128.ZERO, I64F64.safeDiv(plus2to62, HALF));
        assertEquals(Int128.MAX, I64F64.saturatingDiv(plus2to62, HALF));
        assertEquals(Int128.MAX, I64F64.saturatingDiv(minus2to62, int128(BigInteger.ONE.shiftLeft(63).negate())));
        assertEquals(FALLBACK, I64F64.checkedDiv(Int128.MIN, minusOne, FALLBACK));
        assertEquals(ONE, I64F64.checkedDiv(Int128.MIN, Int128.MIN, FALLBACK));
        // division by zero
        assertEquals(FALLBACK, I64F64.checkedDiv(ONE, Int128.ZERO, FALLBACK));
        assertEquals(Int128.ZERO, I64F64.safeDiv(ONE, Int128.ZERO));
        assertThrows(ArithmeticException.class, () -> I64F64.saturatingDiv(ONE, Int128.ZERO));
    }

    @Test
    void randomizedAgainstModel() {
        long seed = 0x5EED_6401L;
        Random random = new Random(seed);
        for (int i = 0; i < CASES; i++) {
            BigInteger a = FixedModel.edgeI128(random);
            BigInteger b = random.nextInt(50) == 0 ? BigInteger.ZERO : FixedModel.edgeI128(random);
            if (random.nextInt(4) == 0 && a.signum() != 0) {
                // aim the quotient or product at the 2^127 boundary
                BigInteger target = BigInteger.ONE.shiftLeft(127).multiply(BigInteger.valueOf(random.nextBoolean() ? 1 : -1));
                b = random.nextBoolean()
                        ? target.shiftLeft(64).divide(a).add(BigInteger.valueOf(random.nextInt(5) - 2))
                        : a.shiftLeft(64).divide(target).add(BigInteger.valueOf(random.nextInt(5) - 2));
                if (!FixedModel.fitsI128(b)) {
                    b = BigInteger.ONE;
                }
            }
            Int128 x = int128(a);
            Int128 y = int128(b);
            String msg = "seed=0x" + Long.toHexString(seed) + " case=" + i + " a=" + a + " b=" + b;
            BigInteger product = floorDiv(a.multiply(b), TWO_64);
            assertEquals(int128(clamp(product, I128_MIN, I128_MAX)), I64F64.saturatingMul(x, y), "saturating_mul " + msg);
            if (b.signum() == 0) {
                assertEquals(FALLBACK, I64F64.checkedDiv(x, y, FALLBACK), "checked_div by 0 " + msg);
                assertEquals(Int128.ZERO, I64F64.safeDiv(x, y), "safe_div by 0 " + msg);
                assertThrows(ArithmeticException.class, () -> I64F64.saturatingDiv(x, y), "saturating_div by 0 " + msg);
            } else {
                BigInteger q = FixedModel.truncDiv(a.multiply(TWO_64), b);
                boolean fits = FixedModel.fitsI128(q);
                assertEquals(fits ? int128(q) : FALLBACK, I64F64.checkedDiv(x, y, FALLBACK), "checked_div " + msg);
                assertEquals(fits ? int128(q) : Int128.ZERO, I64F64.safeDiv(x, y), "safe_div " + msg);
                assertEquals(int128(clamp(q, I128_MIN, I128_MAX)), I64F64.saturatingDiv(x, y), "saturating_div " + msg);
            }
            BigInteger floor64 = floorDiv(a, TWO_64);
            assertEquals(clamp(floor64, BigInteger.ZERO, FixedModel.U64_MAX), unsigned(I64F64.toU64(x)), "toU64 " + msg);
            BigInteger floor32 = floorDiv(a, TWO_32);
            assertEquals(clamp(floor32, I64_MIN, I64_MAX).longValueExact(), I64F64.toI32F32Saturating(x), "toI32F32Saturating " + msg);
            assertEquals(FixedModel.low64(floor32), I64F64.toI32F32Wrapping(x), "toI32F32Wrapping " + msg);
            long u = FixedModel.edgeLong(random);
            BigInteger shifted = unsigned(u).multiply(TWO_64);
            assertEquals(int128(clamp(shifted, I128_MIN, I128_MAX)), I64F64.saturatingFromU64(u), "saturatingFromU64 " + msg);
            assertEquals(int128(shifted.mod(FixedModel.TWO_128)), I64F64.wrappingFromU64(u), "wrappingFromU64 " + msg);
            BigInteger u96 = FixedModel.unsigned(x); // any 128-bit pattern read as U96F32
            assertEquals(int128(clamp(u96.multiply(TWO_32), I128_MIN, I128_MAX)), I64F64.saturatingFromU96F32(x), "saturatingFromU96F32 " + msg);
        }
    }
}
