package io.yuma.cli;

import io.yuma.api.YumaEngine;
import io.yuma.scenario.Scenario;
import io.yuma.scenario.ScenarioLibrary;
import io.yuma.scenario.ScenarioReader;
import io.yuma.scenario.Simulation;
import io.yuma.scenario.SimulationOutput;
import io.yuma.scenario.SimulationProgress;
import io.yuma.scenario.SimulationResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code yuma simulate}: run scenarios (scenario/SCENARIOS.md) and write their results and reports. */
@Command(name = "simulate", mixinStandardHelpOptions = true, description = {
    "Run scenarios: every variant of each, epoch by epoch, all variants of an epoch in one engine call. Writes "
            + "DIR/NAME/results.csv, results.jsonl, bonds.csv and report.html (a self-contained page of charts).",
    "A SCENARIO is a scenario file (YAML, see scenario/SCENARIOS.md) or the name of a shipped scenario (--list).",
    "Exit status 0 on success, 2 on an error (a bad scenario file is named with its line and field)."})
final class SimulateCommand implements Callable<Integer> {
    /** A progress line at most this often, in nanoseconds. */
    private static final long PROGRESS_EVERY = 1_000_000_000L;

    @Mixin
    private EngineChoice engine;

    @Parameters(paramLabel = "SCENARIO", arity = "0..*", description = "Scenario files or shipped scenario names.")
    private List<String> scenarios = List.of();

    @Option(names = "--list", description = "List the shipped scenarios with their notes, and run nothing.")
    private boolean list;

    @Option(names = "--all", description = "Run every shipped scenario.")
    private boolean all;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Output directory; each scenario gets "
            + "its own directory in it, named after the scenario.")
    private Path output;

    @Option(names = "--force", description = "Replace a scenario's earlier results in the output directory.")
    private boolean force;

    @Option(names = "--progress", paramLabel = "lines|none", defaultValue = "lines",
            description = "Progress lines on stderr during long runs (default ${DEFAULT-VALUE}).")
    private String progress;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            for (String name : ScenarioLibrary.names()) {
                out.println(name + "  " + ScenarioLibrary.load(name).note());
            }
            out.flush();
            return ExitCodes.OK;
        }
        List<Scenario> chosen = chosen();
        if (output == null) {
            throw new ParameterException(spec.commandLine(), "give the output directory: -o DIR");
        }
        PrintWriter err = spec.commandLine().getErr();
        try (YumaEngine opened = engine.open()) {
            for (Scenario scenario : chosen) {
                long start = System.nanoTime();
                SimulationResult result = Simulation.run(scenario, opened, progressFor(scenario, err));
                long computed = System.nanoTime();
                Path run = SimulationOutput.write(result, output, force);
                out.printf("%s: %d epochs x %d variants on %s, computed in %.2f s, written in %.2f s -> %s%n",
                        scenario.name(), result.epochs(), result.variants().size(), opened.name(),
                        (computed - start) / 1e9, (System.nanoTime() - computed) / 1e9,
                        run.resolve(SimulationOutput.REPORT));
                out.flush();
            }
        }
        return ExitCodes.OK;
    }

    private List<Scenario> chosen() throws IOException {
        List<String> names = new ArrayList<>(scenarios);
        if (all) {
            names.addAll(ScenarioLibrary.names());
        }
        if (names.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "name at least one scenario (a file or a shipped name,"
                    + " see --list), or give --all");
        }
        List<Scenario> chosen = new ArrayList<>();
        for (String name : names) {
            Path file = Path.of(name);
            if (Files.exists(file)) {
                chosen.add(ScenarioReader.read(file));
            } else if (ScenarioLibrary.contains(name)) {
                chosen.add(ScenarioLibrary.load(name));
            } else {
                throw new ParameterException(spec.commandLine(), "'" + name + "' is neither a file nor a shipped "
                        + "scenario (yuma simulate --list)");
            }
        }
        return chosen;
    }

    private SimulationProgress progressFor(Scenario scenario, PrintWriter err) {
        return switch (progress) {
            case "none" -> SimulationProgress.NONE;
            case "lines" -> new SimulationProgress() {
                private final long start = System.nanoTime();
                private long last = start;

                @Override
                public void epochDone(int done, int total) {
                    long now = System.nanoTime();
                    if (now - last >= PROGRESS_EVERY) {
                        last = now;
                        err.printf("simulate %s: epoch %d/%d, %d variants, %.1f s%n", scenario.name(), done, total,
                                scenario.variantNames().size(), (now - start) / 1e9);
                        err.flush();
                    }
                }
            };
            default -> throw new ParameterException(spec.commandLine(),
                    "--progress must be lines or none, was " + progress);
        };
    }
}
