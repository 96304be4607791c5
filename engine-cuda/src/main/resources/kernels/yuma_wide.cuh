// yuma_wide.cuh: the epoch's few 128-bit values (I64F64 stakes, U96F32 TAO weight, the EMA
// alphas' I64F64 quotients) as two 64-bit words, with exactly the chain's rounding.
#pragma once
#include "yuma_fixed.cuh"

namespace yuma {

/** A 128-bit value: `hi` holds the top word (signed when the value is), `lo` the bottom. */
struct W128 {
    u64 hi;
    u64 lo;
};

YUMA_HD W128 w128(u64 hi, u64 lo) { W128 r; r.hi = hi; r.lo = lo; return r; }
YUMA_HD bool w_is_zero(W128 a) { return (a.hi | a.lo) == 0; }
YUMA_HD bool w_is_neg(W128 a) { return (i64)a.hi < 0; }

/** Wrapping addition (the chain's plain `+` on I64F64). */
YUMA_HD W128 w_add(W128 a, W128 b) {
    u64 lo = a.lo + b.lo;
    return w128(a.hi + b.hi + (lo < a.lo ? 1 : 0), lo);
}

YUMA_HD W128 w_sub(W128 a, W128 b) {
    return w128(a.hi - b.hi - (a.lo < b.lo ? 1 : 0), a.lo - b.lo);
}

YUMA_HD W128 w_neg(W128 a) { return w_sub(w128(0, 0), a); }

/** Unsigned comparison: a >= b. */
YUMA_HD bool w_ge(W128 a, W128 b) { return a.hi != b.hi ? a.hi > b.hi : a.lo >= b.lo; }

/** Signed comparison: a <= b. */
YUMA_HD bool w_le_signed(W128 a, W128 b) {
    return a.hi != b.hi ? (i64)a.hi < (i64)b.hi : a.lo <= b.lo;
}

YUMA_HD W128 w_shl1(W128 a, u64 bit) { return w128((a.hi << 1) | (a.lo >> 63), (a.lo << 1) | bit); }

/**
 * (a << 64) / b for I64F64 raw bits, truncated toward zero. Returns false on division by zero
 * and when the quotient does not fit 128 signed bits (checked_div's None). A restoring
 * division, one quotient bit a step: only rare inputs (wrapped negative stake sums, the EMA
 * alpha of each subnet) come here.
 */
YUMA_HD bool i64f64_div(W128 a, W128 b, W128* q) {
    if (w_is_zero(b)) return false;
    bool negative = w_is_neg(a) != w_is_neg(b);
    W128 ma = w_is_neg(a) ? w_neg(a) : a; // MIN stays 2^127, read unsigned
    W128 mb = w_is_neg(b) ? w_neg(b) : b;
    // numerator ma * 2^64 as three words (ma.hi, ma.lo, 0); the quotient fits 128 bits only if
    // the top word is below the divisor, and then the remainder always stays below 2^127.
    W128 r = w128(0, ma.hi);
    if (w_ge(r, mb)) return false;
    W128 quotient = w128(0, 0);
    for (int i = 127; i >= 0; i--) {
        u64 bit = i >= 64 ? (ma.lo >> (i - 64)) & 1 : 0;
        r = w_shl1(r, bit);
        quotient = w_shl1(quotient, 0);
        if (w_ge(r, mb)) {
            r = w_sub(r, mb);
            quotient.lo |= 1;
        }
    }
    if (negative) {
        if (quotient.hi > (1ULL << 63) || (quotient.hi == (1ULL << 63) && quotient.lo != 0)) return false;
        *q = w_neg(quotient);
    } else {
        if ((i64)quotient.hi < 0) return false;
        *q = quotient;
    }
    return true;
}

/** I32F32::saturating_from_num(I64F64): floor to 32 fraction bits, clamped. */
YUMA_HD i64 i64f64_to_i32f32_saturating(W128 a) {
    i64 hi = (i64)a.hi >> 32;
    u64 lo = (a.hi << 32) | (a.lo >> 32);
    if (hi != ((i64)lo >> 63)) return w_is_neg(a) ? FX_MIN : FX_MAX;
    return (i64)lo;
}

/** I32F32::from_num(I64F64) as the production build runs it: floor, low 64 bits kept. */
YUMA_HD i64 i64f64_to_i32f32_wrapping(W128 a) { return (i64)((a.hi << 32) | (a.lo >> 32)); }

/** I64F64::saturating_from_num(u64): values of 2^63 or more clamp to MAX. */
YUMA_HD W128 i64f64_from_u64_saturating(u64 v) {
    return (i64)v < 0 ? w128(0x7fffffffffffffffULL, ~0ULL) : w128(v, 0);
}

/**
 * get_tao_weight as I64F64: U96F32(TaoWeight) / U96F32(u64::MAX), widened. The U96F32 quotient
 * is floor(tw * 2^32 / (2^64 - 1)) (at most 1.0), and the widening shifts it left by 32.
 */
YUMA_HD W128 tao_weight(u64 tw) {
    u64 q = udiv128_64(tw >> 32, tw << 32, ~0ULL);
    return w128(q >> 32, q << 32);
}

/**
 * get_stake_weights_for_network for one uid: alpha.saturating_add(tao.saturating_mul(weight)),
 * both stakes as I64F64::saturating_from_num(u64), weight at most 1.0 (hi is 0 or 1). Non-negative.
 */
YUMA_HD W128 total_stake(u64 alpha, u64 tao, W128 weight) {
    W128 a = i64f64_from_u64_saturating(alpha);
    W128 t = i64f64_from_u64_saturating(tao);
    // floor(t * w / 2^64) = tHi*wLo + floor(tLo*wLo / 2^64) + t*wHi*2^64-part; never saturates
    u64 pLo = umulhi(t.lo, weight.lo);
    u64 mHi = umulhi(t.hi, weight.lo);
    u64 mLo = t.hi * weight.lo;
    W128 product = w128(mHi, mLo);
    product = w_add(product, w128(0, pLo));
    if (weight.hi != 0) {
        product = w_add(product, t);
    }
    W128 sum = w_add(a, product);
    return w_is_neg(sum) ? w128(0x7fffffffffffffffULL, ~0ULL) : sum;
}

/**
 * I32F32::saturating_from_num(x.safe_div(sum)) for a filtered stake x and the wrapping sum of all
 * of them (inplace_normalize_64, then vec_fixed64_to_fixed32). The usual case 0 <= x <= sum
 * folds the two floors into floor(x * 2^32 / sum), 33 quotient bits by restoring division.
 */
YUMA_HD i64 normalized_stake(W128 x, W128 sum) {
    if (!w_is_neg(x) && !w_is_neg(sum) && !w_is_zero(sum) && w_le_signed(x, sum)) {
        W128 r = x;
        u64 q = 0;
        if (w_ge(r, sum)) {
            r = w_sub(r, sum);
            q = 1;
        }
        for (int i = 0; i < 32; i++) {
            r = w_shl1(r, 0); // r < sum < 2^127: no bit lost
            q <<= 1;
            if (w_ge(r, sum)) {
                r = w_sub(r, sum);
                q |= 1;
            }
        }
        return (i64)q;
    }
    W128 q;
    if (!i64f64_div(x, sum, &q)) return FX_ZERO; // safe_div
    return i64f64_to_i32f32_saturating(q);
}

/**
 * compute_ema_bonds_normal_sparse's alpha: 1 - I32F32::saturating_from_num(
 * I64F64::saturating_from_num(bma).safe_div(I64F64::saturating_from_num(1_000_000))).
 */
YUMA_HD i64 normal_ema_alpha(u64 bma) {
    W128 q;
    if (!i64f64_div(i64f64_from_u64_saturating(bma), i64f64_from_u64_saturating(1000000ULL), &q)) q = w128(0, 0);
    return sat_sub(FX_ONE, i64f64_to_i32f32_saturating(q));
}

/**
 * compute_disabled_liquid_alpha: the production build's wrapping from_num conversions
 * (u64 values of 2^63 or more turn negative) and saturating_div, then a wrapping cut to I32F32.
 */
YUMA_HD i64 disabled_liquid_alpha(u64 bma) {
    W128 q;
    W128 a = w128(bma, 0);
    if (!i64f64_div(a, w128(1000000ULL, 0), &q)) {
        // saturating_div: the quotient of a non-zero divisor saturates by sign
        q = w_is_neg(a) ? w128(1ULL << 63, 0) : w128(0x7fffffffffffffffULL, ~0ULL);
    }
    return sat_sub(FX_ONE, i64f64_to_i32f32_wrapping(q));
}

} // namespace yuma
