/**
 * The {@code simd} engine: the epoch of {@code io.yuma.reference}, step for step and bit for bit,
 * over the off-heap batch layout ({@link io.yuma.batch.layout.BatchLayout}), with the hot
 * arithmetic on {@code jdk.incubator.vector} lanes and the subnets of a batch spread over worker
 * threads. {@link io.yuma.simd.SimdEngine} is the engine and {@link io.yuma.simd.SimdEngineProvider}
 * its service; everything else is package-private.
 *
 * <p>{@code SubnetKernel} runs one subnet's epoch as the chain's list of steps, each step a call
 * into a class with one job: {@code InputLoader} (inputs and their masks), {@code VectorSteps}
 * (per-uid vectors), {@code MedianKernel} and {@code BucketMedians} (consensus),
 * {@code ClipTrustRanks} (clip, validator trust, ranks), {@code SparseMath}, {@code ScaledRows}
 * and {@code RowDotProducts} (the chain's other sparse operations), {@code FixedAlphaEma} and
 * {@code LiquidAlphaEma} (the bonds EMAs), {@code ResultWriter} (outputs), all over one
 * {@code Workspace} per thread. The lane classes ({@code Lanes}, {@code ColumnDivision},
 * {@code ExpLanes}, {@code SigmoidLanes}, {@code StakeMath}) give the chain's exact integer answers; engine-cpu-simd/README.md says why
 * each one is exact and why the code is shaped as it is for the JIT.
 */
package io.yuma.simd;
