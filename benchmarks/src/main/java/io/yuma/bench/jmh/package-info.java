/**
 * JMH benchmarks of every engine on the benchmark inputs: one subnet's epoch
 * ({@link io.yuma.bench.jmh.SingleSubnetBenchmark}) and batches of many subnets
 * ({@link io.yuma.bench.jmh.BatchBenchmark}), run through {@link io.yuma.bench.jmh.BenchmarkMain},
 * the shaded jar's entry point, which leaves out engines where one call would take minutes.
 */
package io.yuma.bench.jmh;
