// yuma_fixed.cuh: substrate-fixed v0.6.0's I32F32 on raw bits, as io.yuma.fixed.I32F32 has it.
//
// Products keep all 128 bits and shift right arithmetically (floor); quotients widen the dividend
// by 32 fraction bits and truncate toward zero; saturating_* clamps; checked_* reports overflow
// through a fallback value. Signed overflow is undefined in C++, so every wrapping operation goes
// through u64.
#pragma once
#include "yuma_platform.cuh"

namespace yuma {

const i64 FX_ZERO = 0;
const i64 FX_ONE = 1LL << 32;
const i64 FX_HALF = 1LL << 31;
const i64 FX_MAX = 0x7fffffffffffffffLL;
const i64 FX_MIN = -FX_MAX - 1;
/** u16::MAX as I32F32. */
const i64 FX_U16_MAX = 65535LL << 32;
/** transcendental::E: consts::E cut to I9F23, widened to I32F32 (what exp(1) returns). */
const i64 FX_E = (0xADF85458LL >> 7) << 9;

YUMA_HD i64 wrap_add(i64 a, i64 b) { return (i64)((u64)a + (u64)b); }
YUMA_HD i64 wrap_sub(i64 a, i64 b) { return (i64)((u64)a - (u64)b); }

/** I32F32::saturating_from_num(i64). */
YUMA_HD i64 fx_from_int(i64 v) {
    if (v >= (1LL << 31)) return FX_MAX;
    if (v < -(1LL << 31)) return FX_MIN;
    return (i64)((u64)v << 32);
}

YUMA_HD i64 sat_add(i64 a, i64 b) {
    i64 s = wrap_add(a, b);
    if (((a ^ s) & (b ^ s)) < 0) return a < 0 ? FX_MIN : FX_MAX;
    return s;
}

YUMA_HD i64 sat_sub(i64 a, i64 b) {
    i64 d = wrap_sub(a, b);
    if (((a ^ b) & (a ^ d)) < 0) return a < 0 ? FX_MIN : FX_MAX;
    return d;
}

/** True when (a * b) >> 32 does not fit 64 bits: the high word must be a sign-extended i32. */
YUMA_HD bool mul_overflows(i64 a, i64 b) {
    i64 hi = mulhi(a, b);
    return hi != (i64)(i32)hi;
}

/** The full product shifted right by 32, low 64 bits kept. */
YUMA_HD i64 wrapping_mul(i64 a, i64 b) {
    u64 hi = (u64)mulhi(a, b);
    u64 lo = (u64)a * (u64)b;
    return (i64)((hi << 32) | (lo >> 32));
}

YUMA_HD i64 sat_mul(i64 a, i64 b) {
    if (mul_overflows(a, b)) return (a ^ b) < 0 ? FX_MIN : FX_MAX;
    return wrapping_mul(a, b);
}

/** checked_mul(b).unwrap_or(fallback). */
YUMA_HD i64 checked_mul(i64 a, i64 b, i64 fallback) {
    return mul_overflows(a, b) ? fallback : wrapping_mul(a, b);
}

/**
 * floor((u1 * 2^64 + u0) / v) for u1 < v (so the quotient fits 64 bits): Knuth's algorithm D on
 * 32-bit digits after normalizing v, as Hacker's Delight's divlu writes it. The GPU has no
 * 128-bit division; this is the one every exact quotient of the epoch goes through.
 */
YUMA_HD u64 udiv128_64(u64 u1, u64 u0, u64 v) {
    const u64 base = 1ULL << 32;
    int s = clz64(v);
    v <<= s;
    u64 vn1 = v >> 32;
    u64 vn0 = v & 0xffffffffULL;
    u64 un32 = s == 0 ? u1 : (u1 << s) | (u0 >> (64 - s));
    u64 un10 = u0 << s;
    u64 un1 = un10 >> 32;
    u64 un0 = un10 & 0xffffffffULL;
    u64 q1 = un32 / vn1;
    u64 rhat = un32 - q1 * vn1;
    while (q1 >= base || q1 * vn0 > base * rhat + un1) {
        q1--;
        rhat += vn1;
        if (rhat >= base) break;
    }
    u64 un21 = un32 * base + un1 - q1 * v; // the true remainder is below v, so the wrap is exact
    u64 q0 = un21 / vn1;
    rhat = un21 - q0 * vn1;
    while (q0 >= base || q0 * vn0 > base * rhat + un0) {
        q0--;
        rhat += vn1;
        if (rhat >= base) break;
    }
    return q1 * base + q0;
}

/**
 * checked_div(b).unwrap_or(fallback): (a << 32) / b truncated toward zero, or fallback on
 * division by zero or when the quotient does not fit.
 */
YUMA_HD i64 checked_div(i64 a, i64 b, i64 fallback) {
    if (b == 0) return fallback;
    bool negative = (a < 0) != (b < 0);
    u64 ma = a < 0 ? 0 - (u64)a : (u64)a; // MIN stays 2^63, read unsigned
    u64 mb = b < 0 ? 0 - (u64)b : (u64)b;
    u64 hi = ma >> 32;
    u64 lo = ma << 32;
    if (hi >= mb) return fallback;
    u64 q = udiv128_64(hi, lo, mb);
    if (negative) {
        if (q > (1ULL << 63)) return fallback;
        return (i64)(0 - q);
    }
    return (i64)q < 0 ? fallback : (i64)q;
}

/** safe_div: 0 on division by zero and on overflow. */
YUMA_HD i64 safe_div(i64 a, i64 b) { return checked_div(a, b, FX_ZERO); }

/**
 * saturating_div for a non-zero divisor (the epoch never divides by zero here: its divisors are
 * -100 and 1 + exp(x) >= 1; the chain would panic where Java throws).
 */
YUMA_HD i64 sat_div(i64 a, i64 b) {
    return checked_div(a, b, (a < 0) != (b < 0) ? FX_MIN : FX_MAX);
}

/** saturating_to_num::<u16>(): floor, clamped to [0, 65535]. */
YUMA_HD int fx_to_u16(i64 bits) {
    i64 f = bits >> 32;
    return f < 0 ? 0 : (f > 65535 ? 65535 : (int)f);
}

/** fixed_proportion_to_u16. */
YUMA_HD int proportion_to_u16(i64 x) { return fx_to_u16(sat_mul(x, FX_U16_MAX)); }

/** I32F32::saturating_from_num(v).safe_div(I32F32::saturating_from_num(u16::MAX)) = floor(v * 2^32 / 65535). */
YUMA_HD i64 u16_proportion(int v) { return (i64)(((u64)v << 32) / 65535ULL); }

/** clamp_value: value.min(high).max(low), so low wins when low > high. */
YUMA_HD i64 clamp_value(i64 v, i64 low, i64 high) {
    i64 m = v < high ? v : high;
    return m > low ? m : low;
}

YUMA_HD i64 fx_min(i64 a, i64 b) { return a < b ? a : b; }
YUMA_HD i64 fx_max(i64 a, i64 b) { return a > b ? a : b; }

/**
 * I96F32::saturating_from_num(p).saturating_mul(I96F32::saturating_from_num(amount))
 * .saturating_to_num::<u64>(): floor(p * amount / 2^32) clamped to [0, 2^64 - 1].
 */
YUMA_HD u64 mul_to_u64(i64 proportion, u64 amount) {
    if (proportion <= 0 || amount == 0) return 0;
    u64 hi = umulhi((u64)proportion, amount);
    u64 lo = (u64)proportion * amount;
    if ((hi >> 32) != 0) return ~0ULL;
    return (hi << 32) | (lo >> 32);
}

/** Checked addition for exp: false on overflow. */
YUMA_HD bool checked_add(i64 a, i64 b, i64* sum) {
    *sum = wrap_add(a, b);
    return ((a ^ *sum) & (b ^ *sum)) >= 0;
}

/**
 * substrate-fixed's transcendental::exp for I32F32: the Taylor series with terms i = 2..31 on
 * |x| with checked operations, inverted for negative x. Returns false where the chain's exp
 * returns Err(()).
 */
YUMA_HD bool fx_exp(i64 x, i64* out) {
    if (x == FX_ZERO) { *out = FX_ONE; return true; }
    if (x == FX_ONE) { *out = FX_E; return true; }
    bool negative = x < 0;
    if (negative) {
        if (x == FX_MIN) return false;
        x = -x;
    }
    i64 result;
    if (!checked_add(x, FX_ONE, &result)) return false;
    i64 term = x;
#if defined(__CUDA_ARCH__)
#pragma unroll
#endif
    for (int i = 2; i < 32; i++) {
        if (mul_overflows(term, x)) return false;
        term = wrapping_mul(term, x);
        // checked_div(term, from_num(i)) = (term << 32) / (i << 32) = term / i exactly, and it
        // always fits; term and x are non-negative here, so unsigned division is the same.
        term = (i64)((u64)term / (u64)i);
        if (!checked_add(result, term, &result)) return false;
    }
    if (negative) {
        i64 inv = checked_div(FX_ONE, result, -1); // a positive quotient is never -1
        if (inv == -1) return false;
        result = inv;
    }
    *out = result;
    return true;
}

/** exp_safe: input clamped to [-20, 20]; on error 0 for a non-positive input, else MAX. */
YUMA_HD i64 exp_safe(i64 input) {
    const i64 limit = 20LL << 32;
    i64 safe = input < -limit ? -limit : (input > limit ? limit : input);
    i64 e;
    if (fx_exp(safe, &e)) return e;
    return safe <= 0 ? FX_ZERO : FX_MAX;
}

/** alpha_sigmoid of the liquid alpha (run_epoch.rs), with the chain's order of saturating steps. */
YUMA_HD i64 alpha_sigmoid(i64 consensus, i64 weight, i64 bond, i64 alpha_low, i64 alpha_high, i64 steepness) {
    i64 diff_buy = clamp_value(sat_sub(weight, consensus), FX_ZERO, FX_ONE);
    i64 diff_sell = clamp_value(sat_sub(bond, weight), FX_ZERO, FX_ONE);
    i64 combined = weight >= bond ? diff_buy : diff_sell;
    i64 exponent = sat_mul(sat_div(steepness, fx_from_int(-100)), sat_sub(combined, FX_HALF));
    i64 sigmoid = sat_div(FX_ONE, sat_add(FX_ONE, exp_safe(exponent)));
    i64 alpha = sat_add(alpha_low, sat_mul(sigmoid, sat_sub(alpha_high, alpha_low)));
    return clamp_value(alpha, alpha_low, alpha_high);
}

/** u64 saturating add and sub (block numbers). */
YUMA_HD u64 u64_sat_add(u64 a, u64 b) { u64 s = a + b; return s < a ? ~0ULL : s; }
YUMA_HD u64 u64_sat_sub(u64 a, u64 b) { return a < b ? 0 : a - b; }

} // namespace yuma
