/**
 * The benchmark inputs ({@link io.yuma.bench.BenchInput}, with the chain's native figures from
 * {@code benchmarks/inputs/BASELINE.md}) and the throughput harness: many subnets on N threads,
 * epochs per second and HdrHistogram latency percentiles ({@link io.yuma.bench.ThroughputHarness},
 * {@link io.yuma.bench.HarnessMain}). The inputs are read from the directory the system property
 * {@code yuma.bench.inputs} names, else from the class path of the shaded JMH jar.
 */
package io.yuma.bench;
