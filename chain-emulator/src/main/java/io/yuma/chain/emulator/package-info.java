/**
 * A loopback subtensor node for tests: {@link io.yuma.chain.emulator.ChainEmulator} lays golden
 * vectors out in the chain's storage (CHAIN-STATE.md) and serves them over JSON-RPC 2.0 on HTTP,
 * with the runtime metadata V14 that describes every item it serves, and faults on request
 * ({@link io.yuma.chain.emulator.Faults}).
 */
package io.yuma.chain.emulator;
