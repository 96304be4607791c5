package io.yuma.simd;

import io.yuma.fixed.I64F64;
import io.yuma.fixed.Int128;

/**
 * The stake step ({@code get_stake_weights_for_network}, the threshold filter,
 * {@code inplace_normalize_64} and the cut to I32F32) on I64F64 values held as two longs, with
 * exact fast paths for the shapes real stakes take and the BigInteger-backed {@link I64F64}
 * operations for the rest (negative wrapped sums).
 */
final class StakeMath {
    private StakeMath() {
    }

    /**
     * {@code alpha.saturating_add(tao.saturating_mul(tao_weight))} with both stakes u64, written
     * into {@code hi[i]} and {@code lo[i]}.
     */
    static void totalStake(long alphaU64, long taoU64, Int128 weight, long[] hi, long[] lo, int i) {
        // I64F64::saturating_from_num(u64): u64 at or above 2^63 saturates to MAX.
        long aHi = alphaU64 < 0 ? Long.MAX_VALUE : alphaU64;
        long aLo = alphaU64 < 0 ? -1L : 0L;
        long tHi = taoU64 < 0 ? Long.MAX_VALUE : taoU64;
        long tLo = taoU64 < 0 ? -1L : 0L;
        // tao * weight / 2^64 with weight = wHi * 2^64 + wLo, wHi in {0, 1}, tao >= 0: never saturates.
        long wLo = weight.lo();
        long pLo = Math.unsignedMultiplyHigh(tLo, wLo); // (tLo * wLo) >> 64
        long mHi = Math.unsignedMultiplyHigh(tHi, wLo);
        long mLo = tHi * wLo;
        long prodLo = mLo + pLo;
        long prodHi = mHi + (Long.compareUnsigned(prodLo, mLo) < 0 ? 1 : 0);
        if (weight.hi() != 0) { // + tao * 1
            long sumLo = prodLo + tLo;
            prodHi += tHi + (Long.compareUnsigned(sumLo, prodLo) < 0 ? 1 : 0);
            prodLo = sumLo;
        }
        // saturating add of two non-negative values
        long sumLo = aLo + prodLo;
        long sumHi = aHi + prodHi + (Long.compareUnsigned(sumLo, aLo) < 0 ? 1 : 0);
        if (sumHi < 0) {
            hi[i] = Long.MAX_VALUE;
            lo[i] = -1L;
        } else {
            hi[i] = sumHi;
            lo[i] = sumLo;
        }
    }

    /**
     * {@code I32F32::saturating_from_num(x.safe_div(sum))} for the filtered stake {@code x} and the
     * wrapping sum of all filtered stakes.
     */
    static long normalizedToI32F32(long xHi, long xLo, long sumHi, long sumLo) {
        if (xHi >= 0 && sumHi >= 0 && (sumHi | sumLo) != 0 && compare(xHi, xLo, sumHi, sumLo) <= 0) {
            return divideShifted32(xHi, xLo, sumHi, sumLo);
        }
        return I64F64.toI32F32Saturating(I64F64.safeDiv(new Int128(xHi, xLo), new Int128(sumHi, sumLo)));
    }

    private static int compare(long aHi, long aLo, long bHi, long bLo) {
        int byHigh = Long.compare(aHi, bHi);
        return byHigh != 0 ? byHigh : Long.compareUnsigned(aLo, bLo);
    }

    /**
     * {@code floor(x * 2^32 / s)} for {@code 0 <= x <= s}, {@code s > 0}: the two floors of the
     * chain ({@code (x << 64) / s}, then the cut of 32 fraction bits) fold into one. The quotient is
     * at most 2^32; a double estimate is corrected exactly with 192-bit remainders.
     */
    private static long divideShifted32(long xHi, long xLo, long sHi, long sLo) {
        double x = xHi * 0x1p64 + unsignedToDouble(xLo);
        double s = sHi * 0x1p64 + unsignedToDouble(sLo);
        long q = Math.max(0L, (long) (x / s * 0x1p32) - 2);
        // remainder r = x * 2^32 - q * s, as three 64-bit limbs (r2 signed top)
        long n0 = xLo << 32;
        long n1 = (xHi << 32) | (xLo >>> 32);
        long n2 = xHi >>> 32;
        long p0 = q * sLo;
        long p1a = Math.unsignedMultiplyHigh(q, sLo);
        long p1b = q * sHi;
        long p2 = Math.multiplyHigh(q, sHi);
        long p1 = p1a + p1b;
        p2 += Long.compareUnsigned(p1, p1a) < 0 ? 1 : 0;
        long r0 = n0 - p0;
        long borrow0 = Long.compareUnsigned(n0, p0) < 0 ? 1 : 0;
        long r1 = n1 - p1 - borrow0;
        long borrow1 = (Long.compareUnsigned(n1, p1) < 0 || (n1 == p1 && borrow0 == 1)) ? 1 : 0;
        long r2 = n2 - p2 - borrow1;
        // while r >= s: r -= s, q++ (the estimate starts low by at most 3, so r is never negative)
        assert r2 >= 0;
        while (r2 != 0 || Long.compareUnsigned(r1, sHi) > 0 || (r1 == sHi && Long.compareUnsigned(r0, sLo) >= 0)) {
            long d0 = r0 - sLo;
            long b0 = Long.compareUnsigned(r0, sLo) < 0 ? 1 : 0;
            long d1 = r1 - sHi - b0;
            long b1 = (Long.compareUnsigned(r1, sHi) < 0 || (r1 == sHi && b0 == 1)) ? 1 : 0;
            r2 -= b1;
            r1 = d1;
            r0 = d0;
            q++;
        }
        return q;
    }

    private static double unsignedToDouble(long value) {
        double d = (double) (value >>> 1) * 2.0;
        return d + (value & 1);
    }
}
