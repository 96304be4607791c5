package io.yuma.cuda.device;

import io.yuma.api.Difference;
import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.api.YumaEngine;
import io.yuma.cuda.CudaEngine;
import io.yuma.testkit.ConformanceReport;
import io.yuma.testkit.ConformanceRunner;
import io.yuma.testkit.Mismatch;
import io.yuma.vector.Vector;
import io.yuma.vector.VectorEpoch;
import io.yuma.vector.VectorFiles;
import io.yuma.vector.VectorReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The golden vectors, twice: one epoch per call through the conformance runner (as {@code yuma
 * conform} does), then every epoch of every vector in a single batch (one launch of subnets of
 * all sizes side by side).
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
            for (Path file : VectorFiles.find(List.of(vectors))) {
                Vector vector = VectorReader.read(file);
                for (int e = 0; e < vector.epochs().size(); e++) {
                    names.add(vector.name() + (vector.sequence() ? " epoch " + e : ""));
                    epochs.add(vector.epochs().get(e));
                }
            }
            List<EpochInput> inputs = epochs.stream().map(VectorEpoch::input).toList();
            started = System.nanoTime();
            List<EpochResult> actual = engine.runAll(inputs);
            long elapsed = System.nanoTime() - started;
            int mismatches = 0;
            for (int i = 0; i < epochs.size(); i++) {
                Difference difference = epochs.get(i).expected().firstDifference(actual.get(i));
                if (difference != null && mismatches++ < 10) {
                    out.line("  - FAIL (batched) " + names.get(i) + ": " + difference);
                }
            }
            out.line(String.format(Locale.ROOT, "- all %d epochs in one batch (`runAll`): %d passed, %d failed, %.3f s%s",
                    epochs.size(), epochs.size() - mismatches, mismatches, elapsed / 1e9,
                    engine instanceof CudaEngine cuda ? "; " + BenchSection.describe(cuda.lastTimings()) : ""));
            return report.failed() == 0 && mismatches == 0;
        }
    }
}
