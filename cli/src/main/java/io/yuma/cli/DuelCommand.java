package io.yuma.cli;

import io.yuma.api.EngineOptions;
import io.yuma.api.Engines;
import io.yuma.api.YumaEngine;
import io.yuma.testkit.random.DuelResult;
import io.yuma.testkit.random.DuelRunner;
import io.yuma.testkit.random.EnginePath;
import io.yuma.testkit.random.Profile;
import io.yuma.testkit.random.SubnetGenerator;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code yuma duel}: an engine against the reference on generated random and adversarial epochs
 * and subnets with mechanisms.
 */
@Command(name = "duel", mixinStandardHelpOptions = true, description = {
    "Generate random and adversarial subnets and compare every output of ENGINE with the reference engine,",
    "through run, runAll and runBatch, then subnets with 1 to 4 mechanisms through runSubnet and runSubnets.",
    "Stops at the first difference and prints the seed, case, field, uid, expected and actual value, and a",
    "command that replays it. Exit status 1 on a difference."})
final class DuelCommand implements Callable<Integer> {
    @Option(names = "--engine", required = true, paramLabel = "ENGINE", description = "The engine to hold to the reference.")
    private String engine;

    @Option(names = "--seed", defaultValue = "20260630", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--cases", defaultValue = "10000", description = "Cases to compare (default: ${DEFAULT-VALUE}).")
    private long cases;

    @Option(names = "--subnet-cases", paramLabel = "N",
            description = "Subnets with mechanisms to compare after the cases (default: two fifths of --cases).")
    private Long subnetCases;

    @Option(names = "--first", defaultValue = "0", description = "Index of the first case, to replay one (default: ${DEFAULT-VALUE}).")
    private long first;

    @Option(names = "--profile", defaultValue = "ci",
            description = "Subnet sizes: ci (n <= 257), full (n up to 4096), huge (liquid alpha up to 4096). Default: ${DEFAULT-VALUE}.")
    private String profile;

    @Option(names = "--threads", description = "Threads (default: available processors).")
    private Integer threads;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        long subnets = subnetCases != null ? subnetCases : DuelRunner.defaultSubnetCases(cases);
        if (cases < 0 || subnets < 0 || first < 0) {
            throw new IllegalArgumentException("--cases, --subnet-cases and --first must not be negative; got cases="
                    + cases + ", subnet-cases=" + subnets + ", first=" + first);
        }
        if (cases + subnets < 1) {
            throw new IllegalArgumentException("--cases must be at least 1 (or --subnet-cases, to duel subnets alone);"
                    + " got cases=" + cases + ", subnet-cases=" + subnets);
        }
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        PrintWriter out = spec.commandLine().getOut();
        DuelResult result;
        try (YumaEngine reference = Engines.open("reference", new EngineOptions(1));
                YumaEngine candidate = Engines.open(engine, new EngineOptions(workers))) {
            DuelRunner runner = new DuelRunner(reference, candidate, EnumSet.allOf(EnginePath.class), workers, 32);
            long total = cases + subnets;
            long step = Math.max(1, total / 20); // about twenty progress lines per run
            long[] reported = {0};
            result = runner.run(new SubnetGenerator(seed, Profile.named(profile)), first, cases, subnets, done -> {
                if (done - reported[0] >= step || done == total) {
                    reported[0] = done;
                    out.printf("duel %s: %d/%d cases (subnet cases after the first %d)%n", engine, done, total, cases);
                    out.flush();
                }
            });
        }
        out.println(result.summary());
        if (!result.passed()) {
            out.println(result.mismatch().message());
        }
        out.flush();
        return result.passed() ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
