package io.yuma.cuda.device;

import io.yuma.api.Difference;
import io.yuma.api.EpochResult;
import io.yuma.api.SubnetResult;
import io.yuma.api.YumaEngine;
import io.yuma.cuda.CudaEngine;
import io.yuma.testkit.ConformanceReport;
import io.yuma.testkit.ConformanceRunner;
import io.yuma.testkit.Mismatch;
import io.yuma.vector.SubnetEpoch;
import io.yuma.vector.Vector;
import io.yuma.vector.VectorEpoch;
import io.yuma.vector.VectorFiles;
import io.yuma.vector.VectorReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * The golden vectors, twice: one epoch per call through the conformance runner (as {@code yuma
 * conform} does: {@code run}, or {@code runSubnet} for subnets with mechanisms), then every
 * single-mechanism epoch of every vector in a single batch (one launch of subnets of all sizes
 * side by side) and every subnet epoch in a single {@code runSubnets} call (all their mechanisms
 * in one launch, then the aggregation).
 */
final class GoldenSection {
    private final EngineUnderTest engineUnderTest;
    private final Path vectors;

    /**
     * The golden vectors under {@code vectors} on one engine.
     *
     * @param engineUnderTest the engine to check
     * @param vectors the golden vectors' directory
     */
    GoldenSection(EngineUnderTest engineUnderTest, Path vectors) {
        this.engineUnderTest = engineUnderTest;
        this.vectors = vectors;
    }

    /**
     * Runs the section into {@code out}.
     *
     * @param out the report
     * @return whether every epoch agreed bit for bit, both ways
     * @throws Exception when a vector cannot be read or the engine fails
     */
    boolean run(Report out) throws Exception {
        out.section("Golden vectors");
        long opening = System.nanoTime();
        try (YumaEngine engine = engineUnderTest.open()) {
            String device = engine instanceof CudaEngine cuda
                    ? " (" + cuda.describe() + "; on a GPU this includes loading the module: the PTX JIT)" : "";
            out.line(String.format(Locale.ROOT, "- engine opened in %.2f s%s", (System.nanoTime() - opening) / 1e9, device));
            long started = System.nanoTime();
            ConformanceReport report;
            try (ConformanceRunner runner = new ConformanceRunner(engine)) {
                report = runner.run(List.of(vectors));
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            out.line(String.format(Locale.ROOT, "- one epoch per call (`run`), %.2f s:", seconds));
            for (ConformanceReport.FamilyResult family : report.families()) {
                out.line("  - " + family);
            }
            for (Mismatch mismatch : report.mismatches()) {
                out.line("  - FAIL " + mismatch);
            }
            out.line("- " + report.summary());

            List<String> names = new ArrayList<>();
            List<VectorEpoch> epochs = new ArrayList<>();
            List<String> subnetNames = new ArrayList<>();
            List<SubnetEpoch> subnetEpochs = new ArrayList<>();
            for (Path file : VectorFiles.find(List.of(vectors))) {
                Vector vector = VectorReader.read(file);
                for (int e = 0; e < vector.epochCount(); e++) {
                    String name = vector.name() + (vector.sequence() ? " epoch " + e : "");
                    if (vector.isSubnet()) {
                        subnetNames.add(name);
                        subnetEpochs.add(vector.subnetEpochs().get(e));
                    } else {
                        names.add(name);
                        epochs.add(vector.epochs().get(e));
                    }
                }
            }
            started = System.nanoTime();
            List<EpochResult> actual = engine.runAll(epochs.stream().map(VectorEpoch::input).toList());
            long elapsed = System.nanoTime() - started;
            String timings = engine instanceof CudaEngine cuda ? "; " + BenchSection.describe(cuda.lastTimings()) : "";
            int mismatches = failures(out, "batched", names,
                    i -> epochs.get(i).expected().firstDifference(actual.get(i)));
            out.line(String.format(Locale.ROOT, "- all %d epochs in one batch (`runAll`): %d passed, %d failed, %.3f s%s",
                    epochs.size(), epochs.size() - mismatches, mismatches, elapsed / 1e9, timings));

            started = System.nanoTime();
            List<SubnetResult> subnetActual = engine.runSubnets(subnetEpochs.stream().map(SubnetEpoch::input).toList());
            elapsed = System.nanoTime() - started;
            timings = engine instanceof CudaEngine cuda ? "; " + BenchSection.describe(cuda.lastTimings()) : "";
            int subnetMismatches = failures(out, "subnets batched", subnetNames,
                    i -> subnetEpochs.get(i).expected().firstDifference(subnetActual.get(i)));
            int mechanisms = subnetEpochs.stream().mapToInt(epoch -> epoch.input().mechanismCount()).sum();
            out.line(String.format(Locale.ROOT, "- all %d subnet epochs (%d mechanisms) in one call (`runSubnets`):"
                    + " %d passed, %d failed, %.3f s%s", subnetEpochs.size(), mechanisms,
                    subnetEpochs.size() - subnetMismatches, subnetMismatches, elapsed / 1e9, timings));
            return report.failed() == 0 && mismatches == 0 && subnetMismatches == 0;
        }
    }

    /**
     * Reports the first ten differences of a batched run and counts them all.
     *
     * @param out the report
     * @param how the run's label in a FAIL line
     * @param names each epoch's name
     * @param difference the difference of epoch {@code i}, or null
     * @return how many epochs differ
     */
    private static int failures(Report out, String how, List<String> names, IntFunction<Difference> difference) {
        int failed = 0;
        for (int i = 0; i < names.size(); i++) {
            Difference d = difference.apply(i);
            if (d != null && failed++ < 10) {
                out.line("  - FAIL (" + how + ") " + names.get(i) + ": " + d);
            }
        }
        return failed;
    }
}
