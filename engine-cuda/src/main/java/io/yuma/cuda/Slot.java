package io.yuma.cuda;

/**
 * The buffers of the device arena, in the order of the kernel's {@code YUMA_SLOTS} list
 * ({@code kernels/yuma_args.cuh}; a test holds the two lists equal). {@code IN_*} slots are
 * copied from the {@link io.yuma.batch.SubnetBatch}, {@code OUT_*} slots back into the
 * {@link io.yuma.batch.BatchResults}, {@code WORK_*} slots stay on the device.
 */
enum Slot {
    IN_RECORDS, IN_ALPHA_STAKE, IN_TAO_STAKE, IN_LAST_UPDATE, IN_BLOCK_AT_REGISTRATION,
    IN_COMMIT_BLOCK, IN_VALIDATOR_PERMIT, IN_WEIGHT_ROW_START, IN_WEIGHT_COLUMN, IN_WEIGHT_VALUE,
    IN_BOND_ROW_START, IN_BOND_COLUMN, IN_BOND_VALUE,
    OUT_ACTIVE, OUT_NEW_VALIDATOR_PERMIT, OUT_STAKE, OUT_SERVER_EMISSION, OUT_VALIDATOR_EMISSION,
    OUT_EMISSION, OUT_STAKE_WEIGHT, OUT_CONSENSUS, OUT_VALIDATOR_TRUST, OUT_INCENTIVE,
    OUT_DIVIDEND, OUT_BONDS, OUT_STATUS,
    WORK_STAKE_HI, WORK_STAKE_LO, WORK_STAKE, WORK_ACTIVE_STAKE, WORK_CONSENSUS,
    WORK_VALIDATOR_TRUST, WORK_INCENTIVE, WORK_DIVIDENDS, WORK_USE_STAKE, WORK_COL_SUM,
    WORK_COL_SUM_HI, WORK_STAKED_ROWS, WORK_W_LEN, WORK_F_LEN, WORK_B_LEN, WORK_E_LEN,
    WORK_COL_CURSOR, WORK_FLAGS, WORK_COL_START, WORK_SCAN, WORK_ROWS,
    WORK_W_COL, WORK_W_VAL, WORK_C_VAL, WORK_F_COL, WORK_F_VAL, WORK_D_VAL, WORK_T_KEY,
    WORK_B_COL, WORK_B_VAL, WORK_E_COL, WORK_E_VAL, WORK_N_VAL, WORK_DENSE;

    /** Copied host to device before the launch. */
    boolean input() {
        return name().startsWith("IN_");
    }

    /** Copied device to host after the launch. */
    boolean output() {
        return name().startsWith("OUT_");
    }
}
