package io.yuma.cuda.device;

import io.yuma.api.Availability;
import io.yuma.api.Difference;
import io.yuma.api.EngineOptions;
import io.yuma.api.Engines;
import io.yuma.api.YumaEngine;
import io.yuma.batch.BatchResults;
import io.yuma.batch.SubnetBatch;
import io.yuma.cuda.BatchTimings;
import io.yuma.cuda.CudaEngine;
import io.yuma.testkit.random.Profile;
import io.yuma.testkit.random.SubnetGenerator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Whole-batch throughput on batches of busy live-shaped subnets ({@link SubnetGenerator#busy}):
 * each batch runs {@code reps} times after one warm-up run into reused results, and the median and best of each part are reported (for the cuda engine: upload,
 * kernel, download from CUDA events, and end to end). The last run's results are checked against
 * the SIMD engine (itself bit-exact with the reference), whose time on this machine's CPU is
 * reported alongside.
 */
final class BenchSection {
    /** The batches' seed: a batch is a function of its size alone, the same on every run. */
    private static final long SEED = 1_000_003L;

    private final EngineUnderTest engineUnderTest;
    private final List<int[]> sizes;
    private final int reps;

    /**
     * A benchmark of {@code sizes} on one engine.
     *
     * @param engineUnderTest the engine to time
     * @param sizes the batches, each {subnets, n}
     * @param reps timed runs per batch, after one warm-up
     */
    BenchSection(EngineUnderTest engineUnderTest, List<int[]> sizes, int reps) {
        this.engineUnderTest = engineUnderTest;
        this.sizes = sizes;
        this.reps = reps;
    }

    /**
     * Runs the section into {@code out}.
     *
     * @param out the report
     * @return whether every batch's results agreed with the SIMD engine's (or could not be checked)
     * @throws Exception when the engine fails
     */
    boolean run(Report out) throws Exception {
        out.section("Batch benchmark");
        out.line("Medians (best) over " + reps + " runs after a warm-up, in ms. Transfers are pageable copies.");
        out.line("");
        out.line("| subnets x n | entries | launches | upload | kernel | download | end to end | subnets/s"
                + " | SIMD engine (CPU) | same bits |");
        out.line("|---|---|---|---|---|---|---|---|---|---|");
        boolean passed = true;
        try (YumaEngine engine = engineUnderTest.open()) {
            for (int[] size : sizes) {
                passed &= one(engine, size[0], size[1], out);
                out.flush();
            }
        }
        return passed;
    }

    private boolean one(YumaEngine engine, int subnets, int n, Report out) throws Exception {
        try (SubnetBatch batch = busyBatch(subnets, n); BatchResults results = new BatchResults(batch)) {
            long entries = batch.weights().start(batch.totalUids()) + batch.bonds().start(batch.totalUids());
            engine.runBatchInto(batch, results); // warm-up
            long[][] parts = new long[4][reps];
            int launches = 0;
            for (int r = 0; r < reps; r++) {
                long started = System.nanoTime();
                engine.runBatchInto(batch, results);
                long total = System.nanoTime() - started;
                BatchTimings t = engine instanceof CudaEngine cuda ? cuda.lastTimings()
                        : new BatchTimings(1, 0, 0, 0, total);
                parts[0][r] = t.uploadNanos();
                parts[1][r] = t.kernelNanos();
                parts[2][r] = t.downloadNanos();
                parts[3][r] = total;
                launches = t.launches();
            }
            String simd = "unavailable";
            String same = "not checked";
            Availability simdAvailable = Engines.provider("simd").availability();
            if (simdAvailable.available()) {
                try (YumaEngine cpu = Engines.open("simd", EngineOptions.defaults())) {
                    long started = System.nanoTime();
                    try (BatchResults expected = cpu.runBatch(batch)) {
                        simd = ms(System.nanoTime() - started);
                        int differing = 0;
                        Difference first = null;
                        for (int s = 0; s < subnets; s++) {
                            Difference d = expected.result(s).firstDifference(results.result(s));
                            if (d != null) {
                                first = first == null ? d : first;
                                differing++;
                            }
                        }
                        same = differing == 0 ? "yes, all " + subnets
                                : "NO: " + differing + " subnets differ, first " + first;
                    }
                }
            }
            out.line(String.format(Locale.ROOT, "| %d x %d | %d | %d | %s | %s | %s | %s | %.0f | %s | %s |", subnets, n,
                    entries, launches, stat(parts[0]), stat(parts[1]), stat(parts[2]), stat(parts[3]),
                    subnets / (median(parts[3]) / 1e9), simd, same));
            return same.startsWith("yes") || same.equals("not checked");
        }
    }

    /** {@code subnets} busy subnets of {@code n} uids, built straight into the off-heap batch. */
    private static SubnetBatch busyBatch(int subnets, int n) {
        SubnetGenerator generator = new SubnetGenerator(SEED, Profile.HUGE);
        try (SubnetBatch.Builder builder = SubnetBatch.builder(subnets, n)) {
            for (int s = 0; s < subnets; s++) {
                builder.add(generator.busy(s, n));
            }
            return builder.build();
        }
    }

    /**
     * One line of timings, for other sections.
     *
     * @param t the cuda engine's timings of its last batch
     * @return launches and milliseconds per part
     */
    static String describe(BatchTimings t) {
        return String.format(Locale.ROOT, "%d launch(es), upload %s ms, kernel %s ms, download %s ms, total %s ms",
                t.launches(),
                ms(t.uploadNanos()), ms(t.kernelNanos()), ms(t.downloadNanos()), ms(t.totalNanos()));
    }

    private static String stat(long[] nanos) {
        return ms(median(nanos)) + " (" + ms(Arrays.stream(nanos).min().orElse(0)) + ")";
    }

    private static long median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e6);
    }
}
