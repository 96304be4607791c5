package io.yuma.fixed;

import static io.yuma.fixed.FixedModel.big;
import static io.yuma.fixed.FixedModel.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * I32F32 against hand-worked bit patterns and, in the {@code randomized*} tests, against
 * {@link FixedModel}'s exact-integer model of substrate-fixed v0.6.0.
 */
class I32F32Test {
    private static final long ONE = 1L << 32;
    private static final long MIN = Long.MIN_VALUE;
    private static final long MAX = Long.MAX_VALUE;
    private static final long FALLBACK = 0x0123_4567_89AB_CDEFL;
    private static final int CASES = 20_000;

    // ------------------------------------------------------------------ constants

    @Test
    void constantsHaveTheirBitPatterns() {
        assertEquals(0L, I32F32.ZERO);
        assertEquals(0x0000_0001_0000_0000L, I32F32.ONE);
        assertEquals(0x0000_0000_8000_0000L, I32F32.HALF);
        assertEquals(0x7FFF_FFFF_FFFF_FFFFL, I32F32.MAX);
        assertEquals(0x8000_0000_0000_0000L, I32F32.MIN);
        assertEquals(0x0000_FFFF_0000_0000L, I32F32.U16_MAX);
    }

    @Test
    void transcendentalEIsConstsEShiftedTo23FracBitsThenWidened() {
        // consts::E = 0xADF8_5458_A2BB_4A9A_AFDC_5620_273D_3CF1 (U2F126); >> 103 keeps the top 25 bits:
        // 0xADF85458 >> 7 = 0x15B_F0A8 (I9F23); << 9 to 32 fraction bits = 0x2_B7E1_5000.
        assertEquals(0x2_B7E1_5000L, I32F32.E);
        assertEquals(FixedModel.E_I32F32.longValueExact(), I32F32.E);
        assertEquals(Math.E, I32F32.toDouble(I32F32.E), 1.0 / (1 << 23));
    }

    // ------------------------------------------------------------------ conversions

    @Test
    void saturatingFromNumOfSignedIntegers() {
        assertEquals(0L, I32F32.fromInt(0));
        assertEquals(ONE, I32F32.fromInt(1));
        assertEquals(-ONE, I32F32.fromInt(-1));
        assertEquals(0xFFFF_0000_0000L, I32F32.fromInt(65535));
        assertEquals(0x7FFF_FFFF_0000_0000L, I32F32.fromInt(Integer.MAX_VALUE)); // 2^31 - 1 fits exactly
        assertEquals(MAX, I32F32.fromInt(1L << 31)); // 2^31 does not fit
        assertEquals(MIN, I32F32.fromInt(-(1L << 31))); // -2^31 is exactly MIN
        assertEquals(MIN, I32F32.fromInt(-(1L << 31) - 1));
        assertEquals(MAX, I32F32.fromInt(Long.MAX_VALUE));
        assertEquals(MIN, I32F32.fromInt(Long.MIN_VALUE));
    }

    @Test
    void saturatingFromNumOfU64() {
        assertEquals(0L, I32F32.fromU64(0));
        assertEquals(0x7FFF_FFFF_0000_0000L, I32F32.fromU64(0x7FFF_FFFFL));
        assertEquals(MAX, I32F32.fromU64(0x8000_0000L));
        assertEquals(MAX, I32F32.fromU64(Long.MAX_VALUE));
        assertEquals(MAX, I32F32.fromU64(Long.MIN_VALUE)); // u64 2^63
        assertEquals(MAX, I32F32.fromU64(-1L)); // u64::MAX, not -1
    }

    @Test
    void fixedToU16SaturatingToNumFloorsAndClamps() {
        assertEquals(0, I32F32.toU16(0));
        assertEquals(0, I32F32.toU16(ONE - 1)); // 0.99999... floors to 0
        assertEquals(1, I32F32.toU16(ONE));
        assertEquals(0, I32F32.toU16(-1)); // -2^-32 floors to -1, clamps to 0
        assertEquals(0, I32F32.toU16(-ONE));
        assertEquals(0, I32F32.toU16(MIN));
        assertEquals(65535, I32F32.toU16(I32F32.U16_MAX));
        assertEquals(65535, I32F32.toU16(I32F32.U16_MAX + ONE - 1));
        assertEquals(65535, I32F32.toU16(65536L << 32));
        assertEquals(65535, I32F32.toU16(MAX));
        assertEquals(32767, I32F32.toU16(0x7FFF_8000_0000L)); // 32767.5 floors
        // test_math_fixed_to_u16: u16::MIN, u16::MAX / 2, u16::MAX round-trip
        for (int v : new int[] {0, 32767, 65535}) {
            assertEquals(v, I32F32.toU16(I32F32.fromInt(v)));
        }
    }

    @Test
    void fixedToU64SaturatingToNumFloorsNegativesToZero() {
        assertEquals(0L, I32F32.toU64(0));
        assertEquals(0L, I32F32.toU64(-1)); // test_math_fixed_to_u64_saturates
        assertEquals(0L, I32F32.toU64(-ONE));
        assertEquals(0L, I32F32.toU64(MIN));
        assertEquals(0L, I32F32.toU64(ONE - 1));
        assertEquals(1L, I32F32.toU64(ONE + 1));
        assertEquals(0x7FFF_FFFFL, I32F32.toU64(MAX));
    }

    @Test
    void toDoubleIsBitsOverTwoToThe32() {
        assertEquals(1.0, I32F32.toDouble(ONE));
        assertEquals(-0.5, I32F32.toDouble(-I32F32.HALF));
        assertEquals(-2147483648.0, I32F32.toDouble(MIN));
        assertEquals(0x1p-32, I32F32.toDouble(1));
    }

    @Test
    void randomizedConversionsAgainstModel() {
        long seed = 0x5EED_0001L;
        Random random = new Random(seed);
        for (int i = 0; i < CASES; i++) {
            long v = FixedModel.edgeLong(random);
            String msg = "seed=" + hex(seed) + " case=" + i + " v=" + hex(v);
            assertEquals(FixedModel.i32f32FromInteger(big(v)), I32F32.fromInt(v), "fromInt " + msg);
            assertEquals(FixedModel.i32f32FromInteger(FixedModel.unsigned(v)), I32F32.fromU64(v), "fromU64 " + msg);
            assertEquals(FixedModel.i32f32ToUnsigned(v, 16).intValueExact(), I32F32.toU16(v), "toU16 " + msg);
            assertEquals(FixedModel.i32f32ToUnsigned(v, 64), FixedModel.unsigned(I32F32.toU64(v)), "toU64 " + msg);
        }
    }

    // ------------------------------------------------------------------ add / sub / neg

    @Test
    void saturatingAddCorners() {
        assertEquals(MAX, I32F32.saturatingAdd(MAX, 1));
        assertEquals(MAX, I32F32.saturatingAdd(MAX, MAX));
        assertEquals(MIN, I32F32.saturatingAdd(MIN, -1));
        assertEquals(MIN, I32F32.saturatingAdd(MIN, MIN));
        assertEquals(-1L, I32F32.saturatingAdd(MAX, MIN));
        assertEquals(MAX, I32F32.saturatingAdd(MAX - ONE, ONE)); // lands exactly on MAX
        assertEquals(MIN, I32F32.saturatingAdd(MIN + ONE, -ONE)); // lands exactly on MIN
        assertEquals(3 * ONE, I32F32.saturatingAdd(ONE, 2 * ONE));
    }

    @Test
    void saturatingSubCorners() {
        assertEquals(MIN, I32F32.saturatingSub(MIN, 1));
        assertEquals(MAX, I32F32.saturatingSub(MAX, -1));
        assertEquals(MAX, I32F32.saturatingSub(0, MIN)); // 2^63 does not fit
        assertEquals(MAX, I32F32.saturatingSub(-1, MIN)); // 2^63 - 1 fits exactly
        assertEquals(MIN, I32F32.saturatingSub(MIN, MAX));
        assertEquals(MAX, I32F32.saturatingSub(MAX, MIN));
        assertEquals(0L, I32F32.saturatingSub(MIN, MIN));
        assertEquals(-ONE, I32F32.saturatingSub(ONE, 2 * ONE));
    }

    @Test
    void saturatingNegCorners() {
        assertEquals(MAX, I32F32.saturatingNeg(MIN));
        assertEquals(MIN + 1, I32F32.saturatingNeg(MAX));
        assertEquals(0L, I32F32.saturatingNeg(0));
        assertEquals(-ONE, I32F32.saturatingNeg(ONE)); // sigmoid_safe's one.saturating_neg()
    }

    @Test
    void randomizedAddSubNegAgainstModel() {
        long seed = 0x5EED_0002L;
        Random random = new Random(seed);
        for (int i = 0; i < CASES; i++) {
            long a = FixedModel.edgeLong(random);
            long b = FixedModel.edgeLong(random);
            String msg = "seed=" + hex(seed) + " case=" + i + " a=" + hex(a) + " b=" + hex(b);
            assertEquals(FixedModel.saturateI64(big(a).add(big(b))), I32F32.saturatingAdd(a, b), "saturating_add " + msg);
            assertEquals(FixedModel.saturateI64(big(a).subtract(big(b))), I32F32.saturatingSub(a, b), "saturating_sub " + msg);
            assertEquals(FixedModel.saturateI64(big(a).negate()), I32F32.saturatingNeg(a), "saturating_neg " + msg);
        }
    }

    // ------------------------------------------------------------------ multiplication

    @Test
    void productsFloorTowardNegativeInfinity() {
        // 2^-32 * 2^-32 = 2^-64: floors to 0; the negative one floors to -2^-32 (raw -1), not 0
        assertEquals(0L, I32F32.wrappingMul(1, 1));
        assertEquals(-1L, I32F32.wrappingMul(-1, 1));
        assertEquals(-1L, I32F32.wrappingMul(1, -1));
        assertEquals(0L, I32F32.wrappingMul(-1, -1));
        // -0.5 ulp * 1.5 etc.: (-3) * 2^31 / 2^32 = -1.5 -> -2
        assertEquals(-2L, I32F32.saturatingMul(-3, I32F32.HALF));
        assertEquals(1L, I32F32.saturatingMul(3, I32F32.HALF));
        assertEquals(-2L, I32F32.checkedMul(-3, I32F32.HALF, FALLBACK));
        assertEquals(6 * ONE, I32F32.saturatingMul(2 * ONE, 3 * ONE));
        assertEquals(-6 * ONE, I32F32.saturatingMul(-2 * ONE, 3 * ONE));
        assertEquals(I32F32.HALF, I32F32.saturatingMul(ONE, I32F32.HALF));
    }

    @Test
    void productAtTheRangeLimits() {
        // MIN * 1 = MIN fits; MIN * -1 = 2^31 does not
        assertFalse(I32F32.mulOverflows(MIN, ONE));
        assertEquals(MIN, I32F32.saturatingMul(MIN, ONE));
        assertTrue(I32F32.mulOverflows(MIN, -ONE));
        assertEquals(MAX, I32F32.saturatingMul(MIN, -ONE));
        assertEquals(FALLBACK, I32F32.checkedMul(MIN, -ONE, FALLBACK));
        assertEquals(MIN, I32F32.wrappingMul(MIN, -ONE)); // 2^63 wraps to -2^63
        // MAX * 1 = MAX; MAX * (1 + 2^-32) overflows to MAX; MAX * -1 = MIN + 1
        assertEquals(MAX, I32F32.saturatingMul(MAX, ONE));
        assertEquals(MAX, I32F32.saturatingMul(MAX, ONE + 1));
        assertEquals(MIN + 1, I32F32.saturatingMul(MAX, -ONE));
        assertEquals(MIN, I32F32.saturatingMul(MAX, -ONE - 1));
        assertEquals(MIN, I32F32.saturatingMul(-ONE - 1, MAX));
        // 2^15.5-ish squares: 46340.95^2 < 2^31 < 46341^2
        assertFalse(I32F32.mulOverflows(46340L << 32, 46340L << 32));
        assertTrue(I32F32.mulOverflows(46341L << 32, 46341L << 32));
        assertEquals(MAX, I32F32.saturatingMul(46341L << 32, 46341L << 32));
        assertEquals(MIN, I32F32.saturatingMul(-(46341L << 32), 46341L << 32));
        // product exactly -2^31 (MIN) fits, exactly +2^31 does not
        assertEquals(MIN, I32F32.checkedMul(-(1L << 47), 1L << 48, FALLBACK)); // -2^15 * 2^16
        assertEquals(FALLBACK, I32F32.checkedMul(1L << 47, 1L << 48, FALLBACK));
        assertEquals(FALLBACK, I32F32.checkedMul(-(1L << 47), -(1L << 48), FALLBACK));
        // MIN * (1 + 2^-32) = -2^31 - 2^-1 lies below MIN: overflow, saturates to MIN
        assertTrue(I32F32.mulOverflows(MIN, ONE + 1));
        assertEquals(MIN, I32F32.saturatingMul(MIN, ONE + 1));
        // MIN * 2^-32 = -2^-1: raw -2^63 * 1 / 2^32 = -2^31
        assertEquals(-(1L << 31), I32F32.saturatingMul(MIN, 1));
    }

    @Test
    void fixedProportionToU16() {
        // fixed_proportion_to_u16(x) = fixed_to_u16(x.saturating_mul(I32F32::saturating_from_num(u16::MAX)))
        assertEquals(0, I32F32.toU16(I32F32.saturatingMul(0, I32F32.U16_MAX)));
        assertEquals(65535, I32F32.toU16(I32F32.saturatingMul(ONE, I32F32.U16_MAX)));
        assertEquals(32767, I32F32.toU16(I32F32.saturatingMul(I32F32.HALF, I32F32.U16_MAX)));
        // test_fixed_proportion_to_u16_saturates: 65535 * 65535 saturates u16
        assertEquals(65535, I32F32.toU16(I32F32.saturatingMul(I32F32.U16_MAX, I32F32.U16_MAX)));
        assertEquals(0, I32F32.toU16(I32F32.saturatingMul(-1, I32F32.U16_MAX)));
    }

    @Test
    void randomizedMulAgainstModel() {
        long seed = 0x5EED_0003L;
        Random random = new Random(seed);
        for (int i = 0; i < CASES; i++) {
            long a = FixedModel.edgeLong(random);
            long b = FixedModel.edgeLong(random);
            checkMul(seed, i, a, b);
        }
    }

    @Test
    void randomizedMulNearTheOverflowBoundary() {
        // b chosen so that a*b/2^32 lands within a few ulps of 2^63 or -2^63, on both sides
        long seed = 0x5EED_0004L;
        Random random = new Random(seed);
        BigInteger limit = BigInteger.ONE.shiftLeft(95);
        int overflowed = 0;
        int fitted = 0;
        for (int i = 0; i < CASES; i++) {
            long a = FixedModel.edgeLong(random);
            if (a == 0) {
                continue;
            }
            BigInteger target = random.nextBoolean() ? limit : limit.negate();
            BigInteger bBig = target.divide(big(a)).add(BigInteger.valueOf(random.nextInt(5) - 2));
            if (!FixedModel.fitsI64(bBig)) {
                continue;
            }
            long b = bBig.longValue();
            checkMul(seed, i, a, b);
            if (I32F32.mulOverflows(a, b)) {
                overflowed++;
            } else {
                fitted++;
            }
        }
        assertTrue(overflowed > CASES / 10 && fitted > CASES / 10, "both sides of the boundary: " + overflowed + "/" + fitted);
    }

    private static void checkMul(long seed, int i, long a, long b) {
        String msg = "seed=" + hex(seed) + " case=" + i + " a=" + hex(a) + " b=" + hex(b);
        BigInteger exact = FixedModel.i32f32MulExact(a, b);
        boolean fits = FixedModel.fitsI64(exact);
        assertEquals(!fits, I32F32.mulOverflows(a, b), "mulOverflows " + msg);
        assertEquals(FixedModel.low64(exact), I32F32.wrappingMul(a, b), "wrapping_mul " + msg);
        assertEquals(FixedModel.saturateI64(exact), I32F32.saturatingMul(a, b), "saturating_mul " + msg);
        assertEquals(fits ? exact.longValue() : FALLBACK, I32F32.checkedMul(a, b, FALLBACK), "checked_mul " + msg);
        Long checked = FixedModel.i32f32CheckedMul(a, b);
        assertEquals(checked == null ? -7L : checked, I32F32.checkedMul(a, b, -7L), "checked_mul(-7) " + msg);
    }

    // ------------------------------------------------------------------ division

    @Test
    void quotientsTruncateTowardZero() {
        // -2^-32 / 2 = -2^-33: truncates to 0 (a floor would give raw -1)
        assertEquals(0L, I32F32.checkedDiv(-1, 2 * ONE, FALLBACK));
        assertEquals(0L, I32F32.checkedDiv(1, -2 * ONE, FALLBACK));
        assertEquals(0L, I32F32.checkedDiv(1, 2 * ONE, FALLBACK));
        // -3 raw / 2.0 = -1.5 raw -> -1 (floor would be -2)
        assertEquals(-1L, I32F32.checkedDiv(-3, 2 * ONE, FALLBACK));
        assertEquals(-1L, I32F32.checkedDiv(3, -2 * ONE, FALLBACK));
        assertEquals(1L, I32F32.checkedDiv(-3, -2 * ONE, FALLBACK));
        // 1/3 = 0x5555_5555 raw; -1/3 = -0x5555_5555 raw
        assertEquals(0x5555_5555L, I32F32.checkedDiv(ONE, 3 * ONE, FALLBACK));
        assertEquals(-0x5555_5555L, I32F32.checkedDiv(ONE, -3 * ONE, FALLBACK));
        assertEquals(-0x5555_5555L, I32F32.saturatingDiv(-ONE, 3 * ONE));
        assertEquals(-0x5555_5555L, I32F32.safeDiv(-ONE, 3 * ONE));
    }

    @Test
    void u16ProportionToFixedAndFixedToFixedU16Proportion() {
        // u16_proportion_to_fixed(x) = saturating_from_num(x).safe_div(saturating_from_num(u16::MAX))
        assertEquals(0L, I32F32.safeDiv(I32F32.fromInt(0), I32F32.U16_MAX));
        assertEquals(ONE, I32F32.safeDiv(I32F32.fromInt(65535), I32F32.U16_MAX));
        // 2^32 = 65535 * 65537 + 1, so 1/65535 truncates to 65537 raw
        assertEquals(65537L, I32F32.safeDiv(I32F32.fromInt(1), I32F32.U16_MAX));
        // 32768/65535: 2^47 / 65535 = 2147516416.5... -> 0x8000_8000
        assertEquals(0x8000_8000L, I32F32.safeDiv(I32F32.fromInt(32768), I32F32.U16_MAX));
    }

    @Test
    void divisionByZero() {
        assertEquals(FALLBACK, I32F32.checkedDiv(ONE, 0, FALLBACK));
        assertEquals(FALLBACK, I32F32.checkedDiv(0, 0, FALLBACK));
        assertEquals(FALLBACK, I32F32.checkedDiv(MIN, 0, FALLBACK));
        assertEquals(0L, I32F32.safeDiv(ONE, 0));
        assertEquals(0L, I32F32.safeDiv(MAX, 0));
        assertEquals(0L, I32F32.safeDiv(MIN, 0));
        assertThrows(ArithmeticException.class, () -> I32F32.saturatingDiv(ONE, 0));
        assertThrows(ArithmeticException.class, () -> I32F32.saturatingDiv(0, 0));
        assertThrows(ArithmeticException.class, () -> I32F32.saturatingDiv(MIN, 0));
    }

    @Test
    void quotientAtTheRangeLimits() {
        // -2^30 / 0.5 = -2^31: raw quotient exactly -2^63 = MIN fits
        assertEquals(MIN, I32F32.checkedDiv(-(1L << 62), I32F32.HALF, FALLBACK));
        assertEquals(MIN, I32F32.checkedDiv(1L << 62, -I32F32.HALF, FALLBACK));
        assertEquals(MIN, I32F32.saturatingDiv(-(1L << 62), I32F32.HALF));
        assertEquals(MIN, I32F32.safeDiv(-(1L << 62), I32F32.HALF));
        // +2^30 / 0.5 = +2^31: raw quotient +2^63 overflows
        assertEquals(FALLBACK, I32F32.checkedDiv(1L << 62, I32F32.HALF, FALLBACK));
        assertEquals(FALLBACK, I32F32.checkedDiv(-(1L << 62), -I32F32.HALF, FALLBACK));
        assertEquals(MAX, I32F32.saturatingDiv(1L << 62, I32F32.HALF));
        assertEquals(MAX, I32F32.saturatingDiv(-(1L << 62), -I32F32.HALF));
        assertEquals(0L, I32F32.safeDiv(1L << 62, I32F32.HALF)); // safe_div is 0 on overflow too
        // one raw unit less: 2^62 - 1 / 0.5 = 2^63 - 2 fits
        assertEquals(MAX - 1, I32F32.checkedDiv((1L << 62) - 1, I32F32.HALF, FALLBACK));
        // MIN / 1 = MIN, MIN / -1 = 2^31 overflows, MIN / MIN = 1, MAX / MAX = 1, MAX / 1 = MAX
        assertEquals(MIN, I32F32.checkedDiv(MIN, ONE, FALLBACK));
        assertEquals(FALLBACK, I32F32.checkedDiv(MIN, -ONE, FALLBACK));
        assertEquals(MAX, I32F32.saturatingDiv(MIN, -ONE));
        assertEquals(ONE, I32F32.checkedDiv(MIN, MIN, FALLBACK));
        assertEquals(ONE, I32F32.checkedDiv(MAX, MAX, FALLBACK));
        assertEquals(MAX, I32F32.checkedDiv(MAX, ONE, FALLBACK));
        assertEquals(MIN + 1, I32F32.checkedDiv(MAX, -ONE, FALLBACK));
        // 1 / MIN = -2^32 / 2^31... raw: 2^64 / -2^63 = -2; 1 / MAX = 2^64 / (2^63 - 1) = 2 (truncated)
        assertEquals(-2L, I32F32.checkedDiv(ONE, MIN, FALLBACK));
        assertEquals(2L, I32F32.checkedDiv(ONE, MAX, FALLBACK));
        assertEquals(-2L, I32F32.checkedDiv(-ONE, MAX, FALLBACK));
        // MAX / 0.5 and MAX / 2^-32 overflow: saturate by sign
        assertEquals(FALLBACK, I32F32.checkedDiv(MAX, I32F32.HALF, FALLBACK));
        assertEquals(MAX, I32F32.saturatingDiv(MAX, 1));
        assertEquals(MIN, I32F32.saturatingDiv(MAX, -1));
        assertEquals(MIN, I32F32.saturatingDiv(MIN, 1));
        assertEquals(MAX, I32F32.saturatingDiv(MIN, -1));
        assertEquals(0L, I32F32.safeDiv(MAX, 1));
        // tiny / huge and 0 / anything
        assertEquals(0L, I32F32.checkedDiv(1, MAX, FALLBACK));
        assertEquals(0L, I32F32.checkedDiv(0, MIN, FALLBACK));
        assertEquals(0L, I32F32.saturatingDiv(0, -1));
    }

    @Test
    void randomizedDivAgainstModel() {
        long seed = 0x5EED_0005L;
        Random random = new Random(seed);
        for (int i = 0; i < CASES; i++) {
            long a = FixedModel.edgeLong(random);
            long b = random.nextInt(50) == 0 ? 0 : FixedModel.edgeLong(random);
            checkDiv(seed, i, a, b);
        }
    }

    @Test
    void randomizedDivNearTheOverflowBoundary() {
        // b chosen so that (a << 32) / b lands within a few ulps of +-2^63
        long seed = 0x5EED_0006L;
        Random random = new Random(seed);
        int overflowed = 0;
        int fitted = 0;
        for (int i = 0; i < CASES; i++) {
            long a = FixedModel.edgeLong(random);
            BigInteger target = BigInteger.ONE.shiftLeft(63);
            if (random.nextBoolean()) {
                target = target.negate();
            }
            BigInteger bBig = big(a).shiftLeft(32).divide(target).add(BigInteger.valueOf(random.nextInt(5) - 2));
            if (bBig.signum() == 0 || !FixedModel.fitsI64(bBig)) {
                continue;
            }
            long b = bBig.longValue();
            checkDiv(seed, i, a, b);
            if (FixedModel.i32f32CheckedDiv(a, b) == null) {
                overflowed++;
            } else {
                fitted++;
            }
        }
        assertTrue(overflowed > CASES / 10 && fitted > CASES / 10, "both sides of the boundary: " + overflowed + "/" + fitted);
    }

    private static void checkDiv(long seed, int i, long a, long b) {
        String msg = "seed=" + hex(seed) + " case=" + i + " a=" + hex(a) + " b=" + hex(b);
        Long checked = FixedModel.i32f32CheckedDiv(a, b);
        assertEquals(checked == null ? FALLBACK : checked, I32F32.checkedDiv(a, b, FALLBACK), "checked_div " + msg);
        // fallbacks of either sign, including ones a quotient could equal, must not change the answer
        assertEquals(checked == null ? -1L : checked, I32F32.checkedDiv(a, b, -1L), "checked_div(-1) " + msg);
        assertEquals(checked == null ? 1L : checked, I32F32.checkedDiv(a, b, 1L), "checked_div(1) " + msg);
        assertEquals(checked == null ? 0L : checked, I32F32.safeDiv(a, b), "safe_div " + msg);
        if (b == 0) {
            assertThrows(ArithmeticException.class, () -> I32F32.saturatingDiv(a, b), "saturating_div " + msg);
        } else {
            long expected = FixedModel.saturateI64(FixedModel.i32f32DivExact(a, b));
            assertEquals(expected, I32F32.saturatingDiv(a, b), "saturating_div " + msg);
        }
    }

    @Test
    void u16ProportionToFixedIsTheChainsSafeDivForEveryU16() {
        for (int value = 0; value <= 0xFFFF; value++) {
            assertEquals(I32F32.safeDiv(I32F32.fromInt(value), I32F32.fromInt(65535)), I32F32.u16ProportionToFixed(value),
                    "u16 " + value);
        }
    }
}
