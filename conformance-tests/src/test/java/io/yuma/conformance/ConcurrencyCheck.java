package io.yuma.conformance;

import io.yuma.api.Difference;
import io.yuma.api.EngineOptions;
import io.yuma.api.Engines;
import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.api.YumaEngine;
import io.yuma.vector.Vector;
import io.yuma.vector.VectorEpoch;
import io.yuma.vector.VectorReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Engines under concurrent use, checked against the reference engine run on one thread: one
 * engine instance shared by {@link #THREADS} threads, each running every epoch in its own order,
 * one at a time and in batches; and threads that each open, run and close engines over and over.
 * {@code main} runs the same checks in a child JVM started with the JIT's stress options
 * ({@link SharedEngineConcurrencyTest}). The sizes are system properties, small by default:
 * {@code yuma.concurrency.rounds} (passes of each thread over the epochs, default 2),
 * {@code yuma.concurrency.cycles} (open/run/close cycles per thread, default 3) and
 * {@code yuma.concurrency.epochs} (epochs used, default 60).
 */
final class ConcurrencyCheck {
    static final int THREADS = 8;
    private static final int BATCH = 7;

    private final List<EpochInput> inputs;
    private final List<EpochResult> expected;
    private final int rounds;
    private final int cycles;

    private ConcurrencyCheck(List<EpochInput> inputs, List<EpochResult> expected, int rounds, int cycles) {
        this.inputs = inputs;
        this.expected = expected;
        this.rounds = rounds;
        this.cycles = cycles;
    }

    /** The golden single-mechanism epochs (first {@code yuma.concurrency.epochs}), computed once on one thread. */
    static ConcurrencyCheck fromGoldenVectors() throws IOException {
        int epochs = Integer.getInteger("yuma.concurrency.epochs", 60);
        List<EpochInput> inputs = new ArrayList<>();
        for (Path file : GoldenVectors.bundled()) {
            Vector vector = VectorReader.read(file);
            if (!vector.isSubnet()) {
                vector.epochs().stream().map(VectorEpoch::input).forEach(inputs::add);
            }
        }
        List<EpochInput> used = List.copyOf(inputs.subList(0, Math.min(epochs, inputs.size())));
        List<EpochResult> expected = new ArrayList<>();
        try (YumaEngine reference = Engines.open("reference", EngineOptions.defaults())) {
            for (EpochInput input : used) {
                expected.add(reference.run(input));
            }
        }
        return new ConcurrencyCheck(used, expected, Integer.getInteger("yuma.concurrency.rounds", 2),
                Integer.getInteger("yuma.concurrency.cycles", 3));
    }

    /** How many epochs each check uses. */
    int epochs() {
        return inputs.size();
    }

    /**
     * One instance of {@code engine} shared by every thread, each running every epoch in its own
     * seeded order, alternating single runs and batches.
     *
     * @return every result that differs from the reference's, one line each
     */
    List<String> sharedInstance(String engine) throws Exception {
        ConcurrentLinkedQueue<String> mismatches = new ConcurrentLinkedQueue<>();
        try (YumaEngine shared = Engines.open(engine, EngineOptions.defaults())) {
            onThreads(thread -> {
                for (int round = 0; round < rounds; round++) {
                    List<Integer> order = shuffled(new Random(31L * thread + round));
                    for (int at = 0; at < order.size(); at += BATCH) {
                        List<Integer> indices = order.subList(at, Math.min(at + BATCH, order.size()));
                        if ((at / BATCH + thread) % 2 == 0) {
                            for (int index : indices) {
                                compare(engine + " shared, thread " + thread, index, shared.run(inputs.get(index)), mismatches);
                            }
                        } else {
                            List<EpochResult> results = shared.runAll(indices.stream().map(inputs::get).toList());
                            for (int i = 0; i < indices.size(); i++) {
                                compare(engine + " shared runAll, thread " + thread, indices.get(i), results.get(i),
                                        mismatches);
                            }
                        }
                    }
                }
            });
        }
        return List.copyOf(mismatches);
    }

    /**
     * Every thread opening its own instance of {@code engine}, running its share of the epochs
     * and closing it, {@code cycles} times, all at once.
     *
     * @return every result that differs from the reference's, one line each
     */
    List<String> openRunCloseCycles(String engine) throws Exception {
        ConcurrentLinkedQueue<String> mismatches = new ConcurrentLinkedQueue<>();
        onThreads(thread -> {
            for (int cycle = 0; cycle < cycles; cycle++) {
                try (YumaEngine own = Engines.open(engine, EngineOptions.defaults())) {
                    List<Integer> share = shuffled(new Random(97L * thread + cycle)).subList(0,
                            Math.max(1, inputs.size() / THREADS));
                    List<EpochResult> results = own.runAll(share.stream().map(inputs::get).toList());
                    for (int i = 0; i < share.size(); i++) {
                        compare(engine + " cycle " + cycle + ", thread " + thread, share.get(i), results.get(i),
                                mismatches);
                    }
                }
            }
        });
        return List.copyOf(mismatches);
    }

    private interface PerThread {
        void run(int thread) throws Exception;
    }

    private static void onThreads(PerThread work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                running.add(pool.submit(() -> {
                    work.run(thread);
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get(); // rethrows what a thread threw
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Integer> shuffled(Random random) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        return order;
    }

    private void compare(String where, int index, EpochResult actual, ConcurrentLinkedQueue<String> mismatches) {
        Difference difference = expected.get(index).firstDifference(actual);
        if (difference != null) {
            mismatches.add(where + ", epoch " + index + ": " + difference);
        }
    }

    /**
     * Runs both checks on {@code ENGINE...} (in a JVM started with stress options) and exits 1
     * with the mismatches on stderr, 0 when there are none.
     *
     * @param engines the engines to check
     */
    public static void main(String[] engines) throws Exception {
        ConcurrencyCheck check = fromGoldenVectors();
        List<String> mismatches = new ArrayList<>();
        for (String engine : engines) {
            mismatches.addAll(check.sharedInstance(engine));
            mismatches.addAll(check.openRunCloseCycles(engine));
        }
        mismatches.forEach(System.err::println);
        System.out.println(mismatches.size() + " mismatches over " + check.epochs() + " epochs x " + THREADS
                + " threads on " + String.join(", ", engines));
        System.exit(mismatches.isEmpty() ? 0 : 1);
    }
}
