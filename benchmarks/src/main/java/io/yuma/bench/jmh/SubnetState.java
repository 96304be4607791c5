package io.yuma.bench.jmh;

import io.yuma.bench.BatchRun;
import io.yuma.bench.BenchInput;
import io.yuma.bench.BenchInput.Ids;
import io.yuma.batch.BatchResults;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One subnet, packed once into a single-subnet batch, and the engine that runs it with one
 * worker thread into results reused from call to call. Per thread: a thread's results are its
 * own. {@link BenchmarkMain} sets {@code engine} per input (no reference at n = 4096).
 */
@State(Scope.Thread)
public class SubnetState {
    /** Created by JMH, which then sets the parameters and calls the setup. */
    public SubnetState() {
    }

    /** Engine name. */
    @Param({"reference", "simd"})
    String engine;

    /** A bundled input's id. */
    @Param({Ids.N256_YUMA3_LIQUID, Ids.N256_YUMA1, Ids.N1024_YUMA3_LIQUID, Ids.N4096_YUMA3_LIQUID})
    String input;

    private BatchRun run;

    /** Loads the input and opens the engine. */
    @Setup(Level.Trial)
    public void open() {
        run = BatchRun.open(engine, 1, List.of(BenchInput.byId(input).load()));
    }

    /**
     * One epoch.
     *
     * @return the reused results
     */
    public BatchResults run() {
        return run.run();
    }

    /** Frees the batch, results and engine. */
    @TearDown(Level.Trial)
    public void close() {
        run.close();
    }
}
