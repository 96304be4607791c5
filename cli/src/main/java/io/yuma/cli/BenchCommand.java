package io.yuma.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import io.yuma.api.EngineOptions;
import io.yuma.api.Engines;
import io.yuma.api.EpochInput;
import io.yuma.api.YumaEngine;
import io.yuma.bench.BenchInput;
import io.yuma.bench.EnginePlan;
import io.yuma.bench.HarnessReport;
import io.yuma.bench.HarnessSettings;
import io.yuma.bench.ThroughputHarness;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code yuma bench}: a short benchmark of every engine on the bundled inputs, compared with the
 * reference and with the chain's own code. The full measurement is the JMH jar (README).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = {
    "Time every available engine on the benchmark inputs (a few seconds each, warm-up included) and print "
            + "a table: time per epoch, and how it compares with the reference engine and the chain's native code.",
    "The reference is left out where one epoch takes seconds (n = 4096) unless --engine names it. "
            + "Timings on a busy machine are noisy: compare engines measured side by side in one run."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--engine", paramLabel = "ENGINE", split = ",",
            description = "Engine(s) to time, comma-separated or repeated. Default: every engine available here.")
    private List<String> engines = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Threads running epochs at once, each timing its own (default: ${DEFAULT-VALUE}).")
    private int threads;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "4",
            description = "Seconds per engine and input, the first half warm-up (default: ${DEFAULT-VALUE}); an epoch "
                    + "longer than that still runs once to warm up and once timed.")
    private double seconds;

    @Option(names = "--input", paramLabel = "FILE", split = ",",
            description = "Input file(s) in the vector format (outputs may be absent), or bundled input names. "
                    + "Default: the bundled inputs of BASELINE.md.")
    private List<String> inputs = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (threads < 1 || !(seconds > 0)) {
            throw new IllegalArgumentException("--threads must be at least 1 and --seconds above 0, got threads="
                    + threads + " seconds=" + seconds);
        }
        long nanos = Math.round(seconds * 1e9);
        // Half the time warming up: the SIMD engine's kernels take a second or two to compile fully.
        HarnessSettings settings = new HarnessSettings(threads, 1, Duration.ofNanos(nanos / 2),
                Duration.ofNanos(nanos - nanos / 2));
        PrintWriter out = spec.commandLine().getOut();
        BenchTable table = new BenchTable(out);
        out.printf("# %d thread(s), %.1f s per engine and input (first half warm-up, longer while the JIT is compiling), "
                + "%d processors here, JIT: %s%n",
                threads, seconds, Runtime.getRuntime().availableProcessors(), jit());
        table.header();
        List<String> names = inputs.isEmpty() ? Arrays.stream(BenchInput.values()).map(BenchInput::id).toList() : inputs;
        for (String name : names) {
            measure(name, settings, table, out);
        }
        table.legend();
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * The JIT this JVM runs: {@code ./yuma bench} asks for C2 alone, whose steady state does not
     * depend on what C1 profiled while the C2 queue was long (engine-cpu-simd/README.md, "JIT").
     */
    private static String jit() {
        HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        if (hotSpot == null) {
            return "unknown (not HotSpot)";
        }
        return Boolean.parseBoolean(hotSpot.getVMOption("TieredCompilation").getValue())
                ? "tiered (C1, then C2)" : "C2 only (-XX:-TieredCompilation)";
    }

    private void measure(String name, HarnessSettings settings, BenchTable table, PrintWriter out)
            throws IOException, InterruptedException {
        List<EpochInput> subnets = BenchInput.resolve(name);
        if (subnets.isEmpty()) {
            throw new IllegalArgumentException(name + ": no epochs in the file");
        }
        long pairs = subnets.stream().mapToLong(EnginePlan::liquidPairs).max().orElse(0);
        EnginePlan.Choice choice = EnginePlan.choose(name, pairs, engines, "--engine reference");
        List<HarnessReport> reports = new ArrayList<>();
        for (String engine : choice.engines()) {
            try (YumaEngine opened = Engines.open(engine, new EngineOptions(1))) {
                reports.add(ThroughputHarness.run(opened, subnets, settings));
            }
        }
        table.rows(label(name, subnets), chainNanos(name, subnets), reports);
        choice.skipped().forEach(line -> out.println("#   left out: " + line));
        out.flush();
    }

    /** The input's name as the table shows it: a bundled id as is, a file by its file name. */
    private static String label(String name, List<EpochInput> subnets) {
        String shown = BenchInput.forFile(Path.of(name)).map(BenchInput::id).orElse(Path.of(name).getFileName().toString());
        return subnets.size() == 1 ? shown : shown + " (" + subnets.size() + " epochs)";
    }

    /** The chain's time per epoch on a bundled input of one epoch; none for other files. */
    private static OptionalLong chainNanos(String name, List<EpochInput> subnets) {
        return BenchInput.forFile(Path.of(name)).filter(input -> subnets.size() == 1)
                .map(input -> OptionalLong.of(input.chainNanos())).orElse(OptionalLong.empty());
    }
}
