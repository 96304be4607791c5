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
 * Throughput over batches of thousands of subnets: JMH's own score is batches/s, the
 * {@code epochs} line under it ({@link EpochCounter}) is epochs/s.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 3, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
    "-XX:-TieredCompilation"})
public class BatchBenchmark {
    /** Created by JMH. */
    public BatchBenchmark() {
    }

    /**
     * Every subnet of the batch, once.
     *
     * @param state the batch and its engine
     * @param counter counts the epochs, for the epochs/s line
     * @return the results, so that JMH consumes them
     */
    @Benchmark
    public BatchResults epochs(BatchState state, EpochCounter counter) {
        counter.epochs += state.subnets();
        return state.run();
    }
}
