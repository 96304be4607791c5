/**
 * Subnet epochs read from a subtensor node: where the scheduler ran them ({@link io.yuma.chain.epoch.EpochScan}),
 * and each epoch's input and stored output ({@link io.yuma.chain.epoch.EpochReader}), as
 * chain-emulator/CHAIN-STATE.md documents the chain's read set.
 */
package io.yuma.chain.epoch;
