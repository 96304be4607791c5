package io.yuma.cli;

import io.yuma.bench.HarnessReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The table {@code yuma bench} prints: a row per engine and input, with the time per epoch
 * and how it compares with the reference engine (when it ran on that input) and the chain.
 */
final class BenchTable {
    private static final String REFERENCE = "reference";
    private static final String ROW = "%-30s %-10s %8s %10s %11s %10s %10s %9s %9s%n";

    private final PrintWriter out;

    BenchTable(PrintWriter out) {
        this.out = out;
    }

    void header() {
        out.printf(ROW, "input", "engine", "epochs", "epochs/s", "per epoch", "p50 us", "p99 us", "vs ref", "vs chain");
    }

    /** The rows of one input, every engine measured on it. */
    void rows(String input, OptionalLong chainNanos, List<HarnessReport> reports) {
        OptionalDouble reference = reports.stream().filter(r -> r.engine().equals(REFERENCE))
                .mapToDouble(HarnessReport::meanEpochNanos).findFirst();
        for (HarnessReport report : reports) {
            double nanos = report.meanEpochNanos();
            out.printf(ROW, input, report.engine(), String.format("%,d", report.epochs()),
                    String.format("%,.1f", report.epochsPerSecond()), time(nanos),
                    String.format("%,.0f", report.percentileMicros(50)), String.format("%,.0f", report.percentileMicros(99)),
                    reference.isPresent() ? ratio(reference.getAsDouble(), nanos) : "-",
                    chainNanos.isPresent() ? ratio(chainNanos.getAsLong(), nanos) : "-");
        }
    }

    void legend() {
        out.println("# per epoch: mean time of one epoch on one thread; vs ref, vs chain: the reference engine's and "
                + "the chain's native time per epoch over this engine's (2.00x: twice as fast). Chain figures: "
                + "benchmarks/inputs/BASELINE.md (one thread, 2 cores of an AMD EPYC).");
    }

    private static String time(double nanos) {
        if (nanos >= 1e9) {
            return String.format("%.2f s", nanos / 1e9);
        }
        return nanos >= 1e6 ? String.format("%.2f ms", nanos / 1e6) : String.format("%.1f us", nanos / 1e3);
    }

    private static String ratio(double theirs, double ours) {
        return String.format("%.2fx", theirs / ours);
    }
}
