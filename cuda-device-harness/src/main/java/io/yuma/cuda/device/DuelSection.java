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
 * The differential duel of the testkit ({@link DuelRunner} over {@link SubnetGenerator}, as
 * conformance-tests and {@code yuma duel} run it): generated random and adversarial subnets, the
 * engine against the reference, through every entry point: one case per {@code run}, whole
 * blocks per {@code runAll} and per {@code runBatch} (one launch each); then subnets with 1 to 4
 * mechanisms, one per {@code runSubnet} and whole blocks per {@code runSubnets} (every mechanism
 * of the block in one launch, then the aggregation).
 */
final class DuelSection {
    private DuelSection() {
    }

    /**
     * Runs {@code cases} cases of profile {@code ci} and a tenth as many of {@code full} into
     * {@code out}, each with {@link DuelRunner#defaultSubnetCases} subnet cases.
     *
     * @param engineUnderTest the engine to hold to the reference
     * @param seed the generator's seed; a failure's reproduce line names it
     * @param cases cases of the ci profile
     * @param out the report
     * @return whether every case agreed bit for bit
     * @throws Exception when an engine fails or the duel is interrupted
     */
    static boolean run(EngineUnderTest engineUnderTest, long seed, long cases, Report out) throws Exception {
        out.section("Differential duel against the reference");
        try (YumaEngine reference = Engines.open("reference", EngineOptions.defaults());
                YumaEngine engine = engineUnderTest.open()) {
            boolean passed = true;
            for (Profile profile : new Profile[] {Profile.CI, Profile.FULL}) {
                long count = profile == Profile.CI ? cases : Math.max(1, cases / 10);
                DuelRunner runner = new DuelRunner(reference, engine, EnumSet.allOf(EnginePath.class),
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
                if (!result.subnetMissed().isEmpty()) {
                    out.line("  - subnet features no subnet case carried: " + result.subnetMissed());
                }
            }
            return passed;
        }
    }
}
