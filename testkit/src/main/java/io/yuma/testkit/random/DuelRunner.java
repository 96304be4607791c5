package io.yuma.testkit.random;

import io.yuma.api.Difference;
import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.api.SubnetInput;
import io.yuma.api.SubnetResult;
import io.yuma.api.YumaEngine;
import io.yuma.batch.BatchResults;
import io.yuma.batch.SubnetBatch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;

/**
 * Duels a candidate engine against the reference on generated cases: every case goes through the
 * reference once and through each chosen entry point of the candidate, every output field is
 * compared ({@link EpochResult#firstDifference}, {@link SubnetResult#firstDifference}), and the
 * run stops at the first case that differs or throws, reporting it as a {@link DuelMismatch}.
 *
 * <p>A run takes single-mechanism epoch cases ({@link SubnetGenerator#generate(long)}) through
 * the epoch paths, then subnets with mechanisms ({@link SubnetGenerator#generateSubnet(long)})
 * through the subnet paths ({@link EnginePath#takesSubnets()}). Cases are taken in blocks: the
 * reference and the candidate's one-case paths work on a block's cases in parallel, the list
 * paths ({@code runAll}, {@code runBatch}, {@code runSubnets}) take the block as one call. The
 * mismatch reported is always the lowest failing case index, whatever the thread count.
 */
public final class DuelRunner {
    /**
     * Subnet cases per epoch case in a run that does not say how many: two to five, which for 500
     * epoch cases gives the 200 subnet cases that cover every {@link SubnetFeature} of the fixed
     * seed, at about a third more time.
     */
    private static final int SUBNET_CASES_PER_FIVE_EPOCH_CASES = 2;

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
     * @param blockSize cases per block and per list call (at least 1)
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
     * How many subnet cases a run of {@code cases} epoch cases adds when not told: two fifths of
     * them, at least one (none for none).
     *
     * @param cases epoch cases, not negative
     * @return the subnet cases {@link #run(SubnetGenerator, long, long, LongConsumer)} adds
     */
    public static long defaultSubnetCases(long cases) {
        return cases <= 0 ? 0 : Math.max(1, cases / 5 * SUBNET_CASES_PER_FIVE_EPOCH_CASES);
    }

    /**
     * Compares epoch cases {@code firstCase .. firstCase + cases - 1} of {@code generator} on the
     * epoch paths and, when a subnet path was chosen, {@link #defaultSubnetCases(long)} subnet cases
     * from {@code firstCase} on the subnet paths.
     *
     * @param generator the cases
     * @param firstCase the first case index
     * @param cases how many epoch cases, at most; the run stops at the first mismatch
     * @param progress told the number of cases (of both kinds) compared after each block
     * @return what ran, what it covered, and the first mismatch if there was one
     * @throws IllegalArgumentException when {@code cases} is positive and no epoch path was chosen
     */
    public DuelResult run(SubnetGenerator generator, long firstCase, long cases, LongConsumer progress) {
        boolean subnets = paths.stream().anyMatch(EnginePath::takesSubnets);
        return run(generator, firstCase, cases, subnets ? defaultSubnetCases(cases) : 0, progress);
    }

    /**
     * Compares epoch cases {@code firstCase .. firstCase + cases - 1} of {@code generator} on the
     * epoch paths, then subnet cases {@code firstCase .. firstCase + subnetCases - 1} on the subnet
     * paths.
     *
     * @param generator the cases
     * @param firstCase the first case index, of both kinds
     * @param cases how many epoch cases, at most; the run stops at the first mismatch
     * @param subnetCases how many subnet cases, at most; none run after an epoch case failed
     * @param progress told the number of cases (of both kinds) compared after each block
     * @return what ran, what it covered, and the first mismatch if there was one
     * @throws IllegalArgumentException when a count is negative, or positive with no path of its kind
     */
    public DuelResult run(SubnetGenerator generator, long firstCase, long cases, long subnetCases,
            LongConsumer progress) {
        Part<EpochInput, EpochResult> epochs = epochPart(generator);
        Part<SubnetInput, SubnetResult> subnets = subnetPart(generator);
        epochs.check(cases);
        subnets.check(subnetCases);
        long started = System.nanoTime();
        EnumSet<InputFeature> covered = EnumSet.noneOf(InputFeature.class);
        EnumSet<SubnetFeature> subnetCovered = EnumSet.noneOf(SubnetFeature.class);
        try (ForkJoinPool pool = new ForkJoinPool(threads)) {
            Outcome epochOutcome = epochs.run(pool, firstCase, cases, in -> covered.addAll(InputFeature.of(in)),
                    progress);
            Outcome subnetOutcome = epochOutcome.mismatch() != null ? new Outcome(0, null)
                    : subnets.run(pool, firstCase, subnetCases, in -> subnetCovered.addAll(SubnetFeature.of(in)),
                            done -> progress.accept(epochOutcome.done() + done));
            DuelMismatch mismatch = epochOutcome.mismatch() != null ? epochOutcome.mismatch() : subnetOutcome.mismatch();
            return new DuelResult(candidate.name(), generator.seed(), generator.profile(), firstCase,
                    epochOutcome.done(), subnetOutcome.done(), paths, Duration.ofNanos(System.nanoTime() - started),
                    covered, subnetCovered, mismatch);
        }
    }

    private Part<EpochInput, EpochResult> epochPart(SubnetGenerator generator) {
        return new Part<>(generator, false, generator::generate, reference::run, EpochResult::firstDifference,
                EpochInput::n, in -> 1, candidate::run,
                Map.of(EnginePath.RUN_ALL, candidate::runAll, EnginePath.RUN_BATCH, this::runBatch));
    }

    private Part<SubnetInput, SubnetResult> subnetPart(SubnetGenerator generator) {
        return new Part<>(generator, true, generator::generateSubnet, reference::runSubnet,
                SubnetResult::firstDifference, SubnetInput::n, SubnetInput::mechanismCount, candidate::runSubnet,
                Map.of(EnginePath.RUN_SUBNETS, candidate::runSubnets));
    }

    /** How far one kind of case got: cases compared, and the mismatch that stopped it. */
    private record Outcome(long done, DuelMismatch mismatch) {
    }

    /** A result, or what was thrown instead. */
    private record Attempt<R>(R result, Throwable failure) {
        static <I, R> Attempt<R> of(Function<I, R> engine, I input) {
            try {
                return new Attempt<>(engine.apply(input), null);
            } catch (RuntimeException | AssertionError e) {
                return new Attempt<>(null, e);
            }
        }
    }

    /**
     * One kind of case (epochs or subnets) and how to duel it: its cases, the reference's answer,
     * the candidate's entry points for it, and how results are compared.
     */
    private final class Part<I, R> {
        private final SubnetGenerator generator;
        private final boolean subnets;
        private final List<EnginePath> kindPaths;
        private final LongFunction<I> generate;
        private final Function<I, R> expected;
        private final BiFunction<R, R, Difference> differ;
        private final ToIntFunction<I> size;
        private final ToIntFunction<I> mechanisms;
        private final Function<I, R> one;
        private final Map<EnginePath, Function<List<I>, List<R>>> lists;

        /**
         * @param subnets whether this is the subnet kind (its paths are those that take subnets)
         * @param one the candidate's one-case entry point of this kind
         * @param lists the candidate's list entry points of this kind, by path
         */
        Part(SubnetGenerator generator, boolean subnets, LongFunction<I> generate, Function<I, R> expected,
                BiFunction<R, R, Difference> differ, ToIntFunction<I> size, ToIntFunction<I> mechanisms,
                Function<I, R> one, Map<EnginePath, Function<List<I>, List<R>>> lists) {
            this.generator = generator;
            this.subnets = subnets;
            this.kindPaths = paths.stream().filter(p -> p.takesSubnets() == subnets).toList();
            this.generate = generate;
            this.expected = expected;
            this.differ = differ;
            this.size = size;
            this.mechanisms = mechanisms;
            this.one = one;
            this.lists = lists;
        }

        void check(long cases) {
            if (cases < 0 || cases > 0 && kindPaths.isEmpty()) {
                throw new IllegalArgumentException((subnets ? "subnet cases" : "cases") + " must be 0, or positive with a "
                        + (subnets ? "subnet" : "single-epoch") + " path among " + paths + "; got " + cases);
            }
        }

        Outcome run(ForkJoinPool pool, long firstCase, long cases, Consumer<I> covered, LongConsumer progress) {
            long done = 0;
            DuelMismatch mismatch = null;
            while (done < cases && mismatch == null) {
                int size = (int) Math.min(blockSize, cases - done);
                long blockStart = firstCase + done;
                List<I> inputs = inParallel(pool, size, i -> generate.apply(blockStart + i));
                mismatch = new Block(blockStart, inputs).compare(pool);
                int compared = mismatch == null ? size : (int) (mismatch.caseIndex() - blockStart + 1);
                inputs.subList(0, compared).forEach(covered);
                done += compared;
                progress.accept(done);
            }
            return new Outcome(done, mismatch);
        }

        /** One block of consecutive cases. */
        private final class Block {
            private final long start;
            private final List<I> inputs;

            Block(long start, List<I> inputs) {
                this.start = start;
                this.inputs = inputs;
            }

            /** The mismatch of the lowest case index in the block, on the first path (in path order) there. */
            DuelMismatch compare(ForkJoinPool pool) {
                List<Attempt<R>> right = inParallel(pool, inputs.size(), i -> Attempt.of(expected, inputs.get(i)));
                List<List<Attempt<R>>> actual = new ArrayList<>();
                for (EnginePath path : kindPaths) {
                    actual.add(attempts(pool, path));
                }
                for (int i = 0; i < inputs.size(); i++) {
                    if (right.get(i).failure() != null) {
                        return mismatch(i, kindPaths.getFirst(), null, right.get(i).failure(), true);
                    }
                    for (int p = 0; p < kindPaths.size(); p++) {
                        Attempt<R> attempt = actual.get(p).get(i);
                        if (attempt.failure() != null) {
                            return mismatch(i, kindPaths.get(p), null, attempt.failure(), false);
                        }
                        Difference difference = differ.apply(right.get(i).result(), attempt.result());
                        if (difference != null) {
                            return mismatch(i, kindPaths.get(p), difference, null, false);
                        }
                    }
                }
                return null;
            }

            private List<Attempt<R>> attempts(ForkJoinPool pool, EnginePath path) {
                Function<List<I>, List<R>> many = lists.get(path);
                if (many == null) {
                    return inParallel(pool, inputs.size(), i -> Attempt.of(one, inputs.get(i)));
                }
                try {
                    List<R> results = many.apply(inputs);
                    if (results.size() != inputs.size()) {
                        throw new IllegalStateException(path.method() + " returned " + results.size() + " results for "
                                + inputs.size() + " inputs");
                    }
                    return results.stream().map(r -> new Attempt<R>(r, null)).toList();
                } catch (RuntimeException | AssertionError e) {
                    // Locate the failing case: the same call, one case at a time.
                    List<Attempt<R>> alone = inputs.stream()
                            .map(in -> Attempt.of((I one) -> many.apply(List.of(one)).get(0), in)).toList();
                    if (alone.stream().allMatch(a -> a.failure() == null)) {
                        // only the block fails: that is a failure too, charged to the block's first case
                        List<Attempt<R>> charged = new ArrayList<>(alone);
                        charged.set(0, new Attempt<>(null, new IllegalStateException(path.method()
                                + " failed on the block of cases " + start + ".." + (start + inputs.size() - 1)
                                + " but on no case alone: " + e, e)));
                        return charged;
                    }
                    return alone;
                }
            }

            private DuelMismatch mismatch(int i, EnginePath path, Difference difference, Throwable failure,
                    boolean referenceFailed) {
                I input = inputs.get(i);
                return new DuelMismatch(candidate.name(), path, generator.seed(), generator.profile().name(), start + i,
                        size.applyAsInt(input), mechanisms.applyAsInt(input), difference, failure, referenceFailed);
            }
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
