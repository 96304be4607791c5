// yuma_emission.cuh: "Emission and Pruning scores" and "Populate epoch output": the result
// columns (BatchResults' layout) and the subnet's bonds block.
#pragma once
#include "yuma_block.cuh"
#include "yuma_subnet.cuh"

namespace yuma {

/** Emissions and the u16 outputs, one thread per uid. */
YUMA_STEP void emission_step(Block& b, const Buffers& B, const Subnet& sub) {
    int n = sub.n;
    i64 partial_emission = 0;
    i64 partial_active = 0;
    for (int i = b.tid; i < n; i += b.nt) {
        int u = sub.base + i;
        partial_emission = wrap_add(partial_emission, sat_add(B.incentive[u], B.dividends[u]));
        partial_active = wrap_add(partial_active, B.active_stake[u]);
    }
    i64 emission_sum = block_sum(b, partial_emission); // also the sum inplace_normalize(combined) takes
    i64 active_sum = block_sum(b, partial_active);
    for (int i = b.tid; i < n; i += b.nt) {
        int u = sub.base + i;
        i64 incentive = B.incentive[u];
        i64 dividend = B.dividends[u];
        i64 combined = sat_add(incentive, dividend);
        i64 server = incentive;
        i64 validator = dividend;
        if (emission_sum != FX_ZERO) {
            server = safe_div(server, emission_sum);
            validator = safe_div(validator, emission_sum);
            combined = safe_div(combined, emission_sum);
        } else { // no emission at all: validators by stake
            i64 fallback = active_sum == FX_ZERO ? B.stake[u] : B.active_stake[u];
            validator = fallback;
            combined = fallback;
        }
        B.out_server[u] = mul_to_u64(server, sub.rao_emission);
        B.out_validator[u] = mul_to_u64(validator, sub.rao_emission);
        B.out_emission[u] = mul_to_u64(combined, sub.rao_emission);
        B.out_stake_weight[u] = (u16)proportion_to_u16(B.stake[u]);
        B.out_consensus[u] = (u16)proportion_to_u16(B.consensus[u]);
        B.out_vtrust[u] = (u16)proportion_to_u16(B.vtrust[u]);
        B.out_incentive[u] = (u16)proportion_to_u16(incentive);
        B.out_dividend[u] = (u16)proportion_to_u16(dividend);
    }
    block_sync(b);
}

/** Byte offset of the subnet's bonds block in OUT_BONDS: room for n + 1 row starts and every EMA entry. */
YUMA_HD u64 bonds_block_offset(const Buffers& B, const Subnet& sub) {
    return 4ULL * (u64)(sub.base + sub.s) + 4ULL * (u64)e_row(B, sub, 0);
}

/**
 * The Bonds rows written back: the EMA rows of uids holding a new permit, quantized to u16,
 * as BatchResults stores a block: i32 rowStart[n + 1] | u16 column[e] | u16 value[e].
 */
YUMA_STEP void bonds_output_step(Block& b, const Buffers& B, const Subnet& sub) {
    int n = sub.n;
    u8* block = B.out_bonds + bonds_block_offset(B, sub);
    i32* row_start = (i32*)block;
    i32* counts = B.scan + sub.col_base;
    for (int i = b.tid; i < n; i += b.nt) {
        counts[i] = has(B, sub, i, UID_NEW_PERMIT) ? B.e_len[sub.base + i] : 0;
    }
    block_sync(b);
    int entries = block_exclusive_scan(b, counts, row_start, n);
    u16* columns = (u16*)(block + 4ULL * (n + 1));
    u16* values = columns + entries;
    for (int i = b.tid; i < n; i += b.nt) {
        if (!has(B, sub, i, UID_NEW_PERMIT)) continue;
        i64 e0 = e_row(B, sub, i);
        int at = row_start[i];
        for (int p = 0; p < B.e_len[sub.base + i]; p++) {
            columns[at + p] = B.e_col[e0 + p];
            values[at + p] = (u16)proportion_to_u16(B.e_val[e0 + p]);
        }
    }
    block_sync(b);
}

} // namespace yuma
