package io.yuma.fixed;

import static io.yuma.fixed.FixedModel.TWO_128;
import static io.yuma.fixed.FixedModel.big;
import static io.yuma.fixed.FixedModel.int128;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Int128} against exact BigInteger arithmetic. */
class Int128Test {
    private static final int CASES = 20_000;

    @Test
    void constantsAndFactories() {
        assertEquals(new Int128(0, 0), Int128.ZERO);
        assertEquals(new Int128(0x7FFF_FFFF_FFFF_FFFFL, -1L), Int128.MAX);
        assertEquals(new Int128(0x8000_0000_0000_0000L, 0L), Int128.MIN);
        assertEquals(new Int128(-1L, -1L), Int128.ofLong(-1));
        assertEquals(new Int128(-1L, Long.MIN_VALUE), Int128.ofLong(Long.MIN_VALUE));
        assertEquals(new Int128(0L, Long.MAX_VALUE), Int128.ofLong(Long.MAX_VALUE));
        assertEquals(new Int128(0L, -1L), Int128.ofUnsigned(-1L)); // u64::MAX, positive
        assertEquals(BigInteger.ONE.shiftLeft(127).negate(), Int128.MIN.toBigInteger());
        assertEquals(BigInteger.ONE.shiftLeft(127).subtract(BigInteger.ONE), Int128.MAX.toBigInteger());
        assertEquals(BigInteger.ONE.shiftLeft(127), Int128.MIN.toUnsignedBigInteger());
        assertEquals(TWO_128.subtract(BigInteger.ONE), new Int128(-1, -1).toUnsignedBigInteger());
        assertEquals("-1", Int128.ofLong(-1).toString());
        assertEquals("18446744073709551615", Int128.ofUnsigned(-1L).toString());
    }

    @Test
    void predicates() {
        assertTrue(Int128.ZERO.isZero());
        assertFalse(new Int128(1, 0).isZero());
        assertFalse(new Int128(0, 1).isZero());
        assertTrue(Int128.MIN.isNegative());
        assertTrue(Int128.ofLong(-1).isNegative());
        assertFalse(Int128.ofUnsigned(-1L).isNegative());
        assertFalse(Int128.MAX.isNegative());
    }

    @Test
    void wrapSaturateFits() {
        BigInteger max = Int128.MAX.toBigInteger();
        BigInteger min = Int128.MIN.toBigInteger();
        assertTrue(Int128.fits(max));
        assertTrue(Int128.fits(min));
        assertFalse(Int128.fits(max.add(BigInteger.ONE)));
        assertFalse(Int128.fits(min.subtract(BigInteger.ONE)));
        assertEquals(Int128.MAX, Int128.saturate(max.add(BigInteger.ONE)));
        assertEquals(Int128.MIN, Int128.saturate(min.subtract(BigInteger.ONE)));
        assertEquals(Int128.MIN, Int128.wrap(max.add(BigInteger.ONE))); // `as i128` of 2^127
        assertEquals(Int128.MAX, Int128.wrap(min.subtract(BigInteger.ONE)));
        assertEquals(Int128.ZERO, Int128.wrap(TWO_128));
        assertEquals(Int128.ofLong(-1), Int128.wrap(TWO_128.subtract(BigInteger.ONE)));
        assertEquals(Int128.ofLong(-1), Int128.wrap(BigInteger.ONE.negate()));
        assertEquals(Int128.ofLong(-1), Int128.wrap(TWO_128.multiply(BigInteger.valueOf(5)).subtract(BigInteger.ONE)));
    }

    @Test
    void wrappingAndSaturatingAddCorners() {
        Int128 one = Int128.ofLong(1);
        assertEquals(Int128.MIN, Int128.MAX.wrappingAdd(one));
        assertEquals(Int128.MAX, Int128.MIN.wrappingAdd(Int128.ofLong(-1)));
        assertEquals(new Int128(1, 0), Int128.ofUnsigned(-1L).wrappingAdd(one)); // carry into hi
        assertEquals(Int128.ZERO, Int128.ofLong(-1).wrappingAdd(one));
        assertEquals(Int128.MAX, Int128.MAX.saturatingAdd(one));
        assertEquals(Int128.MIN, Int128.MIN.saturatingAdd(Int128.ofLong(-1)));
        assertEquals(Int128.ofLong(-1), Int128.MAX.saturatingAdd(Int128.MIN));
        assertEquals(Int128.MAX, Int128.MAX.saturatingAdd(Int128.MAX));
        assertEquals(Int128.MIN, Int128.MIN.saturatingAdd(Int128.MIN));
        assertEquals(new Int128(1, 0), Int128.ofUnsigned(-1L).saturatingAdd(one));
    }

    @Test
    void shiftRightFloors() {
        assertEquals(Int128.ofLong(-1), Int128.ofLong(-1).shiftRight(1));
        assertEquals(Int128.ofLong(-1), Int128.ofLong(-3).shiftRight(127));
        assertEquals(Int128.ofLong(-2), Int128.ofLong(-3).shiftRight(1)); // -1.5 -> -2
        assertEquals(Int128.ofLong(1), Int128.ofLong(3).shiftRight(1));
        assertEquals(Int128.ofLong(-1), Int128.MIN.shiftRight(127));
        assertEquals(new Int128(-1, Long.MIN_VALUE), Int128.MIN.shiftRight(64));
        assertEquals(Int128.ofLong(1), new Int128(1, 0).shiftRight(64));
        assertEquals(Int128.ofUnsigned(Long.MIN_VALUE), new Int128(0, Long.MIN_VALUE).shiftRight(0));
        assertEquals(Int128.ofUnsigned(1L << 63), new Int128(1, 0).shiftRight(1));
        assertEquals(Int128.ofUnsigned(3L << 62), new Int128(1, Long.MIN_VALUE).shiftRight(1));
    }

    @Test
    void mulShiftRightFloorsAndShiftLeftDivideTruncates() {
        // -1 * 1 >> 1 = floor(-0.5) = -1; 1 * 1 >> 1 = 0
        assertEquals(BigInteger.valueOf(-1), Int128.ofLong(-1).mulShiftRight(Int128.ofLong(1), 1));
        assertEquals(BigInteger.ZERO, Int128.ofLong(1).mulShiftRight(Int128.ofLong(1), 1));
        // (-1 << 0) / 2 = trunc(-0.5) = 0; -3 / 2 = -1
        assertEquals(BigInteger.ZERO, Int128.ofLong(-1).shiftLeftDivide(0, Int128.ofLong(2)));
        assertEquals(BigInteger.valueOf(-1), Int128.ofLong(-3).shiftLeftDivide(0, Int128.ofLong(2)));
        assertEquals(BigInteger.valueOf(-1), Int128.ofLong(3).shiftLeftDivide(0, Int128.ofLong(-2)));
        // MIN * MIN = 2^254 (does not fit, returned exactly)
        assertEquals(BigInteger.ONE.shiftLeft(254 - 64), Int128.MIN.mulShiftRight(Int128.MIN, 64));
        // (MIN << 64) / -1 = 2^191, exact
        assertEquals(BigInteger.ONE.shiftLeft(191), Int128.MIN.shiftLeftDivide(64, Int128.ofLong(-1)));
    }

    @Test
    void randomizedAgainstBigInteger() {
        long seed = 0x5EED_1281L;
        Random random = new Random(seed);
        for (int i = 0; i < CASES; i++) {
            BigInteger a = FixedModel.edgeI128(random);
            BigInteger b = FixedModel.edgeI128(random);
            Int128 x = int128(a);
            Int128 y = int128(b);
            String msg = "seed=0x" + Long.toHexString(seed) + " case=" + i + " a=" + a + " b=" + b;
            assertEquals(a, x.toBigInteger(), "toBigInteger " + msg);
            assertEquals(a.signum() < 0 ? a.add(TWO_128) : a, x.toUnsignedBigInteger(), "toUnsignedBigInteger " + msg);
            assertEquals(x, Int128.wrap(a), "wrap " + msg);
            assertEquals(x, Int128.saturate(a), "saturate " + msg);
            assertEquals(a.signum() < 0, x.isNegative(), "isNegative " + msg);
            assertEquals(a.signum() == 0, x.isZero(), "isZero " + msg);
            assertEquals(Integer.signum(a.compareTo(b)), Integer.signum(x.compareTo(y)), "compareTo " + msg);
            BigInteger sum = a.add(b);
            assertEquals(int128(sum.mod(TWO_128)), x.wrappingAdd(y), "wrappingAdd " + msg);
            assertEquals(int128(FixedModel.clamp(sum, FixedModel.I128_MIN, FixedModel.I128_MAX)), x.saturatingAdd(y), "saturatingAdd " + msg);
            int shift = random.nextInt(128);
            BigInteger floor = FixedModel.floorDiv(a, BigInteger.ONE.shiftLeft(shift));
            assertEquals(int128(floor), x.shiftRight(shift), "shiftRight(" + shift + ") " + msg);
            int frac = random.nextBoolean() ? 64 : random.nextInt(129);
            assertEquals(FixedModel.floorDiv(a.multiply(b), BigInteger.ONE.shiftLeft(frac)), x.mulShiftRight(y, frac),
                    "mulShiftRight(" + frac + ") " + msg);
            if (b.signum() != 0) {
                assertEquals(FixedModel.truncDiv(a.shiftLeft(frac), b), x.shiftLeftDivide(frac, y), "shiftLeftDivide(" + frac + ") " + msg);
            }
            long l = FixedModel.edgeLong(random);
            assertEquals(big(l), Int128.ofLong(l).toBigInteger(), "ofLong " + msg);
            assertEquals(FixedModel.unsigned(l), Int128.ofUnsigned(l).toBigInteger(), "ofUnsigned " + msg);
        }
    }

    @Test
    void fitsAndSaturateOutsideTheRange() {
        long seed = 0x5EED_1282L;
        Random random = new Random(seed);
        for (int i = 0; i < 2_000; i++) {
            BigInteger v = new BigInteger(129 + random.nextInt(64), random);
            if (random.nextBoolean()) {
                v = v.negate();
            }
            String msg = "seed=0x" + Long.toHexString(seed) + " case=" + i + " v=" + v;
            boolean fits = FixedModel.fitsI128(v);
            assertEquals(fits, Int128.fits(v), "fits " + msg);
            assertEquals(int128(FixedModel.clamp(v, FixedModel.I128_MIN, FixedModel.I128_MAX)), Int128.saturate(v), "saturate " + msg);
            assertEquals(int128(v.mod(TWO_128)), Int128.wrap(v), "wrap " + msg);
        }
    }
}
