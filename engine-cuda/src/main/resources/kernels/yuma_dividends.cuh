// yuma_dividends.cuh: "Bonds and Dividends" of epoch_mechanism, Yuma3 and the earlier Yuma,
// from the weights for bonds (yuma_bonds.cuh) to the EMA bonds (WORK_E_*) and the dividends.
#pragma once
#include "yuma_ema.cuh"

namespace yuma {

/** inplace_normalize of WORK_DIVIDENDS, whose per-thread partial wrapping sum is given. */
YUMA_STEP void normalize_dividends(Block& b, const Buffers& B, const Subnet& sub, i64 partial) {
    i64 sum = block_sum(b, partial);
    if (sum != FX_ZERO) {
        for (int i = b.tid; i < sub.n; i += b.nt) B.dividends[sub.base + i] = safe_div(B.dividends[sub.base + i], sum);
    }
    block_sync(b);
}

/**
 * Yuma3: EMA bonds with liquid alpha (when on and some consensus is non-zero) or the disabled
 * liquid alpha; dividends from the column-normalized EMA bonds times the incentive, per row,
 * times the active stake, normalized.
 */
YUMA_STEP void dividends_yuma3(Block& b, const Buffers& B, const Subnet& sub, const Rows& weights_for_bonds) {
    int n = sub.n;
    bool any_consensus = false;
    for (int c = b.tid; c < n; c += b.nt) any_consensus |= B.consensus[sub.base + c] != FX_ZERO;
    any_consensus = block_any(b, any_consensus);
    if ((sub.flags & REC_FLAG_LIQUID_ALPHA) != 0 && n > 0 && any_consensus) {
        ema_liquid(b, B, sub, weights_for_bonds);
    } else {
        ema_plain(b, B, sub, weights_for_bonds, disabled_liquid_alpha(sub.bonds_moving_average));
    }
    for (int i = b.tid; i < n; i += b.nt) { // ema_bonds_norm: a copy, the EMA itself is stored as bonds
        i64 e0 = e_row(B, sub, i);
        for (int p = 0; p < B.e_len[sub.base + i]; p++) B.n_val[e0 + p] = B.e_val[e0 + p];
    }
    block_sync(b);
    Matrix norm = {SPACE_EMA, B.e_col, B.n_val, B.e_len};
    col_normalize(b, B, sub, norm);
    i64 partial = 0;
    for (int i = b.tid; i < n; i += b.nt) {
        i64 e0 = e_row(B, sub, i);
        i64 total = 0; // row_sum_sparse(mat_vec_mul_sparse(..)): plain sums, dropped zeros add nothing
        for (int p = 0; p < B.e_len[sub.base + i]; p++) {
            total = wrap_add(total, sat_mul(B.n_val[e0 + p], B.incentive[sub.base + B.e_col[e0 + p]]));
        }
        i64 dividend = checked_mul(total, B.active_stake[sub.base + i], FX_ZERO); // vec_mul
        B.dividends[sub.base + i] = dividend;
        partial = wrap_add(partial, dividend);
    }
    normalize_dividends(b, B, sub, partial);
}

/**
 * The earlier Yuma: bonds column-normalized, bonds delta = weights for bonds times active stake
 * (row_hadamard_sparse) column-normalized, EMA with 1 - bonds_moving_average, column-normalized;
 * dividends = matmul_transpose_sparse(ema, incentive) normalized; then the EMA upscaled by
 * column maxima (that is what gets stored).
 */
YUMA_STEP void dividends_yuma2(Block& b, const Buffers& B, const Subnet& sub, const Rows& weights_for_bonds) {
    int n = sub.n;
    Matrix bonds = {SPACE_BONDS, B.b_col, B.b_val, B.b_len};
    col_normalize(b, B, sub, bonds);
    for (int i = b.tid; i < n; i += b.nt) {
        i64 r0 = w_row(B, sub, i);
        i64 stake = B.active_stake[sub.base + i];
        for (int p = 0; p < weights_for_bonds.len[sub.base + i]; p++) {
            B.d_val[r0 + p] = sat_mul(weights_for_bonds.val[r0 + p], stake);
        }
    }
    block_sync(b);
    Matrix delta = {SPACE_WEIGHTS, weights_for_bonds.col, B.d_val, weights_for_bonds.len};
    col_normalize(b, B, sub, delta);
    Rows fresh = {weights_for_bonds.col, B.d_val, weights_for_bonds.len};
    ema_plain(b, B, sub, fresh, normal_ema_alpha(sub.bonds_moving_average));
    Matrix ema = {SPACE_EMA, B.e_col, B.e_val, B.e_len};
    col_normalize(b, B, sub, ema);
    i64 partial = 0;
    for (int i = b.tid; i < n; i += b.nt) {
        i64 e0 = e_row(B, sub, i);
        i64 acc = FX_ZERO;
        for (int p = 0; p < B.e_len[sub.base + i]; p++) {
            int j = B.e_col[e0 + p];
            acc = sat_add(acc, sat_mul(j < n ? B.incentive[sub.base + j] : FX_ZERO, B.e_val[e0 + p]));
        }
        B.dividends[sub.base + i] = acc;
        partial = wrap_add(partial, acc);
    }
    normalize_dividends(b, B, sub, partial);
    col_max_upscale(b, B, sub, ema);
}

} // namespace yuma
