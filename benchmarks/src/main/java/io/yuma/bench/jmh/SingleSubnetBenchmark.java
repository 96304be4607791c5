package io.yuma.bench.jmh;

import io.yuma.batch.BatchResults;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Three forks, so that one JVM's unlucky code layout or machine noise shows as spread rather than as
 * the figure. Time per epoch of one subnet, as the chain's native figures in BASELINE.md are: a
 * single-subnet batch through {@code runBatchInto} into reused results, so the engine's input
 * conversion is in and no allocation or storage read is.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 3, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
    "-XX:-TieredCompilation"})
public class SingleSubnetBenchmark {
    /** Created by JMH. */
    public SingleSubnetBenchmark() {
    }

    /**
     * One epoch of the state's subnet.
     *
     * @param state the subnet and its engine
     * @return the results, so that JMH consumes them
     */
    @Benchmark
    public BatchResults epoch(SubnetState state) {
        return state.run();
    }
}
