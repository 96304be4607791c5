package io.yuma.recompute;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A run that met a bad record while told to stop at one ({@link RecomputeOptions#skipBad()}
 * false): every record before it was computed, written and checkpointed in the output directory,
 * so resuming the run with bad records skipped continues past it.
 */
public final class RunStoppedException extends RecomputeException {
    private static final long serialVersionUID = 1L;

    private final transient Path output;

    /**
     * Creates the error.
     *
     * @param record the bad record that stopped the run
     * @param output the output directory that keeps the work done before it
     */
    public RunStoppedException(BadRecordException record, Path output) {
        super(Objects.requireNonNull(record, "record").getMessage() + "; the run stopped there",
                "what came before it is kept in " + Objects.requireNonNull(output, "output")
                        + ", and resuming the run with bad records skipped continues past it", record);
        this.output = output;
    }

    /**
     * The bad record that stopped the run.
     *
     * @return the record's error, also this exception's cause
     */
    public BadRecordException record() {
        return (BadRecordException) getCause();
    }

    /**
     * The output directory that keeps the work done before the bad record.
     *
     * @return the run's output directory
     */
    public Path output() {
        return output;
    }
}
