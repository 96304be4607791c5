package io.yuma.recompute;

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
 * @param resume true to continue the interrupted run in {@code output}
 * @param force true to replace what {@code output} holds from an earlier run
 * @param checkpointInterval least time between checkpoints ({@link Duration#ZERO}: after every chunk)
 */
public record RecomputeOptions(RecomputeMode mode, List<Path> inputs, Path output, boolean csv, boolean jsonl,
        boolean bonds, Overrides overrides, int chunk, int interleave, boolean skipBad, boolean resume, boolean force,
        Duration checkpointInterval) {
    /** Checks the values. */
    public RecomputeOptions {
        Objects.requireNonNull(mode, "mode");
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(overrides, "overrides");
        Objects.requireNonNull(checkpointInterval, "checkpointInterval");
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no inputs: name at least one archive, vector file or directory");
        }
        if (chunk < 1) {
            throw new IllegalArgumentException("--chunk must be at least 1, was " + chunk);
        }
        if (interleave < 1) {
            throw new IllegalArgumentException("--interleave must be at least 1, was " + interleave);
        }
        if (resume && force) {
            throw new IllegalArgumentException("--resume continues a run and --force starts over: give one of them");
        }
        if (checkpointInterval.isNegative()) {
            throw new IllegalArgumentException("--checkpoint-interval must not be negative");
        }
    }
}
