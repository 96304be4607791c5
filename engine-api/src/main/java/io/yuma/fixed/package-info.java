/**
 * The chain's fixed-point number types as static operations on raw bits, bit for bit as
 * substrate-fixed v0.6.0 computes them: {@link io.yuma.fixed.I32F32} (64-bit raw bits in a
 * {@code long}), {@link io.yuma.fixed.I64F64}, {@link io.yuma.fixed.I96F32} and
 * {@link io.yuma.fixed.U96F32} (128-bit raw bits in an {@link io.yuma.fixed.Int128}), with exact
 * 128-bit helpers ({@link io.yuma.fixed.UInt128Math}) and Rust's u64 saturating arithmetic
 * ({@link io.yuma.fixed.U64}). Each operation is named after the Rust method it reproduces.
 */
package io.yuma.fixed;
