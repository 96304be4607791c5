// yuma_epoch.cuh: epoch_mechanism for one subnet by one block of threads, in the chain's order
// of steps, and the grid-stride loop that gives each block its subnets.
#pragma once
#include "yuma_dividends.cuh"
#include "yuma_emission.cuh"
#include "yuma_median.cuh"
#include "yuma_rows.cuh"
#include "yuma_stake.cuh"

namespace yuma {

/** Every thread of the block calls this with the same subnet; `slot` is the block's dense scratch. */
YUMA_STEP void epoch_subnet(Block& b, const Buffers& B, int s, int slot) {
    Subnet sub = load_subnet(B, s, slot);
    if (sub.n > B.max_n || sub.n < 0) { // the dense scratch rows would be too short: the caller sized them wrong
        if (b.tid == 0) B.out_status[s] = STATUS_N_ABOVE_MAX;
        block_sync(b);
        return;
    }
    sub.busy = busy_rows_step(b, B, sub);
    // == Active & updated == / == Stake == / == Validator permits == / == Active Stake ==
    stake_step(b, B, sub);
    permit_step(b, B, sub);
    // == Weights ==
    weights_step(b, B, sub);
    // == Consensus, Validator Trust ==
    transpose_weights(b, B, sub);
    median_step(b, B, sub);
    clip_step(b, B, sub);
    // == Ranks, Trust, Incentive ==
    incentive_step(b, B, sub);
    // == Bonds and Dividends ==
    Rows weights_for_bonds = weights_for_bonds_step(b, B, sub);
    bonds_step(b, B, sub);
    if ((sub.flags & REC_FLAG_YUMA3) != 0) {
        dividends_yuma3(b, B, sub, weights_for_bonds);
    } else {
        dividends_yuma2(b, B, sub, weights_for_bonds);
    }
    // == Emission and Pruning scores == / == Populate epoch output ==
    emission_step(b, B, sub);
    bonds_output_step(b, B, sub);
    if (b.tid == 0) B.out_status[s] = STATUS_OK;
    block_sync(b);
}

/** Block `block_index` of `blocks` takes subnets block_index, block_index + blocks, ... */
YUMA_STEP void epoch_blocks(Block& b, const Buffers& B, int block_index, int blocks) {
    for (int s = block_index; s < B.subnets; s += blocks) epoch_subnet(b, B, s, block_index);
}

/** Whether the argument table is one this code understands and was launched as it says. */
YUMA_HD bool args_valid(const u64* args, int blocks, int threads) {
    return args[ARG_MAGIC] == ARGS_MAGIC && args[ARG_VERSION] == ARGS_VERSION && args[ARG_SLOT_COUNT] == SLOT_COUNT
        && args[ARG_BLOCKS] == (u64)blocks && args[ARG_THREADS] == (u64)threads && threads <= MAX_THREADS;
}

} // namespace yuma
