package io.yuma.bench.jmh;

import io.yuma.api.EpochInput;
import io.yuma.bench.BatchRun;
import io.yuma.bench.BenchInput;
import io.yuma.bench.BenchInput.Ids;
import io.yuma.bench.Replicas;
import io.yuma.batch.BatchResults;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A batch of many 256-uid subnets, copies of one n = 256 input ({@code input}: Yuma3 with liquid
 * alpha, or original Yuma; each measured on its own, not blended, since their epochs differ
 * eightfold in cost), each copy slightly different ({@link Replicas}); the engine runs with
 * {@code threads} workers, the parallelism measured.
 */
@State(Scope.Thread)
public class BatchState {
    /** Created by JMH, which then sets the parameters and calls the setup. */
    public BatchState() {
    }

    /** Engine name; {@link BenchmarkMain} sets the available ones. */
    @Param({"simd"})
    String engine;

    /** The smaller default batch size. */
    static final String SMALLER = "1024";
    /** The larger default batch size. */
    static final String LARGER = "4096";

    /** The input every subnet of the batch copies, a bundled n = 256 input's id. */
    @Param({Ids.N256_YUMA3_LIQUID, Ids.N256_YUMA1})
    String input;

    /** Subnets in the batch. */
    @Param({SMALLER, LARGER})
    int subnets;

    /** The engine's worker threads. */
    @Param({"1", "2"})
    int threads;

    private BatchRun run;

    /** Builds the batch and opens the engine. */
    @Setup(Level.Trial)
    public void open() {
        List<EpochInput> templates = List.of(BenchInput.byId(input).load());
        run = BatchRun.open(engine, threads, Replicas.of(templates, subnets));
    }

    /**
     * The liquid-alpha pairs the reference would compute for a batch of {@code subnets} copies of
     * the costlier input (the engine plan is chosen per batch size, for either input).
     */
    static long liquidPairs(int subnets) {
        return subnets * BenchInput.N256_YUMA3_LIQUID.liquidPairs();
    }

    /**
     * Every subnet's epoch.
     *
     * @return the reused results
     */
    public BatchResults run() {
        return run.run();
    }

    /**
     * Subnets one {@link #run} computes.
     *
     * @return the batch's size
     */
    public int subnets() {
        return run.subnets();
    }

    /** Frees the batch, results and engine. */
    @TearDown(Level.Trial)
    public void close() {
        run.close();
    }
}
