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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Whole-batch throughput: each batch runs {@code reps} times after one warm-up run into reused
 * results, and the median and best of each part are reported (for the cuda engine: upload,
 * kernel, download from CUDA events, and end to end). The last run's results are checked against
 * the SIMD engine (itself bit-exact with the reference), whose time on this machine's CPU is
 * reported alongside.
 */
final class BenchSection {
    private final String engineName;
    private final List<int[]> sizes;
    private final int reps;

    BenchSection(String engineName, List<int[]> sizes, int reps) {
        this.engineName = engineName;
        this.sizes = sizes;
        this.reps = reps;
    }

    boolean run(Report out) throws Exception {
        out.section("Batch benchmark");
        out.line("Medians (best) over " + reps + " runs after a warm-up, in ms. Transfers are pageable copies.");
        out.line("");
        out.line("| subnets x n | entries | chunks | upload | kernel | download | end to end | subnets/s"
                + " | SIMD engine (CPU) | same bits |");
        out.line("|---|---|---|---|---|---|---|---|---|---|");
        boolean passed = true;
        try (YumaEngine engine = Engines.open(engineName, EngineOptions.defaults())) {
            for (int[] size : sizes) {
                passed &= one(engine, size[0], size[1], out);
                out.flush();
            }
        }
        return passed;
    }

    private boolean one(YumaEngine engine, int subnets, int n, Report out) throws Exception {
        try (SubnetBatch batch = BenchBatch.build(subnets, n); BatchResults results = new BatchResults(batch)) {
            engine.runBatchInto(batch, results); // warm-up
            long[][] parts = new long[4][reps];
            int chunks = 0;
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
                chunks = t.chunks();
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
                    BenchBatch.entries(subnets, n), chunks, stat(parts[0]), stat(parts[1]), stat(parts[2]), stat(parts[3]),
                    subnets / (median(parts[3]) / 1e9), simd, same));
            return same.startsWith("yes") || same.equals("not checked");
        }
    }

    /** One line of timings, for other sections. */
    static String describe(BatchTimings t) {
        return String.format(Locale.ROOT, "%d chunk(s), upload %s ms, kernel %s ms, download %s ms, total %s ms", t.chunks(),
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
