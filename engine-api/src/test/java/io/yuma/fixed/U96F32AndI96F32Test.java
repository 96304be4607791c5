package io.yuma.fixed;

import static io.yuma.fixed.FixedModel.TWO_32;
import static io.yuma.fixed.FixedModel.U128_MAX;
import static io.yuma.fixed.FixedModel.big;
import static io.yuma.fixed.FixedModel.hex;
import static io.yuma.fixed.FixedModel.int128;
import static io.yuma.fixed.FixedModel.unsigned;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** U96F32 (unsigned 128-bit bits, 32 fraction bits) and I96F32's emission product. */
class U96F32AndI96F32Test {
    private static final int CASES = 20_000;
    private static final Int128 U96_ONE = new Int128(0, 1L << 32);

    @Test
    void u96f32FromU64IsExact() {
        assertEquals(Int128.ZERO, U96F32.fromU64(0));
        assertEquals(U96_ONE, U96F32.fromU64(1));
        assertEquals(new Int128(0xFFFF_FFFFL, 0xFFFF_FFFF_0000_0000L), U96F32.fromU64(-1L)); // u64::MAX
        assertEquals(new Int128(0x8000_0000L, 0), U96F32.fromU64(Long.MIN_VALUE)); // 2^63
    }

    @Test
    void u96f32SafeDivCorners() {
        assertEquals(Int128.ZERO, U96F32.safeDiv(U96_ONE, Int128.ZERO));
        assertEquals(Int128.ZERO, U96F32.safeDiv(Int128.ZERO, Int128.ZERO));
        assertEquals(new Int128(0, 0x5555_5555L), U96F32.safeDiv(U96F32.fromU64(1), U96F32.fromU64(3))); // truncated
        assertEquals(U96_ONE, U96F32.safeDiv(U96F32.fromU64(-1L), U96F32.fromU64(-1L)));
        // bits above 2^127 are unsigned, not negative: U96F32::MAX / 1 = U96F32::MAX
        Int128 max = new Int128(-1L, -1L);
        assertEquals(max, U96F32.safeDiv(max, U96_ONE));
        // U96F32::MAX / 2 = 0x7FFF...FFFF (truncated), positive despite the top bit of the dividend
        assertEquals(new Int128(Long.MAX_VALUE, -1L), U96F32.safeDiv(max, U96F32.fromU64(2)));
        // the quotient just over 2^128 - 1 overflows: safe_div gives 0
        assertEquals(Int128.ZERO, U96F32.safeDiv(max, new Int128(0, (1L << 32) - 1)));
        assertEquals(new Int128(1, 0), U96F32.safeDiv(new Int128(0, 1L << 32), new Int128(0, 1))); // 1 / 2^-32 = 2^32 fits
        // 2^96 / 2^-32 = 2^128 does not fit
        assertEquals(Int128.ZERO, U96F32.safeDiv(new Int128(1L << 32, 0), new Int128(0, 1)));
    }

    @Test
    void randomizedU96F32AgainstModel() {
        long seed = 0x5EED_9601L;
        Random random = new Random(seed);
        for (int i = 0; i < CASES; i++) {
            Int128 a = FixedModel.edgeInt128(random);
            Int128 b = random.nextInt(50) == 0 ? Int128.ZERO : FixedModel.edgeInt128(random);
            BigInteger ua = unsigned(a);
            BigInteger ub = unsigned(b);
            String msg = "seed=" + hex(seed) + " case=" + i + " a=" + ua + " b=" + ub;
            BigInteger expected = BigInteger.ZERO;
            if (ub.signum() != 0) {
                BigInteger q = ua.multiply(TWO_32).divide(ub); // both nonnegative: truncation = floor
                expected = q.compareTo(U128_MAX) > 0 ? BigInteger.ZERO : q;
            }
            assertEquals(int128(expected), U96F32.safeDiv(a, b), "U96F32 safe_div " + msg);
            long u = FixedModel.edgeLong(random);
            assertEquals(int128(unsigned(u).multiply(TWO_32)), U96F32.fromU64(u), "U96F32 from_num(u64) " + msg + " u=" + hex(u));
        }
    }

    @Test
    void i96f32MulToU64Corners() {
        long one = I32F32.ONE;
        // ONE * amount = amount for every u64, including those above i64::MAX
        for (long amount : new long[] {0, 1, 12345, Long.MAX_VALUE, Long.MIN_VALUE, -1L}) {
            assertEquals(amount, I96F32.mulToU64(one, amount), "amount=" + hex(amount));
        }
        assertEquals(1L, I96F32.mulToU64(I32F32.HALF, 3)); // 1.5 floors
        assertEquals(0L, I96F32.mulToU64(1, 0xFFFF_FFFFL)); // (2^32 - 1) / 2^32 floors to 0
        assertEquals(1L, I96F32.mulToU64(1, 0x1_0000_0000L));
        // test_math_fixed_overflow: I32F32::MAX * u64::MAX fits I96F32; to u64 it saturates
        assertEquals(-1L, I96F32.mulToU64(I32F32.MAX, -1L));
        // (1 + 2^-32) * u64::MAX = 2^64 - 1 + (2^32 - 1) + ... > u64::MAX: saturates
        assertEquals(-1L, I96F32.mulToU64(one + 1, -1L));
        // (1 + 2^-32) * (2^64 - 2^32) = 2^64 - 2^32 + 2^32 - 1 = 2^64 - 1 exactly: u64::MAX without saturation
        assertEquals(-1L, I96F32.mulToU64(one + 1, 0xFFFF_FFFF_0000_0000L));
        // 2 * 2^63 = 2^64: one past u64::MAX
        assertEquals(-1L, I96F32.mulToU64(2 * one, Long.MIN_VALUE));
        assertEquals(-2L, I96F32.mulToU64(2 * one, Long.MAX_VALUE)); // 2^64 - 2
        // negative proportions floor below zero and clamp to 0
        assertEquals(0L, I96F32.mulToU64(-1, 1));
        assertEquals(0L, I96F32.mulToU64(I32F32.MIN, -1L));
        assertEquals(0L, I96F32.mulToU64(-one, 5));
        assertEquals(0L, I96F32.mulToU64(0, -1L));
    }

    @Test
    void randomizedI96F32MulToU64AgainstModel() {
        long seed = 0x5EED_9602L;
        Random random = new Random(seed);
        BigInteger u64Max = FixedModel.U64_MAX;
        for (int i = 0; i < CASES; i++) {
            long p = FixedModel.edgeLong(random);
            long amount = FixedModel.edgeLong(random);
            if (random.nextInt(4) == 0 && p > 0) {
                // aim at the u64::MAX boundary: amount ~ 2^96 / p
                BigInteger a = BigInteger.ONE.shiftLeft(96).divide(big(p)).add(BigInteger.valueOf(random.nextInt(5) - 2));
                if (a.signum() >= 0 && a.bitLength() <= 64) {
                    amount = a.longValue();
                }
            }
            // I96F32::saturating_from_num(p) * I96F32::saturating_from_num(amount): bits p * amount,
            // then saturating_to_num::<u64>: floor(bits / 2^32) clamped to [0, u64::MAX]
            BigInteger bits = big(p).multiply(unsigned(amount));
            BigInteger expected = FixedModel.clamp(FixedModel.floorDiv(bits, TWO_32), BigInteger.ZERO, u64Max);
            assertEquals(expected, unsigned(I96F32.mulToU64(p, amount)),
                    "seed=" + hex(seed) + " case=" + i + " p=" + hex(p) + " amount=" + hex(amount));
        }
    }
}
