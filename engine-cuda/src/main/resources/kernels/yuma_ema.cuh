// yuma_ema.cuh: the bonds' exponential moving averages into WORK_E_* (one thread per row, with
// dense per-thread scratch rows where the chain goes dense).
#pragma once
#include "yuma_bonds.cuh"
#include "yuma_columns.cuh"

namespace yuma {

/**
 * mat_ema_sparse(fresh, bonds, alpha): alpha * fresh + (1 - alpha) * bonds accumulated densely
 * over n columns (fresh entries first, then bonds, each in stored order, saturating), emitted in
 * ascending column order keeping positive values.
 */
YUMA_STEP void ema_plain(Block& b, const Buffers& B, const Subnet& sub, const Rows& fresh, i64 alpha) {
    i64 one_minus_alpha = sat_sub(FX_ONE, alpha);
    i64* acc = dense_row(B, sub, b, 0);
    const int stride = B.threads;
    int n = sub.n;
    for (int k = b.tid; k < sub.busy; k += b.nt) {
        int i = B.rows[sub.base + k];
        int u = sub.base + i;
        int fresh_len = fresh.len[u];
        int bond_len = B.b_len[u];
        i64 f0 = w_row(B, sub, i);
        i64 b0 = b_row(B, sub, i);
        i64 e0 = e_row(B, sub, i);
        int out = 0;
        if (fresh_len > 0 || bond_len > 0) {
            for (int p = 0; p < fresh_len; p++) {
                int j = fresh.col[f0 + p];
                if (j < n) acc[(i64)j * stride] = sat_add(acc[(i64)j * stride], sat_mul(alpha, fresh.val[f0 + p]));
            }
            for (int p = 0; p < bond_len; p++) {
                int j = B.b_col[b0 + p];
                if (j < n) acc[(i64)j * stride] = sat_add(acc[(i64)j * stride], sat_mul(one_minus_alpha, B.b_val[b0 + p]));
            }
            for (int j = 0; j < n; j++) {
                i64 v = acc[(i64)j * stride];
                if (v == FX_ZERO) continue;
                acc[(i64)j * stride] = FX_ZERO;
                if (v > FX_ZERO) { // a column of one of the two rows: at most their two lengths
                    B.e_col[e0 + out] = (u16)j;
                    B.e_val[e0 + out] = v;
                    out++;
                }
            }
        }
        B.e_len[u] = out;
    }
    block_sync(b);
}

/**
 * compute_liquid_alpha_values_sparse followed by mat_ema_alpha_sparse, with the alphas computed
 * only where the EMA reads them. The chain's peeking merge assumes ascending rows: column j gets
 * a row's value only from an entry whose column exceeds every earlier column of that row (for
 * rows stored out of order the other entries are never seen), so those running maxima are what
 * the scratch rows hold. Old entries outside the fresh row are dropped, as the chain drops them.
 */
YUMA_STEP void ema_liquid(Block& b, const Buffers& B, const Subnet& sub, const Rows& fresh) {
    i64 low = u16_proportion(sub.alpha_low);
    i64 high = u16_proportion(sub.alpha_high);
    i64 steepness = fx_from_int(sub.steepness);
    i64* weight_at = dense_row(B, sub, b, 0);
    i64* bond_at = dense_row(B, sub, b, 1);
    i64* decayed = dense_row(B, sub, b, 2);
    const int stride = B.threads;
    int n = sub.n;
    const i64* consensus = B.consensus + sub.base;
    for (int k = b.tid; k < sub.busy; k += b.nt) {
        int i = B.rows[sub.base + k];
        int u = sub.base + i;
        int fresh_len = fresh.len[u];
        int bond_len = B.b_len[u];
        i64 f0 = w_row(B, sub, i);
        i64 b0 = b_row(B, sub, i);
        i64 e0 = e_row(B, sub, i);
        int out = 0;
        if (fresh_len > 0) { // only entries of the fresh row are emitted
            int running_max = -1;
            for (int p = 0; p < fresh_len; p++) {
                int j = fresh.col[f0 + p];
                if (j > running_max) {
                    if (j < n) weight_at[(i64)j * stride] = fresh.val[f0 + p];
                    running_max = j;
                }
            }
            running_max = -1;
            for (int p = 0; p < bond_len; p++) {
                int j = B.b_col[b0 + p];
                if (j > running_max) {
                    if (j < n) bond_at[(i64)j * stride] = B.b_val[b0 + p];
                    running_max = j;
                }
            }
            for (int p = 0; p < bond_len; p++) {
                int j = B.b_col[b0 + p];
                if (j < n) {
                    i64 a = alpha_sigmoid(consensus[j], weight_at[(i64)j * stride], bond_at[(i64)j * stride], low, high, steepness);
                    decayed[(i64)j * stride] = sat_mul(sat_sub(FX_ONE, a), B.b_val[b0 + p]); // the last one wins
                }
            }
            for (int p = 0; p < fresh_len; p++) {
                int j = fresh.col[f0 + p];
                if (j < n) {
                    i64 a = alpha_sigmoid(consensus[j], weight_at[(i64)j * stride], bond_at[(i64)j * stride], low, high, steepness);
                    i64 increment = fx_max(sat_mul(a, fresh.val[f0 + p]), FX_ZERO);
                    i64 value = fx_min(sat_add(decayed[(i64)j * stride], increment), FX_ONE);
                    if (value > FX_ZERO) {
                        B.e_col[e0 + out] = (u16)j;
                        B.e_val[e0 + out] = value;
                        out++;
                    }
                }
            }
            for (int p = 0; p < fresh_len; p++) {
                int j = fresh.col[f0 + p];
                if (j < n) weight_at[(i64)j * stride] = FX_ZERO;
            }
            for (int p = 0; p < bond_len; p++) {
                int j = B.b_col[b0 + p];
                if (j < n) {
                    bond_at[(i64)j * stride] = FX_ZERO;
                    decayed[(i64)j * stride] = FX_ZERO;
                }
            }
        }
        B.e_len[u] = out;
    }
    block_sync(b);
}

} // namespace yuma
