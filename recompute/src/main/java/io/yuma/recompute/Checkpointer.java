package io.yuma.recompute;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Takes checkpoints: syncs the outputs, saves replay's state, then appends the checkpoint to the
 * journal, in that order, so a checkpoint never names bytes or state that are not durable. Old
 * state files are deleted only after a newer checkpoint is in the journal. Between forced
 * checkpoints it waits at least {@code intervalNanos}, so syncing does not slow a fast run.
 */
final class Checkpointer {
    private final Path directory;
    private final Journal journal;
    private final Outputs outputs;
    private final Tally tally;
    private final boolean replay;
    private final long intervalNanos;
    private long seq;
    private long lastNanos = System.nanoTime();

    /**
     * @param replay whether replay state is saved with each checkpoint
     * @param lastSeq the number of the last checkpoint in the journal
     */
    Checkpointer(Path directory, Journal journal, Outputs outputs, Tally tally, boolean replay, long intervalNanos,
            long lastSeq) {
        this.directory = directory;
        this.journal = journal;
        this.outputs = outputs;
        this.tally = tally;
        this.replay = replay;
        this.intervalNanos = intervalNanos;
        this.seq = lastSeq;
    }

    /** Takes a checkpoint if the interval has passed since the last one. */
    void maybe(Histories.Position position, Map<String, Carry.State> state) throws IOException {
        if (System.nanoTime() - lastNanos >= intervalNanos) {
            take(position, state, false);
        }
    }

    /**
     * Takes a checkpoint now.
     *
     * @param done true when every record is written and only committing is left
     */
    void take(Histories.Position position, Map<String, Carry.State> state, boolean done) throws IOException {
        outputs.sync();
        long next = seq + 1;
        if (replay) {
            StateFile.write(directory, next, state);
        }
        journal.append(new Checkpoint(next, position, done, outputs.lengths(), tally.asMap()));
        if (replay) {
            Files.deleteIfExists(StateFile.path(directory, seq));
        }
        seq = next;
        lastNanos = System.nanoTime();
    }

    /** Writes checkpoint 0, the empty start of a new run. */
    void start(Map<String, Carry.State> state) throws IOException {
        outputs.sync();
        if (replay) {
            StateFile.write(directory, 0, state);
        }
        journal.append(new Checkpoint(0, Histories.Position.START, false, outputs.lengths(), tally.asMap()));
        lastNanos = System.nanoTime();
    }
}
