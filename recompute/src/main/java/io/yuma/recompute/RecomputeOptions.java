package io.yuma.recompute;

import io.yuma.recompute.InvalidOptionException.Option;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a recompute run does.
 *
 * @param mode replay or audit
 * @param inputs archives, vector files and directories of vector files, read in this order
 * @param output the output directory
 * @param csv whether to write per-uid results as CSV
 * @param jsonl whether to write per-uid results as JSON Lines
 * @param bonds whether result rows carry each uid's bonds row
 * @param overrides hyperparameters set in every epoch
 * @param chunk most records computed in one engine call
 * @param interleave how many vector files are read together, their epochs interleaved
 * @param skipBad true to skip bad records and go on, false to stop at the first
 * @param existing what to do with what an earlier run left in {@code output}
 * @param checkpointInterval least time between checkpoints ({@link Duration#ZERO}: after every chunk)
 */
public record RecomputeOptions(RecomputeMode mode, List<Path> inputs, Path output, boolean csv, boolean jsonl,
        boolean bonds, Overrides overrides, int chunk, int interleave, boolean skipBad, Existing existing,
        Duration checkpointInterval) {
    /** What a run does with what an earlier run left in its output directory. */
    public enum Existing {
        /** Start a new run; refuse ({@link OutputExistsException}) when an earlier run left anything. */
        REFUSE,
        /** Continue the interrupted run in the directory after its last checkpoint ({@link ResumeException} when it cannot). */
        RESUME,
        /** Start a new run, deleting what an earlier run left. */
        REPLACE
    }

    /**
     * Checks the values.
     *
     * @throws NullPointerException naming a missing value
     * @throws InvalidOptionException for no inputs, a chunk or interleave below 1, or a negative checkpoint interval
     */
    public RecomputeOptions {
        Objects.requireNonNull(mode, "mode");
        inputs = List.copyOf(Objects.requireNonNull(inputs, "inputs"));
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(overrides, "overrides");
        Objects.requireNonNull(existing, "existing");
        Objects.requireNonNull(checkpointInterval, "checkpointInterval");
        if (inputs.isEmpty()) {
            throw new InvalidOptionException(Option.INPUTS, "are empty: name at least one archive, vector file or "
                    + "directory", null);
        }
        if (chunk < 1) {
            throw new InvalidOptionException(Option.CHUNK, "must be at least 1, was " + chunk, null);
        }
        if (interleave < 1) {
            throw new InvalidOptionException(Option.INTERLEAVE, "must be at least 1, was " + interleave, null);
        }
        if (checkpointInterval.isNegative()) {
            throw new InvalidOptionException(Option.CHECKPOINT_INTERVAL, "must not be negative", null);
        }
    }

    /**
     * Whether this run continues an interrupted one.
     *
     * @return {@code existing() == Existing.RESUME}
     */
    public boolean resume() {
        return existing == Existing.RESUME;
    }
}
