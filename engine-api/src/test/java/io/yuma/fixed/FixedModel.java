package io.yuma.fixed;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * An independent model of substrate-fixed v0.6.0's arithmetic on exact integers, used as the
 * oracle for the {@code io.yuma.fixed} tests, plus edge-biased random generators.
 *
 * <p>The model is written from substrate-fixed's source ({@code arith.rs} {@code mul_div_widen} /
 * {@code mul_div_fallback}, {@code wide_div.rs}, {@code int_helper.rs} {@code to_fixed_helper},
 * {@code transcendental.rs} {@code exp}), not from the production Java: every value is an exact
 * {@link BigInteger}, products are floored explicitly, quotients are truncated toward zero, and a
 * result that does not fit the destination is reported as {@code null} ("checked" = None).
 */
final class FixedModel {
    static final BigInteger TWO = BigInteger.TWO;
    static final BigInteger TWO_32 = BigInteger.ONE.shiftLeft(32);
    static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);
    static final BigInteger TWO_128 = BigInteger.ONE.shiftLeft(128);
    static final BigInteger I64_MIN = BigInteger.ONE.shiftLeft(63).negate();
    static final BigInteger I64_MAX = BigInteger.ONE.shiftLeft(63).subtract(BigInteger.ONE);
    static final BigInteger U64_MAX = TWO_64.subtract(BigInteger.ONE);
    static final BigInteger I128_MIN = BigInteger.ONE.shiftLeft(127).negate();
    static final BigInteger I128_MAX = BigInteger.ONE.shiftLeft(127).subtract(BigInteger.ONE);
    static final BigInteger U128_MAX = TWO_128.subtract(BigInteger.ONE);

    /** substrate-fixed {@code consts::E}, a U2F126. */
    static final BigInteger CONSTS_E_U2F126 = new BigInteger("ADF85458A2BB4A9AAFDC5620273D3CF1", 16);
    /** {@code transcendental::E}: {@code (consts::E.to_bits() >> 103) as i32} as I9F23 bits. */
    static final BigInteger TRANSCENDENTAL_E_I9F23 = CONSTS_E_U2F126.shiftRight(103);
    /** {@code I32F32::from(transcendental::E)}: I9F23 widened losslessly to 32 fraction bits. */
    static final BigInteger E_I32F32 = TRANSCENDENTAL_E_I9F23.multiply(BigInteger.ONE.shiftLeft(32 - 23));

    private FixedModel() {
    }

    // ---------------------------------------------------------------- exact integer helpers

    static BigInteger big(long signed) {
        return BigInteger.valueOf(signed);
    }

    static BigInteger unsigned(long bits) {
        BigInteger v = BigInteger.valueOf(bits);
        return bits < 0 ? v.add(TWO_64) : v;
    }

    /** Signed value of an {@link Int128}, built from its two halves without using its methods. */
    static BigInteger big(Int128 v) {
        return BigInteger.valueOf(v.hi()).multiply(TWO_64).add(unsigned(v.lo()));
    }

    /** Unsigned value of an {@link Int128}'s 128 bits. */
    static BigInteger unsigned(Int128 v) {
        return unsigned(v.hi()).multiply(TWO_64).add(unsigned(v.lo()));
    }

    /** The exact 128-bit two's-complement pattern of a value in the signed or unsigned range. */
    static Int128 int128(BigInteger v) {
        if (v.compareTo(I128_MIN) < 0 || v.compareTo(U128_MAX) > 0) {
            throw new IllegalArgumentException("not 128 bits: " + v);
        }
        BigInteger u = v.signum() < 0 ? v.add(TWO_128) : v;
        BigInteger[] hl = u.divideAndRemainder(TWO_64);
        return new Int128(hl[0].longValue(), hl[1].longValue());
    }

    /** floor(a / d) for d > 0, written out so it does not lean on BigInteger's shift semantics. */
    static BigInteger floorDiv(BigInteger a, BigInteger d) {
        BigInteger[] qr = a.divideAndRemainder(d); // truncates toward zero
        return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /** a / b truncated toward zero (Rust integer division). */
    static BigInteger truncDiv(BigInteger a, BigInteger b) {
        BigInteger q = a.abs().divide(b.abs());
        return a.signum() * b.signum() < 0 ? q.negate() : q;
    }

    static boolean fitsI64(BigInteger v) {
        return v.compareTo(I64_MIN) >= 0 && v.compareTo(I64_MAX) <= 0;
    }

    static boolean fitsI128(BigInteger v) {
        return v.compareTo(I128_MIN) >= 0 && v.compareTo(I128_MAX) <= 0;
    }

    static BigInteger clamp(BigInteger v, BigInteger lo, BigInteger hi) {
        return v.compareTo(lo) < 0 ? lo : v.compareTo(hi) > 0 ? hi : v;
    }

    /** The low 64 bits as a long (Rust {@code as i64}). */
    static long low64(BigInteger v) {
        return v.mod(TWO_64).longValue();
    }

    // ---------------------------------------------------------------- I32F32 (i64 bits, 32 frac)

    /** Exact product a*b/2^32 floored (may not fit). */
    static BigInteger i32f32MulExact(long a, long b) {
        return floorDiv(big(a).multiply(big(b)), TWO_32);
    }

    /** Exact quotient (a*2^32)/b truncated (may not fit); b != 0. */
    static BigInteger i32f32DivExact(long a, long b) {
        return truncDiv(big(a).multiply(TWO_32), big(b));
    }

    /** {@code checked_mul}: null on overflow. */
    static Long i32f32CheckedMul(long a, long b) {
        BigInteger p = i32f32MulExact(a, b);
        return fitsI64(p) ? p.longValue() : null;
    }

    /** {@code checked_div}: null on division by zero or overflow. */
    static Long i32f32CheckedDiv(long a, long b) {
        if (b == 0) {
            return null;
        }
        BigInteger q = i32f32DivExact(a, b);
        return fitsI64(q) ? q.longValue() : null;
    }

    /** {@code checked_add}: null on overflow. */
    static Long i32f32CheckedAdd(long a, long b) {
        BigInteger s = big(a).add(big(b));
        return fitsI64(s) ? s.longValue() : null;
    }

    static long saturateI64(BigInteger v) {
        return clamp(v, I64_MIN, I64_MAX).longValue();
    }

    /** {@code I32F32::saturating_from_num(i)} for any integer. */
    static long i32f32FromInteger(BigInteger integer) {
        return saturateI64(integer.multiply(TWO_32));
    }

    /** {@code saturating_to_num::<uN>()} from I32F32 bits: floor, clamp to [0, 2^n - 1]. */
    static BigInteger i32f32ToUnsigned(long bits, int n) {
        return clamp(floorDiv(big(bits), TWO_32), BigInteger.ZERO, BigInteger.ONE.shiftLeft(n).subtract(BigInteger.ONE));
    }

    /**
     * substrate-fixed {@code transcendental::exp::<I32F32, I32F32>}, transcribed loop for loop:
     * special cases 0 and ONE, {@code checked_neg} of a negative operand, result = x + 1, then for
     * i in 2..frac_nbits (i.e. 2..=31) term = term.checked_mul(x)?.checked_div(i)?, result =
     * result.checked_add(term)?; a negative operand finally gives 1.checked_div(result)?.
     *
     * @return the result bits, or null for {@code Err(())}
     */
    static Long exp(long operandBits) {
        BigInteger one = TWO_32;
        BigInteger operand = big(operandBits);
        if (operand.signum() == 0) {
            return one.longValueExact();
        }
        if (operand.equals(one)) {
            return E_I32F32.longValueExact();
        }
        boolean neg = operand.signum() < 0;
        if (neg) {
            operand = operand.negate();
            if (!fitsI64(operand)) {
                return null; // checked_neg of MIN
            }
        }
        BigInteger result = operand.add(one);
        if (!fitsI64(result)) {
            return null;
        }
        BigInteger term = operand;
        int fracNbits = 32;
        for (int i = 2; i < fracNbits; i++) {
            term = floorDiv(term.multiply(operand), TWO_32);
            if (!fitsI64(term)) {
                return null;
            }
            term = truncDiv(term.multiply(TWO_32), BigInteger.valueOf(i).multiply(TWO_32));
            if (!fitsI64(term)) {
                return null;
            }
            result = result.add(term);
            if (!fitsI64(result)) {
                return null;
            }
        }
        if (neg) {
            if (result.signum() == 0) {
                return null;
            }
            result = truncDiv(one.multiply(TWO_32), result);
            if (!fitsI64(result)) {
                return null;
            }
        }
        return result.longValueExact();
    }

    // ---------------------------------------------------------------- generators

    /** Edge values of a signed 64-bit word. */
    static final long[] EDGE_LONGS = buildEdgeLongs();

    private static long[] buildEdgeLongs() {
        List<Long> edges = new ArrayList<>();
        for (int k = 0; k < 64; k++) {
            long p = 1L << k;
            for (long v : new long[] {p, p - 1, p + 1, -p, -p - 1, -p + 1}) {
                edges.add(v);
            }
        }
        for (long v : new long[] {0, Long.MIN_VALUE, Long.MAX_VALUE, I32F32.ONE, I32F32.HALF,
            I32F32.U16_MAX, -I32F32.ONE, -I32F32.HALF, 3L << 32, -(3L << 32), 0xFFFF_FFFFL,
            0x1_0000_0001L, 0x7FFF_FFFF_0000_0000L, 0x8000_0000_FFFF_FFFFL}) {
            edges.add(v);
        }
        return edges.stream().distinct().mapToLong(Long::longValue).toArray();
    }

    /** Edge-biased 64-bit words: edges, edges nudged, random magnitudes, fully random, small fixed values. */
    static long edgeLong(Random random) {
        int pick = random.nextInt(100);
        if (pick < 25) {
            return EDGE_LONGS[random.nextInt(EDGE_LONGS.length)];
        }
        if (pick < 40) {
            return EDGE_LONGS[random.nextInt(EDGE_LONGS.length)] + (random.nextInt(9) - 4);
        }
        if (pick < 65) {
            int bits = 1 + random.nextInt(63);
            long magnitude = random.nextLong() >>> (64 - bits);
            return random.nextBoolean() ? magnitude : -magnitude;
        }
        if (pick < 85) {
            return random.nextLong();
        }
        // a small fixed-point number: integer part up to ~2^17, random fraction
        long integer = random.nextInt(1 << 18) - (1 << 17);
        return (integer << 32) | (random.nextLong() >>> 32);
    }

    /** Edge values of a 128-bit word. */
    static final List<BigInteger> EDGE_128 = buildEdge128();

    private static List<BigInteger> buildEdge128() {
        List<BigInteger> edges = new ArrayList<>();
        for (int k = 0; k < 127; k++) {
            BigInteger p = BigInteger.ONE.shiftLeft(k);
            for (BigInteger v : new BigInteger[] {p, p.subtract(BigInteger.ONE), p.add(BigInteger.ONE)}) {
                edges.add(v);
                edges.add(v.negate());
            }
        }
        edges.add(BigInteger.ZERO);
        edges.add(I128_MIN);
        edges.add(I128_MAX);
        edges.add(I128_MIN.add(BigInteger.ONE));
        edges.add(I128_MAX.subtract(BigInteger.ONE));
        edges.add(TWO_64);
        edges.add(TWO_64.negate());
        return edges.stream().filter(FixedModel::fitsI128).distinct().toList();
    }

    /** Edge-biased signed 128-bit values (always within the i128 range). */
    static BigInteger edgeI128(Random random) {
        int pick = random.nextInt(100);
        if (pick < 25) {
            return EDGE_128.get(random.nextInt(EDGE_128.size()));
        }
        if (pick < 35) {
            BigInteger v = EDGE_128.get(random.nextInt(EDGE_128.size())).add(BigInteger.valueOf(random.nextInt(9) - 4));
            return fitsI128(v) ? v : v.signum() < 0 ? I128_MIN : I128_MAX;
        }
        if (pick < 65) {
            int bits = 1 + random.nextInt(127);
            BigInteger magnitude = new BigInteger(bits, random);
            return random.nextBoolean() ? magnitude : magnitude.negate();
        }
        if (pick < 85) {
            return new BigInteger(128, random).subtract(BigInteger.ONE.shiftLeft(127));
        }
        // a small I64F64 value: integer part up to ~2^40, random fraction
        long integer = (random.nextLong() >> 24);
        return BigInteger.valueOf(integer).multiply(TWO_64).add(unsigned(random.nextLong()));
    }

    static Int128 edgeInt128(Random random) {
        return int128(edgeI128(random));
    }

    static String hex(long v) {
        return String.format("0x%016X", v);
    }
}
