package io.yuma.bench.jmh;

import io.yuma.api.EngineOptions;
import io.yuma.api.Engines;
import io.yuma.api.EpochInput;
import io.yuma.api.SubnetInput;
import io.yuma.api.YumaEngine;
import io.yuma.vector.VectorReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a subnet's mechanisms cost beyond their epochs: the same subnet run as one subnet with
 * mechanisms ({@code shape=subnet}: split, mechanisms, aggregation) and as its mechanisms run as
 * separate subnets ({@code shape=separate}: the same epoch inputs, no split or aggregation), side
 * by side on one worker thread. The subnet is the first epoch of a golden subnet vector, read
 * from {@code vector-format/vectors} below the working directory (run from the repository root)
 * or the directory the system property {@code yuma.vectors} names.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
    "-XX:-TieredCompilation"})
@State(Scope.Thread)
public class MechanismBenchmark {
    /** The golden vectors this benchmark's defaults name: two mechanisms of n = 128, Yuma3 with and without liquid alpha. */
    static final String TWO_MECHANISMS = "subnet-m2-n128-y3-split_exact-rao_random-31009.json.gz";
    static final String TWO_MECHANISMS_LIQUID = "subnet-m2-n128-y3-la-split_null-rao_odd-diff-31010.json.gz";

    /** Engine name. */
    @Param({"simd"})
    String engine;

    /** The golden subnet vector's file name. */
    @Param({TWO_MECHANISMS, TWO_MECHANISMS_LIQUID})
    String vector;

    /** {@code subnet}: runSubnet; {@code separate}: runAll of the mechanisms' own inputs. */
    @Param({"subnet", "separate"})
    String shape;

    private YumaEngine opened;
    private SubnetInput subnet;
    private List<EpochInput> separate;

    /** Made by JMH, once per trial. */
    public MechanismBenchmark() {
    }

    /** Reads the subnet, prepares its mechanisms' inputs and opens the engine. */
    @Setup(Level.Trial)
    public void open() {
        Path directory = Path.of(System.getProperty("yuma.vectors", "vector-format/vectors"));
        try {
            subnet = VectorReader.read(directory.resolve(vector)).subnetEpochs().getFirst().input();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + directory.resolve(vector)
                    + " (run from the repository root or set -Dyuma.vectors=DIR)", e);
        }
        long[] shares = subnet.splitEmission();
        separate = new ArrayList<>();
        for (int m = 0; m < shares.length; m++) {
            separate.add(subnet.mechanismInput(m, shares[m]));
        }
        opened = Engines.open(engine, new EngineOptions(1));
    }

    /**
     * One epoch of the subnet, in the chosen shape.
     *
     * @return the results, so the work is not optimized away
     */
    @Benchmark
    public Object epoch() {
        return shape.equals("subnet") ? opened.runSubnet(subnet) : opened.runAll(separate);
    }

    /** Closes the engine. */
    @TearDown(Level.Trial)
    public void close() {
        opened.close();
    }
}
