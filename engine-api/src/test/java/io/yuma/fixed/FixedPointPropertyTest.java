package io.yuma.fixed;

import static io.yuma.fixed.FixedModel.I128_MAX;
import static io.yuma.fixed.FixedModel.I128_MIN;
import static io.yuma.fixed.FixedModel.TWO_32;
import static io.yuma.fixed.FixedModel.TWO_64;
import static io.yuma.fixed.FixedModel.U128_MAX;
import static io.yuma.fixed.FixedModel.U64_MAX;
import static io.yuma.fixed.FixedModel.big;
import static io.yuma.fixed.FixedModel.clamp;
import static io.yuma.fixed.FixedModel.floorDiv;
import static io.yuma.fixed.FixedModel.int128;
import static io.yuma.fixed.FixedModel.low64;
import static io.yuma.fixed.FixedModel.saturateI64;
import static io.yuma.fixed.FixedModel.truncDiv;
import static io.yuma.fixed.FixedModel.unsigned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every fixed-point operation the engines use, as a property over generated operands, against
 * {@link FixedModel}: exact
 * {@link BigInteger} arithmetic written from substrate-fixed's {@code arith.rs}, where a product
 * is widened and shifted right arithmetically (floored toward negative infinity), a quotient
 * widens the dividend by the fraction bits and truncates toward zero, saturating operations clamp
 * to the type's range and checked ones give the caller's fallback (None) when the result does
 * not fit. The operands mix the model's edge values (0, ±1, powers of two and their neighbours,
 * the type limits) with uniformly random bits and values near the integer part's range; each
 * case has its own seed, which a failure names.
 */
class FixedPointPropertyTest {
    private static final BigInteger U16_MAX = BigInteger.valueOf(65535);

    /** Cases per property: {@code -Dyuma.fixed.cases=N} for a longer run. */
    private static final int CASES = Integer.getInteger("yuma.fixed.cases", 2000);
    /** The seed of the cases: {@code -Dyuma.fixed.seed=S} reruns or varies them. */
    private static final long SEED = Long.getLong("yuma.fixed.seed", 0x5EED_F1CEDL);

    /** One property, checked on one case drawn from {@code random}. */
    @FunctionalInterface
    private interface Case {
        void check(Random random);
    }

    /**
     * Checks {@code property} on {@link #CASES} cases, each drawn from its own seed so that a
     * failure names the one seed that reproduces it.
     */
    private static void forAll(Case property) {
        Random seeds = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            long seed = seeds.nextLong();
            try {
                property.check(new Random(seed));
            } catch (AssertionError e) {
                throw new AssertionError("case " + i + " (its seed " + seed + ") fails: " + e.getMessage(), e);
            }
        }
    }

    /** Raw 64-bit operands: the model's edge values, uniform bits, or values near the integer range. */
    private static long bits(Random random) {
        return switch (random.nextInt(7)) {
            case 0, 1 -> FixedModel.edgeLong(random);
            case 2, 3, 4 -> random.nextLong();
            default -> random.nextLong(-(1L << 40), 1L << 40);
        };
    }

    /** 128-bit operands: the model's edge values, or two 64-bit halves drawn as {@link #bits}. */
    private static Int128 wide(Random random) {
        return random.nextInt(4) == 0 ? FixedModel.edgeInt128(random) : new Int128(bits(random), bits(random));
    }

    // ------------------------------------------------------------------ I32F32

    @Test
    void i32f32SaturatingAddSubNeg() {
        forAll(random -> i32f32SaturatingAddSubNeg(bits(random), bits(random)));
    }

    private static void i32f32SaturatingAddSubNeg(long a, long b) {
        assertEquals(saturateI64(big(a).add(big(b))), I32F32.saturatingAdd(a, b));
        assertEquals(saturateI64(big(a).subtract(big(b))), I32F32.saturatingSub(a, b));
        assertEquals(saturateI64(big(a).negate()), I32F32.saturatingNeg(a));
    }

    @Test
    void i32f32Multiplication() {
        forAll(random -> i32f32Multiplication(bits(random), bits(random), bits(random)));
    }

    private static void i32f32Multiplication(long a, long b, long fallback) {
        BigInteger exact = floorDiv(big(a).multiply(big(b)), TWO_32);
        boolean fits = FixedModel.fitsI64(exact);
        assertEquals(!fits, I32F32.mulOverflows(a, b));
        assertEquals(low64(exact), I32F32.wrappingMul(a, b));
        assertEquals(saturateI64(exact), I32F32.saturatingMul(a, b));
        assertEquals(fits ? exact.longValue() : fallback, I32F32.checkedMul(a, b, fallback));
    }

    @Test
    void i32f32Division() {
        forAll(random -> i32f32Division(bits(random), bits(random), bits(random)));
    }

    private static void i32f32Division(long a, long b, long fallback) {
        if (b == 0) {
            assertEquals(fallback, I32F32.checkedDiv(a, b, fallback));
            assertEquals(0L, I32F32.safeDiv(a, b));
            assertThrows(ArithmeticException.class, () -> I32F32.saturatingDiv(a, b));
            return;
        }
        BigInteger exact = truncDiv(big(a).multiply(TWO_32), big(b));
        boolean fits = FixedModel.fitsI64(exact);
        assertEquals(fits ? exact.longValue() : fallback, I32F32.checkedDiv(a, b, fallback));
        assertEquals(fits ? exact.longValue() : 0L, I32F32.safeDiv(a, b));
        assertEquals(saturateI64(exact), I32F32.saturatingDiv(a, b));
    }

    @Test
    void i32f32FromIntegers() {
        forAll(random -> i32f32FromIntegers(bits(random)));
    }

    private static void i32f32FromIntegers(long value) {
        assertEquals(saturateI64(big(value).multiply(TWO_32)), I32F32.fromInt(value));
        assertEquals(saturateI64(unsigned(value).multiply(TWO_32)), I32F32.fromU64(value));
    }

    @Test
    void i32f32ToIntegersFloorAndClamp() {
        forAll(random -> i32f32ToIntegersFloorAndClamp(bits(random)));
    }

    private static void i32f32ToIntegersFloorAndClamp(long bits) {
        BigInteger floor = floorDiv(big(bits), TWO_32);
        assertEquals(clamp(floor, BigInteger.ZERO, U16_MAX).intValueExact(), I32F32.toU16(bits));
        assertEquals(clamp(floor, BigInteger.ZERO, U64_MAX), unsigned(I32F32.toU64(bits)));
    }

    @Test
    void u16ProportionToFixedIsSafeDivByU16Max() {
        for (int value = 0; value <= 65535; value++) {
            u16ProportionToFixedIsSafeDivByU16Max(value);
        }
    }

    private static void u16ProportionToFixedIsSafeDivByU16Max(int value) {
        long model = FixedModel.i32f32CheckedDiv(I32F32.fromInt(value), I32F32.fromInt(65535));
        assertEquals(model, I32F32.u16ProportionToFixed(value));
    }

    @Test
    void fixedProportionToU16IsSaturatingMulThenFloor() {
        forAll(random -> fixedProportionToU16IsSaturatingMulThenFloor(bits(random)));
    }

    private static void fixedProportionToU16IsSaturatingMulThenFloor(long x) {
        BigInteger product = BigInteger.valueOf(saturateI64(floorDiv(big(x).multiply(big(I32F32.U16_MAX)), TWO_32)));
        BigInteger floor = floorDiv(product, TWO_32);
        assertEquals(clamp(floor, BigInteger.ZERO, U16_MAX).intValueExact(), I32F32.fixedProportionToU16(x));
    }

    // ------------------------------------------------------------------ Int128 and I64F64

    @Test
    void int128AdditionShiftAndComparison() {
        forAll(random -> int128AdditionShiftAndComparison(wide(random), wide(random), random.nextInt(128)));
    }

    private static void int128AdditionShiftAndComparison(Int128 a, Int128 b, int shift) {
        BigInteger sum = big(a).add(big(b));
        assertEquals(int128(sum.mod(FixedModel.TWO_128)), a.wrappingAdd(b));
        assertEquals(int128(clamp(sum, I128_MIN, I128_MAX)), a.saturatingAdd(b));
        assertEquals(int128(floorDiv(big(a), BigInteger.ONE.shiftLeft(shift))), a.shiftRight(shift));
        assertEquals(Integer.signum(big(a).compareTo(big(b))), Integer.signum(a.compareTo(b)));
        assertEquals(big(a), a.toBigInteger());
        assertEquals(FixedModel.unsigned(a), a.toUnsignedBigInteger());
    }

    @Test
    void i64f64Multiplication() {
        forAll(random -> i64f64Multiplication(wide(random), wide(random)));
    }

    private static void i64f64Multiplication(Int128 a, Int128 b) {
        BigInteger exact = floorDiv(big(a).multiply(big(b)), TWO_64);
        assertEquals(int128(clamp(exact, I128_MIN, I128_MAX)), I64F64.saturatingMul(a, b));
    }

    @Test
    void i64f64Division() {
        forAll(random -> i64f64Division(wide(random), wide(random), wide(random)));
    }

    private static void i64f64Division(Int128 a, Int128 b, Int128 fallback) {
        if (b.isZero()) {
            assertEquals(fallback, I64F64.checkedDiv(a, b, fallback));
            assertEquals(Int128.ZERO, I64F64.safeDiv(a, b));
            assertThrows(ArithmeticException.class, () -> I64F64.saturatingDiv(a, b));
            return;
        }
        BigInteger exact = truncDiv(big(a).multiply(TWO_64), big(b));
        boolean fits = FixedModel.fitsI128(exact);
        assertEquals(fits ? int128(exact) : fallback, I64F64.checkedDiv(a, b, fallback));
        assertEquals(fits ? int128(exact) : Int128.ZERO, I64F64.safeDiv(a, b));
        assertEquals(int128(clamp(exact, I128_MIN, I128_MAX)), I64F64.saturatingDiv(a, b));
    }

    @Test
    void i64f64Conversions() {
        forAll(random -> i64f64Conversions(bits(random), wide(random)));
    }

    private static void i64f64Conversions(long u64, Int128 bits) {
        BigInteger shifted = unsigned(u64).multiply(TWO_64);
        assertEquals(int128(clamp(shifted, I128_MIN, I128_MAX)), I64F64.saturatingFromU64(u64));
        assertEquals(int128(shifted.mod(FixedModel.TWO_128)), I64F64.wrappingFromU64(u64));
        assertEquals(int128(clamp(FixedModel.unsigned(bits).multiply(TWO_32), I128_MIN, I128_MAX)),
                I64F64.saturatingFromU96F32(bits));
        assertEquals(clamp(floorDiv(big(bits), TWO_64), BigInteger.ZERO, U64_MAX), unsigned(I64F64.toU64(bits)));
        BigInteger toI32F32 = floorDiv(big(bits), TWO_32);
        assertEquals(saturateI64(toI32F32), I64F64.toI32F32Saturating(bits));
        assertEquals(low64(toI32F32), I64F64.toI32F32Wrapping(bits));
    }

    // ------------------------------------------------------------------ U64F64, U96F32, I96F32

    @Test
    void u64f64Arithmetic() {
        forAll(random -> u64f64Arithmetic(wide(random), wide(random), wide(random)));
    }

    private static void u64f64Arithmetic(Int128 a, Int128 b, Int128 fallback) {
        BigInteger ua = FixedModel.unsigned(a);
        BigInteger ub = FixedModel.unsigned(b);
        assertEquals(int128(ua.add(ub).min(U128_MAX)), U64F64.saturatingAdd(a, b));
        assertEquals(int128(floorDiv(ua.multiply(ub), TWO_64).min(U128_MAX)), U64F64.saturatingMul(a, b));
        BigInteger quotient = ub.signum() == 0 ? null : ua.multiply(TWO_64).divide(ub);
        assertEquals(quotient == null || quotient.compareTo(U128_MAX) > 0 ? fallback : int128(quotient),
                U64F64.checkedDiv(a, b, fallback));
        BigInteger integer = ua.divide(TWO_64);
        assertEquals(integer.min(U16_MAX).intValueExact(), U64F64.saturatingToU16(a));
        assertEquals(integer, unsigned(U64F64.saturatingToU64(a)));
    }

    @Test
    void u64f64FusedFormsEqualTheirComposition() {
        forAll(random -> u64f64FusedFormsEqualTheirComposition(bits(random), bits(random), bits(random), wide(random), bits(random)));
    }

    private static void u64f64FusedFormsEqualTheirComposition(long numerator, long denominator, long existing, Int128 weight, long max) {
        Int128 fallback = U64F64.ONE;
        assertEquals(U64F64.checkedDiv(U64F64.saturatingFromU64(numerator), U64F64.saturatingFromU64(denominator),
                fallback), U64F64.ratio(numerator, denominator, fallback));
        Int128 accumulated = U64F64.saturatingAdd(U64F64.saturatingFromU64(existing),
                U64F64.saturatingMul(U64F64.saturatingFromU64(numerator), weight));
        BigInteger model = unsigned(U64F64.saturatingToU64(accumulated)).min(unsigned(max));
        assertEquals(model, unsigned(U64F64.weightedAccumulate(existing, numerator, weight, max)));
    }

    @Test
    void u96f32AndI96F32() {
        forAll(random -> u96f32AndI96F32(bits(random), wide(random), wide(random), bits(random)));
    }

    private static void u96f32AndI96F32(long u64, Int128 a, Int128 b, long proportion) {
        assertEquals(int128(unsigned(u64).multiply(TWO_32)), U96F32.fromU64(u64));
        BigInteger ub = FixedModel.unsigned(b);
        BigInteger quotient = ub.signum() == 0 ? BigInteger.ZERO : FixedModel.unsigned(a).multiply(TWO_32).divide(ub);
        assertEquals(int128(quotient.compareTo(U128_MAX) > 0 ? BigInteger.ZERO : quotient), U96F32.safeDiv(a, b));
        BigInteger product = floorDiv(big(proportion).multiply(unsigned(u64)), TWO_32);
        assertEquals(clamp(product, BigInteger.ZERO, U64_MAX), unsigned(I96F32.mulToU64(proportion, u64)));
    }

    // ------------------------------------------------------------------ u64

    @Test
    void u64SaturatingArithmetic() {
        forAll(random -> u64SaturatingArithmetic(bits(random), bits(random), bits(random)));
    }

    private static void u64SaturatingArithmetic(long a, long b, long divisor) {
        BigInteger ua = unsigned(a);
        BigInteger ub = unsigned(b);
        assertEquals(ua.add(ub).min(U64_MAX), unsigned(U64.saturatingAdd(a, b)));
        assertEquals(ua.subtract(ub).max(BigInteger.ZERO), unsigned(U64.saturatingSub(a, b)));
        BigInteger ud = unsigned(divisor);
        if (ud.signum() == 0 || ua.multiply(ub).divide(ud).compareTo(U64_MAX) > 0) {
            assertThrows(ArithmeticException.class, () -> U64.multiplyDivide(a, b, divisor));
        } else {
            assertEquals(ua.multiply(ub).divide(ud), unsigned(U64.multiplyDivide(a, b, divisor)));
        }
    }
}
