package io.yuma.api;

import io.yuma.batch.BatchResults;
import io.yuma.batch.SubnetBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An engine that computes the Yuma Consensus epoch exactly as the subtensor chain does.
 *
 * <p>Engines are thread-safe: one instance may serve many threads at once. Whatever an engine
 * holds (worker threads, arenas, device memory) is released by {@link #close()}; a closed engine
 * refuses work with an {@link IllegalStateException} naming it.
 */
public interface YumaEngine extends AutoCloseable {

    /** {@return the engine's name, as {@link Engines#open} takes it} */
    String name();

    /**
     * Computes one subnet's epoch.
     *
     * @param input a validated input
     * @return the result, without a trace
     * @throws NullPointerException when {@code input} is null
     * @throws IllegalStateException when the engine is closed
     */
    EpochResult run(EpochInput input);

    /**
     * Says whether {@link #runTraced} works. Only the reference engine must trace; callers that
     * want a trace from another engine ask this first and fall back on the reference.
     *
     * @return true when this engine records traces
     */
    default boolean supportsTrace() {
        return false;
    }

    /**
     * Computes one subnet's epoch and records the trace of FORMAT.md's intermediates. Call it only
     * when {@link #supportsTrace()} says so.
     *
     * @param input a validated input
     * @return the result, with its trace
     * @throws NullPointerException when {@code input} is null
     * @throws IllegalStateException when the engine is closed
     * @throws UnsupportedOperationException when this engine cannot trace ({@link #supportsTrace()}
     *     is false)
     */
    default EpochResult runTraced(EpochInput input) {
        throw new UnsupportedOperationException("engine " + name() + " does not record traces; use the reference engine");
    }

    /**
     * Computes many independent epochs. The default runs them one after another; engines that
     * parallelize across subnets override it.
     *
     * @param inputs validated inputs
     * @return one result per input, in input order
     * @throws NullPointerException when {@code inputs} or one of them is null
     * @throws IllegalStateException when the engine is closed
     */
    default List<EpochResult> runAll(List<EpochInput> inputs) {
        Objects.requireNonNull(inputs, "inputs");
        List<EpochResult> results = new ArrayList<>(inputs.size());
        for (EpochInput input : inputs) {
            results.add(run(input));
        }
        return results;
    }

    /**
     * Computes one subnet's epoch with all its mechanisms, as the chain's
     * {@code epoch_with_mechanisms} does.
     *
     * @param input the subnet's mechanisms and emission split
     * @return the split emission, every mechanism's result and the aggregated terms
     */
    default SubnetResult runSubnet(SubnetInput input) {
        return runSubnets(List.of(input)).getFirst();
    }

    /**
     * Computes many independent subnets with all their mechanisms. The default splits the
     * emissions, computes every mechanism of every subnet through {@link #runAll} in one call,
     * then aggregates ({@link SubnetAggregation}).
     *
     * @param inputs the subnets
     * @return one result per subnet, in input order
     */
    default List<SubnetResult> runSubnets(List<SubnetInput> inputs) {
        return SubnetAggregation.run(inputs, this::runAll);
    }

    /**
     * Computes every subnet of an off-heap batch into fresh results.
     *
     * @param batch the subnets, open
     * @return results the caller owns and must close
     * @throws NullPointerException when {@code batch} is null
     * @throws IllegalStateException when the engine or the batch is closed
     */
    default BatchResults runBatch(SubnetBatch batch) {
        BatchResults results = new BatchResults(batch);
        try {
            runBatchInto(batch, results);
        } catch (RuntimeException e) {
            results.close();
            throw e;
        }
        return results;
    }

    /**
     * Computes every subnet of an off-heap batch into {@code results}, which may be reused from
     * an earlier call on the same batch (steady-state callers allocate nothing). The default
     * reads each subnet onto the heap and runs it; engines that work on the layout override it,
     * and check their arguments with {@link BatchResults#checkUsableFor} as the default does.
     *
     * @param batch the subnets, open
     * @param results results allocated for this very batch ({@code new BatchResults(batch)}), open
     * @throws NullPointerException when an argument is null
     * @throws IllegalArgumentException when {@code results} belong to another batch
     * @throws IllegalStateException when the engine, the batch or the results are closed
     */
    default void runBatchInto(SubnetBatch batch, BatchResults results) {
        Objects.requireNonNull(results, "results").checkUsableFor(batch);
        for (int s = 0; s < batch.subnets(); s++) {
            results.put(s, run(batch.input(s)));
        }
    }

    /** Releases the engine's resources; the default holds none. */
    @Override
    default void close() {
    }
}
