/**
 * The CUDA engine ({@code cuda}): the chain's epoch as CUDA kernels over the off-heap batch
 * layout, compiled to PTX and launched through JCuda's driver API, a whole batch of subnets per
 * launch. Bit-identical to the reference engine.
 *
 * <p>Found through {@link io.yuma.api.Engines} by name; without a GPU its provider reports itself
 * unavailable with the reason and never throws. The public surface is small:
 * {@link io.yuma.cuda.CudaEngine} (with {@link io.yuma.cuda.CudaEngine#describe()} and
 * {@link io.yuma.cuda.CudaEngine#lastTimings()}), {@link io.yuma.cuda.BatchTimings} and
 * {@link io.yuma.cuda.CudaException}. Everything else (the arena layout, the launch planning, the
 * device) is package-private. The CPU emulator of the kernels is test code, not part of this
 * package's jar: see the module's README.
 */
package io.yuma.cuda;
