// yuma_stake.cuh: "Active & updated", "Stake", "Validator permits" and "Active Stake" of
// epoch_mechanism, one thread per uid.
#pragma once
#include "yuma_block.cuh"
#include "yuma_subnet.cuh"

namespace yuma {

/** I64F64 filtered stake of uid i: the total, or 0 below the threshold (the owner is never filtered). */
YUMA_HD W128 filtered_stake(const Buffers& B, const Subnet& sub, int i) {
    u64 hi = B.stake_hi[sub.base + i];
    bool below = hi < sub.stake_threshold; // saturating_to_num::<u64>() of a non-negative total
    return (sub.owner != i && below) ? w128(0, 0) : w128(hi, B.stake_lo[sub.base + i]);
}

/**
 * Activity, total stake (get_stake_weights_for_network), the threshold filter,
 * inplace_normalize_64 and the cut to I32F32 (WORK_STAKE); permits before this epoch.
 */
YUMA_STEP void stake_step(Block& b, const Buffers& B, const Subnet& sub) {
    W128 weight = tao_weight(sub.tao_weight);
    W128 partial = w128(0, 0);
    for (int i = b.tid; i < sub.n; i += b.nt) {
        int u = sub.base + i;
        bool inactive = u64_sat_add(B.last_update[u], sub.activity_cutoff) < sub.current_block;
        bool permit = B.permit_in[u] != 0 || i == sub.owner;
        W128 total = total_stake(B.alpha[u], B.tao[u], weight);
        B.stake_hi[u] = total.hi;
        B.stake_lo[u] = total.lo;
        B.flags[u] = (u8)((inactive ? UID_INACTIVE : 0) | (permit ? UID_PERMIT : 0));
        B.out_active[u] = inactive ? 0 : 1;
        B.out_stake[u] = total.hi; // saturating_to_num::<u64>(): the integer part
        partial = w_add(partial, filtered_stake(B, sub, i));
    }
    W128 sum = block_sum128(b, partial); // inplace_normalize_64 sums with plain (wrapping) +
    for (int i = b.tid; i < sub.n; i += b.nt) {
        W128 x = filtered_stake(B, sub, i);
        B.stake[sub.base + i] = w_is_zero(sum) ? i64f64_to_i32f32_saturating(x) : normalized_stake(x, sum);
    }
    block_sync(b);
}

/**
 * is_topk_nonzero(stake, max_allowed_validators) plus the owner's permit, then the active stake:
 * stake masked by inactivity and by missing permits, normalized.
 *
 * The chain sorts uids by stake (a stable sort); uid i loses its permit when its rank in that
 * order is below n - k. Each thread counts its uid's rank directly: the uids with a smaller
 * stake, plus the equal ones with a smaller index.
 */
YUMA_STEP void permit_step(Block& b, const Buffers& B, const Subnet& sub) {
    int n = sub.n;
    int k = sub.max_validators;
    i64 partial = 0;
    for (int i = b.tid; i < n; i += b.nt) {
        int u = sub.base + i;
        i64 v = B.stake[u];
        bool permit = v != FX_ZERO;
        if (n >= k) {
            int rank = 0;
            for (int j = 0; j < n; j++) {
                i64 w = B.stake[sub.base + j];
                rank += (w < v || (w == v && j < i)) ? 1 : 0;
            }
            if (rank < n - k) permit = false;
        }
        if (i == sub.owner) permit = true;
        B.flags[u] |= permit ? UID_NEW_PERMIT : 0;
        B.out_permit[u] = permit ? 1 : 0;
        bool masked = (B.flags[u] & UID_INACTIVE) != 0 || (B.flags[u] & UID_PERMIT) == 0;
        i64 active = masked ? FX_ZERO : v;
        B.active_stake[u] = active;
        partial = wrap_add(partial, active);
    }
    i64 sum = block_sum(b, partial);
    if (sum != FX_ZERO) {
        for (int i = b.tid; i < n; i += b.nt) {
            B.active_stake[sub.base + i] = safe_div(B.active_stake[sub.base + i], sum);
        }
    }
    block_sync(b);
}

} // namespace yuma
