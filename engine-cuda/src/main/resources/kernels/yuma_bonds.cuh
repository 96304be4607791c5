// yuma_bonds.cuh: the inputs of "Bonds and Dividends": the weights used for bonds
// (interpolate_sparse between the weights and the clipped weights) and the stored bonds with
// the mask of uids registered since the last tempo. One thread per row.
#pragma once
#include "yuma_weights.cuh"

namespace yuma {

/** A weights-shaped sparse matrix: row i at w_row(i), len[base + i] entries. */
struct Rows {
    const u16* col;
    const i64* val;
    const i32* len;
};

/**
 * interpolate_sparse(weights, clipped, n, bonds_penalty) into WORK_F_*. Ratio 0 is the weights
 * themselves (returned as the view, nothing copied), ratio 1 a copy of the clipped weights;
 * otherwise each row is rebuilt densely over n columns in ascending order, keeping positive values.
 */
YUMA_STEP Rows weights_for_bonds_step(Block& b, const Buffers& B, const Subnet& sub) {
    i64 ratio = u16_proportion(sub.bonds_penalty);
    Rows weights = {B.w_col, B.w_val, B.w_len};
    if (ratio == FX_ZERO) return weights;
    i64* row1 = dense_row(B, sub, b, 0);
    i64* row2 = dense_row(B, sub, b, 1);
    const int stride = B.threads;
    for (int k = b.tid; k < sub.busy; k += b.nt) { // the other rows have no weights: f_len stays 0
        int i = B.rows[sub.base + k];
        int u = sub.base + i;
        i64 r0 = w_row(B, sub, i);
        int len = B.w_len[u];
        int out = 0;
        if (ratio == FX_ONE) {
            for (int p = 0; p < len; p++) {
                if (B.c_val[r0 + p] != DROPPED) {
                    B.f_col[r0 + out] = B.w_col[r0 + p];
                    B.f_val[r0 + out] = B.c_val[r0 + p];
                    out++;
                }
            }
        } else if (len > 0) { // an empty weights row has an empty clipped row: 0 + r * (0 - 0) is not positive
            for (int p = 0; p < len; p++) row1[(i64)B.w_col[r0 + p] * stride] = B.w_val[r0 + p]; // later duplicates win
            for (int p = 0; p < len; p++) {
                if (B.c_val[r0 + p] != DROPPED) row2[(i64)B.w_col[r0 + p] * stride] = B.c_val[r0 + p];
            }
            for (int j = 0; j < sub.n; j++) {
                i64 v1 = row1[(i64)j * stride];
                i64 v2 = row2[(i64)j * stride];
                if ((v1 | v2) == 0) continue;
                row1[(i64)j * stride] = 0; // leave the scratch zeroed for the next row
                row2[(i64)j * stride] = 0;
                i64 interpolated = sat_add(v1, sat_mul(ratio, sat_sub(v2, v1)));
                if (interpolated > FX_ZERO) { // only columns of this weights row get here: capacity holds
                    B.f_col[r0 + out] = (u16)j;
                    B.f_val[r0 + out] = interpolated;
                    out++;
                }
            }
        }
        B.f_len[u] = out;
    }
    block_sync(b);
    Rows f = {B.f_col, B.f_val, B.f_len};
    return f;
}

/** The block at which bonds to uids registered since then are dropped. */
YUMA_HD u64 last_tempo(const Subnet& sub) {
    return sub.last_mechanism_step_block == 0 ? u64_sat_sub(sub.current_block, (u64)sub.tempo)
                                              : u64_sat_add(sub.last_mechanism_step_block, 1);
}

/**
 * get_bonds_sparse (every stored column, those at or beyond n included; Yuma3 reads them as
 * proportions, get_bonds_sparse_fixed_proportion) and scalar_vec_mask_sparse_matrix with
 * last_tempo <= block_at_registration: WORK_B_*.
 */
YUMA_STEP void bonds_step(Block& b, const Buffers& B, const Subnet& sub) {
    u64 tempo_block = last_tempo(sub);
    bool proportion = (sub.flags & REC_FLAG_YUMA3) != 0;
    for (int i = b.tid; i < sub.n; i += b.nt) {
        i64 r0 = b_row(B, sub, i);
        i64 r1 = b_row_end(B, sub, i);
        int len = 0;
        for (i64 e = r0; e < r1; e++) {
            int j = B.b_col_in[e];
            u64 registered = j < sub.n ? B.bar[sub.base + j] : 0; // missing entries read as 0
            if (tempo_block <= registered) continue;
            int bond = B.b_val_in[e];
            B.b_col[r0 + len] = (u16)j;
            B.b_val[r0 + len] = proportion ? u16_proportion(bond) : (i64)bond << 32;
            len++;
        }
        B.b_len[sub.base + i] = len;
    }
    block_sync(b);
}

} // namespace yuma
