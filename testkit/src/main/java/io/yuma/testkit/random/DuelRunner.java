package io.yuma.testkit.random;

import io.yuma.api.Difference;
import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.api.YumaEngine;
import io.yuma.batch.BatchResults;
import io.yuma.batch.SubnetBatch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;

/**
 * Duels a candidate engine against the reference on generated cases: every case goes through the
 * reference once and through each chosen entry point of the candidate, every output field is
 * compared ({@link EpochResult#firstDifference}), and the run stops at the first case that
 * differs or throws, reporting it as a {@link DuelMismatch}.
 *
 * <p>Cases are taken in blocks: the reference and the candidate's {@code run} work on a block's
 * cases in parallel, {@code runAll} and {@code runBatch} take the block as one call. The mismatch
 * reported is always the lowest failing case index, whatever the thread count.
 */
public final class DuelRunner {
    private final YumaEngine reference;
    private final YumaEngine candidate;
    private final Set<EnginePath> paths;
    private final int threads;
    private final int blockSize;

    /**
     * A duel of {@code candidate} against {@code reference}.
     *
     * @param reference the engine held to be right
     * @param candidate the engine under test (thread-safe, as every engine is)
     * @param paths the candidate's entry points to compare (at least one)
     * @param threads threads for the per-case work (at least 1)
     * @param blockSize cases per block and per {@code runAll}/{@code runBatch} call (at least 1)
     * @throws IllegalArgumentException when there is no path, or threads or blockSize is below 1
     */
    public DuelRunner(YumaEngine reference, YumaEngine candidate, Set<EnginePath> paths, int threads, int blockSize) {
        if (paths.isEmpty() || threads < 1 || blockSize < 1) {
            throw new IllegalArgumentException("a duel needs a path, threads >= 1 and blockSize >= 1; got paths="
                    + paths + ", threads=" + threads + ", blockSize=" + blockSize);
        }
        this.reference = reference;
        this.candidate = candidate;
        this.paths = EnumSet.copyOf(paths);
        this.threads = threads;
        this.blockSize = blockSize;
    }

    /**
     * Compares cases {@code firstCase .. firstCase + cases - 1} of {@code generator}.
     *
     * @param generator the cases
     * @param firstCase the first case index
     * @param cases how many cases, at most; the run stops at the first mismatch
     * @param progress told the number of cases compared after each block (for long runs)
     * @return what ran, what it covered, and the first mismatch if there was one
     */
    public DuelResult run(SubnetGenerator generator, long firstCase, long cases, LongConsumer progress) {
        long started = System.nanoTime();
        EnumSet<InputFeature> covered = EnumSet.noneOf(InputFeature.class);
        long done = 0;
        DuelMismatch mismatch = null;
        try (ForkJoinPool pool = new ForkJoinPool(threads)) {
            while (done < cases && mismatch == null) {
                int size = (int) Math.min(blockSize, cases - done);
                long blockStart = firstCase + done;
                List<EpochInput> inputs = inParallel(pool, size, i -> generator.generate(blockStart + i));
                Block block = new Block(generator, blockStart, inputs);
                mismatch = block.compare(pool);
                int compared = mismatch == null ? size : (int) (mismatch.caseIndex() - blockStart + 1);
                for (int i = 0; i < compared; i++) {
                    covered.addAll(InputFeature.of(inputs.get(i)));
                }
                done += compared;
                progress.accept(done);
            }
        }
        return new DuelResult(candidate.name(), generator.seed(), generator.profile(), firstCase, done, paths,
                Duration.ofNanos(System.nanoTime() - started), covered, mismatch);
    }

    /** A result, or what was thrown instead. */
    private record Attempt(EpochResult result, Throwable failure) {
        static Attempt of(Function<EpochInput, EpochResult> engine, EpochInput input) {
            try {
                return new Attempt(engine.apply(input), null);
            } catch (RuntimeException | AssertionError e) {
                return new Attempt(null, e);
            }
        }
    }

    /** One block of consecutive cases. */
    private final class Block {
        private final SubnetGenerator generator;
        private final long start;
        private final List<EpochInput> inputs;

        Block(SubnetGenerator generator, long start, List<EpochInput> inputs) {
            this.generator = generator;
            this.start = start;
            this.inputs = inputs;
        }

        /** The mismatch of the lowest case index in the block, on the first path (in path order) there. */
        DuelMismatch compare(ForkJoinPool pool) {
            List<Attempt> expected = inParallel(pool, inputs.size(), i -> Attempt.of(reference::run, inputs.get(i)));
            List<List<Attempt>> actual = new ArrayList<>();
            for (EnginePath path : paths) {
                actual.add(attempts(pool, path));
            }
            for (int i = 0; i < inputs.size(); i++) {
                if (expected.get(i).failure() != null) {
                    return mismatch(i, EnginePath.RUN, null, expected.get(i).failure(), true);
                }
                int p = 0;
                for (EnginePath path : paths) {
                    Attempt attempt = actual.get(p++).get(i);
                    if (attempt.failure() != null) {
                        return mismatch(i, path, null, attempt.failure(), false);
                    }
                    Difference difference = expected.get(i).result().firstDifference(attempt.result());
                    if (difference != null) {
                        return mismatch(i, path, difference, null, false);
                    }
                }
            }
            return null;
        }

        private List<Attempt> attempts(ForkJoinPool pool, EnginePath path) {
            Function<List<EpochInput>, List<EpochResult>> many = switch (path) {
                case RUN -> null;
                case RUN_ALL -> candidate::runAll;
                case RUN_BATCH -> DuelRunner.this::runBatch;
            };
            if (many == null) {
                return inParallel(pool, inputs.size(), i -> Attempt.of(candidate::run, inputs.get(i)));
            }
            try {
                List<EpochResult> results = many.apply(inputs);
                if (results.size() != inputs.size()) {
                    throw new IllegalStateException(path.method() + " returned " + results.size() + " results for "
                            + inputs.size() + " inputs");
                }
                return results.stream().map(r -> new Attempt(r, null)).toList();
            } catch (RuntimeException | AssertionError e) {
                // Locate the failing case: the same call, one case at a time.
                List<Attempt> alone = inputs.stream().map(in -> Attempt.of(one -> many.apply(List.of(one)).get(0), in))
                        .toList();
                if (alone.stream().allMatch(a -> a.failure() == null)) {
                    // only the block fails: that is a failure too, charged to the block's first case
                    List<Attempt> charged = new ArrayList<>(alone);
                    charged.set(0, new Attempt(null, new IllegalStateException(path.method() + " failed on the block of cases "
                            + start + ".." + (start + inputs.size() - 1) + " but on no case alone: " + e, e)));
                    return charged;
                }
                return alone;
            }
        }

        private DuelMismatch mismatch(int i, EnginePath path, Difference difference, Throwable failure,
                boolean referenceFailed) {
            return new DuelMismatch(candidate.name(), path, generator.seed(), generator.profile().name(), start + i,
                    inputs.get(i).n(), difference, failure, referenceFailed);
        }
    }

    private List<EpochResult> runBatch(List<EpochInput> inputs) {
        try (SubnetBatch batch = SubnetBatch.of(inputs); BatchResults results = candidate.runBatch(batch)) {
            return results.results();
        }
    }

    private static <T> List<T> inParallel(ForkJoinPool pool, int size, IntFunction<T> task) {
        try {
            return pool.submit(() -> IntStream.range(0, size).parallel().mapToObj(task).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during a duel", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("duel task failed: " + e.getCause(), e.getCause());
        }
    }
}
