package io.yuma.testkit.random;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.yuma.api.Availability;
import io.yuma.api.EngineOptions;
import io.yuma.api.Engines;
import io.yuma.api.YumaEngine;
import io.yuma.api.YumaEngineProvider;
import io.yuma.reference.ReferenceEngine;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every engine other than the reference, duelled against the reference on generated random and
 * adversarial epochs, through each of its entry points ({@code run}, {@code runAll},
 * {@code runBatch}), and on generated subnets with mechanisms ({@code runSubnet},
 * {@code runSubnets}). Engines that are not available here are skipped with their reason; when
 * there is no engine besides the reference the duel is skipped, not passed.
 *
 * <p>By default a CI-sized run: {@value #DEFAULT_CASES} epoch cases and
 * {@link DuelRunner#defaultSubnetCases} of them (200) subnet cases of the {@code ci} profile from
 * the fixed seed {@value #FIXED_SEED}. System properties widen it (see {@code DUEL.md}): {@code yuma.duel.seed}
 * adds a seed, {@code yuma.duel.cases}, {@code yuma.duel.subnet-cases}, {@code yuma.duel.first}
 * and {@code yuma.duel.profile} choose the cases, {@code yuma.duel.engine} picks one engine (the
 * reference included, as a self-check), {@code yuma.duel.threads} the parallelism.
 */
class EngineDuelTest {
    static final long FIXED_SEED = 20_260_630L;
    static final long DEFAULT_CASES = 500;

    @TestFactory
    Stream<DynamicTest> everyEngineAgainstTheReference() {
        List<YumaEngineProvider> candidates = candidates();
        List<Long> seeds = seeds();
        System.out.println("[duel] seeds " + seeds + ", from case " + first() + ": " + cases() + " cases and "
                + subnetCases() + " subnet cases, profile " + profile().name() + ", engines " + candidates.stream().map(YumaEngineProvider::name).toList());
        if (candidates.isEmpty()) {
            return Stream.of(dynamicTest("no engine besides the reference", () -> {
                String reason = "no engine other than the reference is registered (engines found: "
                        + Engines.providers().stream().map(YumaEngineProvider::name).toList() + "); nothing to duel";
                System.out.println("[duel] skipped: " + reason);
                Assumptions.abort(reason);
            }));
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (YumaEngineProvider provider : candidates) {
            for (long seed : seeds) {
                tests.add(dynamicTest(provider.name() + " against the reference, seed " + seed, () -> duel(provider, seed)));
            }
        }
        return tests.stream();
    }

    private static void duel(YumaEngineProvider provider, long seed) {
        Availability availability = provider.availability();
        if (!availability.available()) {
            System.out.println("[duel] skipped engine '" + provider.name() + "': " + availability.reason());
        }
        Assumptions.assumeTrue(availability.available(),
                () -> "engine '" + provider.name() + "' is not available here: " + availability.reason());
        int threads = Integer.getInteger("yuma.duel.threads", Runtime.getRuntime().availableProcessors());
        try (YumaEngine candidate = provider.create(EngineOptions.defaults())) {
            DuelRunner runner = new DuelRunner(new ReferenceEngine(), candidate, EnumSet.allOf(EnginePath.class),
                    threads, 32);
            long total = cases();
            long subnets = subnetCases();
            DuelResult result = runner.run(new SubnetGenerator(seed, profile()), first(), total, subnets, done -> {
                if (total + subnets >= 10_000 && done % 10_000 < 32) {
                    System.out.println("[duel] " + provider.name() + ", seed " + seed + ": " + done + "/" + total);
                }
            });
            System.out.println("[duel] " + result.summary());
            if (!result.passed()) {
                fail(result.mismatch().message(), result.mismatch().failure());
            }
            assertTrue(result.casesRun() == total && result.subnetCasesRun() == subnets, result.summary());
        }
    }

    private static List<YumaEngineProvider> candidates() {
        String only = System.getProperty("yuma.duel.engine");
        if (only != null && !only.isBlank()) {
            return List.of(Engines.provider(only.trim()));
        }
        return Engines.providers().stream().filter(p -> !p.name().equals(ReferenceEngine.NAME)).toList();
    }

    /** The fixed seed, then the one from {@code yuma.duel.seed} (decimal, or hex after 0x) if given. */
    private static List<Long> seeds() {
        String extra = System.getProperty("yuma.duel.seed");
        if (extra == null || extra.isBlank()) {
            return List.of(FIXED_SEED);
        }
        String text = extra.trim();
        long seed = text.startsWith("0x") ? Long.parseUnsignedLong(text.substring(2), 16) : Long.parseLong(text);
        return seed == FIXED_SEED ? List.of(FIXED_SEED) : List.of(FIXED_SEED, seed);
    }

    private static long cases() {
        return Long.getLong("yuma.duel.cases", DEFAULT_CASES);
    }

    private static long subnetCases() {
        return Long.getLong("yuma.duel.subnet-cases", DuelRunner.defaultSubnetCases(cases()));
    }

    private static long first() {
        return Long.getLong("yuma.duel.first", 0L);
    }

    private static Profile profile() {
        return Profile.named(System.getProperty("yuma.duel.profile", Profile.CI.name()));
    }
}
