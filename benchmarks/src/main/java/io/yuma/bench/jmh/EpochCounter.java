package io.yuma.bench.jmh;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts subnet epochs, which JMH reports as a rate next to the benchmark's own (batches/s):
 * the epochs/s of a batch benchmark, whatever the batch size.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class EpochCounter {
    /** Created by JMH, once per thread. */
    public EpochCounter() {
    }

    /** Epochs computed in the current iteration; JMH reads this public field as the counter. */
    public long epochs;

    /** Starts each iteration from zero. */
    @Setup(Level.Iteration)
    public void reset() {
        epochs = 0;
    }
}
