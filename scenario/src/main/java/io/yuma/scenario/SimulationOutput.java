package io.yuma.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a run into {@code DIR/SCENARIO-NAME/}: {@code results.csv}, {@code results.jsonl},
 * {@code bonds.csv} and {@code report.html} (SCENARIOS.md, "Outputs"), all or nothing.
 */
public final class SimulationOutput {
    /** The report's file name in a run's directory. */
    public static final String REPORT = "report.html";

    private SimulationOutput() {
    }

    /**
     * Writes a run's files.
     *
     * @param result the run
     * @param outputRoot the directory that receives the run's own directory
     * @param replace whether an existing directory of the scenario's name may be replaced
     * @return the run's directory
     * @throws IOException when writing fails (nothing is left under the final name) or the
     *     directory exists and {@code replace} is false
     */
    public static Path write(SimulationResult result, Path outputRoot, boolean replace) throws IOException {
        Files.createDirectories(outputRoot);
        OutputDirectory out = OutputDirectory.start(outputRoot.resolve(result.scenario().name()), replace);
        try {
            ResultFiles.writeResults(result, out.file("results.csv"), out.file("results.jsonl"));
            ResultFiles.writeBonds(result, out.file("bonds.csv"));
            Files.writeString(out.file(REPORT), ScenarioReport.html(result), StandardCharsets.UTF_8);
            return out.commit();
        } catch (IOException | RuntimeException e) {
            out.abandon();
            throw e;
        }
    }
}
