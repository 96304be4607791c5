package io.yuma.recompute;

import io.yuma.api.YumaEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A recompute run: a reader thread cuts the histories into chunks, this thread computes each
 * chunk with one {@link YumaEngine#runAll} call for its single-mechanism epochs and one
 * {@link YumaEngine#runSubnets} call for its subnet epochs (replay carrying bonds and permits
 * between chunks), and a writer thread writes the outputs and checkpoints. At most three chunks are in
 * memory, one per stage, so memory does not grow with the archive.
 *
 * <p>Outputs are partial files until the run completes; the journal and, for replay, the state
 * files let a resumed run ({@link RecomputeOptions.Existing#RESUME}) continue after the last
 * checkpoint with the same chunks, so the outputs of an interrupted and resumed run are byte for
 * byte those of an uninterrupted one.
 */
public final class Recompute {
    /** Most uids in one chunk: with {@link RecomputeOptions#chunk()}, this bounds a chunk's memory. */
    static final long MAX_CHUNK_UIDS = 1 << 16;

    private final RecomputeOptions options;
    private final YumaEngine engine;
    private final Progress progress;
    private final Path directory;
    private final RunDirectory run;
    private final List<String> names;
    private final List<String> optional;
    private final boolean replay;
    private final Carry carry = new Carry();
    private final ChunkComputer computer;

    private Recompute(RecomputeOptions options, YumaEngine engine, Progress progress) {
        this.options = options;
        this.engine = engine;
        this.progress = progress;
        this.directory = options.output();
        this.run = new RunDirectory(directory);
        this.names = Outputs.names(options.csv(), options.jsonl());
        this.optional = Outputs.optionalNames(options.csv(), options.jsonl());
        this.replay = options.mode() == RecomputeMode.REPLAY;
        this.computer = new ChunkComputer(engine, replay ? carry : null);
    }

    /**
     * Runs a recompute to completion.
     *
     * @param options what to read, what to write and how
     * @param engine the engine that computes the epochs; left open
     * @param progress where progress is reported
     * @return what the run did, also written to {@code summary.json} in the output directory
     * @throws RunStoppedException when a bad record stops the run ({@link RecomputeOptions#skipBad()}
     *     false); the outputs up to it are kept for a resumed run
     * @throws OutputExistsException when an earlier run's outputs are in the way
     *     ({@link RecomputeOptions.Existing#REFUSE})
     * @throws ResumeException when a run asked to resume cannot
     * @throws IOException when an input or output cannot be used
     */
    public static RecomputeSummary run(RecomputeOptions options, YumaEngine engine, Progress progress)
            throws IOException {
        return new Recompute(options, engine, progress).run();
    }

    private RecomputeSummary run() throws IOException {
        long startNanos = System.nanoTime();
        Files.createDirectories(directory);
        try (Histories histories = Histories.open(options.inputs(), options.interleave())) {
            histories.warnings().forEach(progress::warn);
            String fingerprint = fingerprint(histories.describe());
            if (!options.resume()) {
                run.clear(options.existing() == RecomputeOptions.Existing.REPLACE);
            } else if (run.complete()) {
                throw new ResumeException(ResumeException.Kind.RUN_COMPLETE, directory, "nothing to resume: the run in "
                        + directory + " is complete (see " + Outputs.SUMMARY + ")");
            }
            try (Journal journal = options.resume() ? Journal.resume(directory, fingerprint)
                    : Journal.create(directory, fingerprint)) {
                Checkpoint last = journal.last();
                if (last != null && last.done()) {
                    // Killed while moving the outputs into place: only that is left to do.
                    Outputs.finishCommit(directory, names, optional, last.lengths());
                    return complete(journal, Tally.of(last.counts()), 0, last.lengths(), startNanos);
                }
                Tally tally = last == null ? new Tally() : Tally.of(last.counts());
                long epochs;
                Map<String, Long> lengths;
                ResultRows rows = new ResultRows(options.bonds());
                try (Outputs outputs = last == null ? Outputs.create(directory, names, rows)
                        : Outputs.resume(directory, names, optional, last.lengths(), rows)) {
                    Checkpointer checkpointer = new Checkpointer(directory, journal, outputs, tally, replay,
                            options.checkpointInterval().toNanos(), last == null ? 0 : last.seq());
                    if (last == null) {
                        checkpointer.start(carry.snapshot());
                    } else {
                        if (replay) {
                            carry.restore(StateFile.read(directory, last.seq()));
                        }
                        histories.seek(last.position());
                    }
                    HistoryEnds ends = last == null ? new HistoryEnds()
                            : HistoryEnds.upTo(options.inputs(), options.interleave(), last.position());
                    epochs = computeAll(histories, outputs, tally, checkpointer, ends);
                    outputs.commit();
                    lengths = outputs.lengths();
                }
                return complete(journal, tally, epochs, lengths, startNanos);
            }
        }
    }

    /**
     * Computes and writes every chunk; returns the epochs computed. Three stages overlap: a
     * reader thread cuts the next chunk while this thread computes one and the writer thread
     * writes the one before, so at most three chunks are in memory.
     */
    private long computeAll(Histories histories, Outputs outputs, Tally tally, Checkpointer checkpointer,
            HistoryEnds ends) throws IOException {
        ChunkReader reader = new ChunkReader(histories, options.overrides(), replay, options.chunk(), MAX_CHUNK_UIDS,
                options.skipBad(), ends);
        ChunkWriter chunkWriter = new ChunkWriter(outputs, new ResultRows(options.bonds()), tally);
        ExecutorService reading = stage("yuma-recompute-reader");
        ExecutorService writer = stage("yuma-recompute-writer");
        progress.begin(histories.bytesDone());
        Future<Chunk> next = reading.submit(reader::next);
        Future<?> writing = null;
        long epochs = 0;
        try {
            Chunk chunk;
            Map<String, Carry.State> state;
            do {
                chunk = await(next);
                next = chunk.exhausted() || chunk.stop() != null ? null : reading.submit(reader::next);
                List<Chunk.Entry> computed = computer.compute(chunk.entries());
                epochs += computed.stream()
                        .filter(e -> e instanceof Chunk.Computed || e instanceof Chunk.ComputedSubnet).count();
                state = replay ? carry.snapshot() : Map.of();
                await(writing);
                Chunk written = chunk;
                Map<String, Carry.State> stateAfter = state;
                writing = writer.submit(() -> {
                    chunkWriter.write(computed);
                    if (written.stop() != null) {
                        checkpointer.take(written.end(), stateAfter, false);
                    } else if (!written.exhausted()) {
                        checkpointer.maybe(written.end(), stateAfter);
                    }
                    return null;
                });
                progress.update(reader.bytesDone(), histories.bytesTotal(), epochs);
            } while (!chunk.exhausted() && chunk.stop() == null);
            await(writing);
            writing = null;
            if (chunk.stop() != null) {
                throw new RunStoppedException(chunk.stop(), directory);
            }
            checkpointer.take(chunk.end(), state, true);
            return epochs;
        } finally {
            // The files and the inputs must be quiet before they are closed.
            awaitQuietly(writing);
            awaitQuietly(next);
            writer.shutdown();
            reading.shutdown();
            progress.finish();
        }
    }

    private static ExecutorService stage(String name) {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Writes the summary, then removes the journal and state files: the run is complete.
     *
     * @param lengths the outputs' lengths, by name: which optional outputs the run wrote
     */
    private RecomputeSummary complete(Journal journal, Tally tally, long epochs, Map<String, Long> lengths,
            long startNanos) throws IOException {
        List<String> outputs = new ArrayList<>(Outputs.written(names, optional, lengths));
        outputs.add(Outputs.SUMMARY);
        RecomputeSummary summary = new RecomputeSummary(options.mode(), engine.name(),
                options.inputs().stream().map(Path::toString).toList(), options.overrides(), tally.asMap(), directory,
                outputs, run.skippedRecords(), epochs, (System.nanoTime() - startNanos) / 1e9);
        run.writeSummary(summary);
        journal.delete();
        run.deleteStateFiles();
        return summary;
    }

    /**
     * Names the run: what it reads and the options that shape its outputs. A resume must match
     * it. The engine and chunk size are left out: every engine gives the same bits, and chunks
     * do not change the outputs.
     */
    private String fingerprint(List<String> inputs) {
        List<String> lines = new ArrayList<>(List.of("mode=" + options.mode().label(),
                "interleave=" + options.interleave(), "csv=" + options.csv(), "jsonl=" + options.jsonl(),
                "bonds=" + options.bonds(), "overrides=" + options.overrides()));
        lines.addAll(inputs);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The stage's result (null for none), with its failure rethrown as it was thrown. */
    private static <T> T await(Future<T> stage) throws IOException {
        if (stage == null) {
            return null;
        }
        try {
            return stage.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the reader or the writer", e);
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case IOException io -> throw io;
                case UncheckedIOException io -> throw io.getCause();
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                default -> throw new IOException(e.getCause());
            }
        }
    }

    private static void awaitQuietly(Future<?> stage) {
        if (stage == null) {
            return;
        }
        try {
            stage.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // The run already fails with the error that got here first.
        }
    }
}
