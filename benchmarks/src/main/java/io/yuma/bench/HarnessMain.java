package io.yuma.bench;

import io.yuma.api.EngineOptions;
import io.yuma.api.Engines;
import io.yuma.api.EpochInput;
import io.yuma.api.YumaEngine;
import java.time.Duration;
import java.util.List;

/**
 * The throughput harness from the command line:
 *
 * <pre>
 * java --add-modules jdk.incubator.vector -cp benchmarks/target/benchmarks.jar io.yuma.bench.HarnessMain \
 *     [--engine E] [--input ID|FILE] [--subnets R] [--per-call K] [--threads N] [--warmup S] [--seconds S]
 * </pre>
 *
 * Replicates the input's epochs to R subnets ({@link Replicas}), packs them K per call, runs
 * them on N threads and prints one line: epochs/s and call latency percentiles in microseconds.
 * The engine is opened with one worker thread, so the N threads are the parallelism. Defaults:
 * the best available engine, bench-n256-v64-yuma3-liquid, R = the input's epochs, K = 1, N = 1,
 * 2 s warm-up, 10 s timed.
 */
public final class HarnessMain {
    private String engine;
    private String input = BenchInput.N256_YUMA3_LIQUID.id();
    private Integer subnets;
    private int perCall = 1;
    private int threads = 1;
    private Duration warmup = Duration.ofSeconds(2);
    private Duration measure = Duration.ofSeconds(10);

    private HarnessMain() {
    }

    /**
     * Runs the harness; exit status 2 with one line on stderr on bad arguments or any error.
     *
     * @param args the options above
     */
    public static void main(String[] args) {
        try {
            new HarnessMain().parse(args).run();
        } catch (Exception e) {
            System.err.println("harness: " + e.getMessage());
            System.exit(2);
        }
    }

    private HarnessMain parse(String[] args) {
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + args[i] + " needs a value");
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--engine" -> engine = value;
                case "--input" -> input = value;
                case "--subnets" -> subnets = Integer.parseInt(value);
                case "--per-call" -> perCall = Integer.parseInt(value);
                case "--threads" -> threads = Integer.parseInt(value);
                case "--warmup" -> warmup = seconds(value);
                case "--seconds" -> measure = seconds(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; options: --engine, "
                        + "--input, --subnets, --per-call, --threads, --warmup, --seconds");
            }
        }
        return this;
    }

    private static Duration seconds(String value) {
        return Duration.ofNanos(Math.round(Double.parseDouble(value) * 1e9));
    }

    private void run() throws Exception {
        List<EpochInput> epochs = BenchInput.resolve(input);
        List<EpochInput> subnetInputs = Replicas.of(epochs, subnets == null ? epochs.size() : subnets);
        HarnessSettings settings = new HarnessSettings(threads, perCall, warmup, measure);
        EngineOptions options = new EngineOptions(1);
        try (YumaEngine opened = engine == null ? Engines.openBest(options) : Engines.open(engine, options)) {
            System.out.println(input + ", " + subnetInputs.size() + " subnets, " + perCall + " per call: "
                    + ThroughputHarness.run(opened, subnetInputs, settings).summary());
        }
    }
}
