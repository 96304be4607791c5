package io.yuma.cuda.device;

import io.yuma.api.Availability;
import io.yuma.api.Engines;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What scripts/cuda-device.sh runs on the GPU machine: the golden vectors, the differential
 * duel against the reference, and the batch benchmark, all on one engine (normally {@code cuda};
 * {@code --engine simd}, or {@code --emulator PATH} for the cuda engine on the CPU build of its
 * kernels, dry-run the harness without a GPU), into a markdown report.
 *
 * <pre>
 * DeviceRun --report FILE --vectors DIR [--engine NAME | --emulator PATH] [--duel-cases N]
 *           [--duel-seed S] [--bench SUBNETSxN,...] [--reps R] [--skip golden,duel,bench]
 * </pre>
 */
public final class DeviceRun {
    private DeviceRun() {
    }

    /** The kept PTX's first line: which kernel sources (by SHA-256) this run exercised. */
    private static String ptxHeader() throws java.io.IOException {
        try (var in = DeviceRun.class.getResourceAsStream("/kernels/yuma_epoch.ptx")) {
            if (in == null) {
                return "not on the class path";
            }
            String head = new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.US_ASCII);
            return head.lines().findFirst().orElse("");
        }
    }

    /**
     * Runs the sections not skipped and exits 0 only when every check agreed.
     *
     * @param args the options above
     * @throws Exception when the report cannot be written or an engine fails outside a check
     */
    public static void main(String[] args) throws Exception {
        Path report = null;
        Path vectors = null;
        String engine = "cuda";
        Path emulator = null;
        long duelCases = 2000;
        long duelSeed = 20_260_701L;
        List<int[]> bench = new ArrayList<>(List.of(new int[] {4096, 256}, new int[] {1024, 1024}));
        int reps = 5;
        List<String> skip = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--report" -> report = Path.of(value);
                case "--vectors" -> vectors = Path.of(value);
                case "--engine" -> engine = value;
                case "--emulator" -> emulator = Path.of(value);
                case "--duel-cases" -> duelCases = Long.parseLong(value);
                case "--duel-seed" -> duelSeed = Long.parseLong(value);
                case "--reps" -> reps = Integer.parseInt(value);
                case "--skip" -> skip.addAll(List.of(value.split(",")));
                case "--bench" -> {
                    bench.clear();
                    for (String size : value.split(",")) {
                        String[] parts = size.split("x");
                        bench.add(new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])});
                    }
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
            i++;
        }
        if (report == null || vectors == null) {
            throw new IllegalArgumentException("usage: DeviceRun --report FILE --vectors DIR [options]; see the source");
        }
        if (emulator != null && !engine.equals("cuda")) {
            throw new IllegalArgumentException("--emulator runs the cuda engine; it cannot go with --engine " + engine);
        }
        EngineUnderTest underTest = emulator == null ? EngineUnderTest.named(engine) : EngineUnderTest.emulated(emulator);
        Report out = new Report(report);
        out.line("# engine-cuda device run");
        out.line("");
        out.line("- started: " + Instant.now());
        out.line("- engine: `" + underTest.describe() + "`");
        for (var provider : Engines.providers()) {
            Availability availability = provider.availability();
            out.line("- engine `" + provider.name() + "`: " + (availability.available() ? "available, " : "unavailable, ")
                    + availability.reason());
        }
        out.line("- kernel PTX: `" + ptxHeader() + "`");
        out.line("- java: " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " CPUs");
        out.flush();
        boolean failed = false;
        if (!skip.contains("golden")) {
            failed |= !new GoldenSection(underTest, vectors).run(out);
            out.flush();
        }
        if (!skip.contains("duel")) {
            failed |= !DuelSection.run(underTest, duelSeed, duelCases, out);
            out.flush();
        }
        if (!skip.contains("bench")) {
            failed |= !new BenchSection(underTest, bench, reps).run(out);
            out.flush();
        }
        out.section("Verdict");
        out.line(failed ? "FAILED: see the sections above." : "PASSED: every check above agreed bit for bit.");
        out.line("- finished: " + Instant.now());
        out.flush();
        System.exit(failed ? 1 : 0);
    }
}
