package io.yuma.cuda.device;

import io.yuma.api.EngineOptions;
import io.yuma.api.Engines;
import io.yuma.api.YumaEngine;
import io.yuma.testkit.random.DuelResult;
import io.yuma.testkit.random.DuelRunner;
import io.yuma.testkit.random.EnginePath;
import io.yuma.testkit.random.Profile;
import io.yuma.testkit.random.SubnetGenerator;
import java.util.EnumSet;

/**
 * The differential suite of conformance-tests: generated random and adversarial subnets, the
 * engine against the reference, one case per call and whole blocks per {@code runAll} (one launch
 * each). {@code runBatch} is left out: DuelRunner packs it with SubnetBatch.of, whose builder
 * (engine-api at this commit) fails when a later subnet is larger than the first; {@code runAll}
 * reaches the same kernel path through the engine's own packing.
 */
final class DuelSection {
    private DuelSection() {
    }

    static boolean run(String engineName, long seed, long cases, Report out) throws Exception {
        out.section("Differential duel against the reference");
        try (YumaEngine reference = Engines.open("reference", EngineOptions.defaults());
                YumaEngine engine = Engines.open(engineName, EngineOptions.defaults())) {
            boolean passed = true;
            for (Profile profile : new Profile[] {Profile.CI, Profile.FULL}) {
                long count = profile == Profile.CI ? cases : Math.max(1, cases / 10);
                DuelRunner runner = new DuelRunner(reference, engine, EnumSet.of(EnginePath.RUN, EnginePath.RUN_ALL),
                        Runtime.getRuntime().availableProcessors(), 64);
                DuelResult result = runner.run(new SubnetGenerator(seed, profile), 0, count, done -> {
                });
                out.line("- " + result.summary());
                if (!result.passed()) {
                    out.line("  - FAIL " + result.mismatch().message());
                    passed = false;
                }
                if (!result.missed().isEmpty()) {
                    out.line("  - features no case carried: " + result.missed());
                }
            }
            return passed;
        }
    }
}
