package io.yuma.bench.jmh;

import io.yuma.bench.BenchInput;
import io.yuma.bench.EnginePlan;
import io.yuma.bench.EnginePlan.Choice;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Defaults;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The benchmarks jar's entry point: JMH's own command line, with engines chosen per case.
 *
 * <p>JMH crosses every {@code @Param} value with every other, so it cannot leave the reference
 * engine out of just the cases where one call takes seconds to minutes (n = 4096, batches of
 * thousands of subnets). Unless the command line names engines ({@code -p engine=...}, then everything runs
 * as asked, as with JMH's own {@code Main}), this runs each benchmark once per set of cases
 * that share an engine list ({@link EnginePlan}), prints a line for every engine left out and
 * why, and writes the results of all runs to the result file JMH would have written.
 */
public final class BenchmarkMain {
    private static final String ENGINE = "engine";

    /** A benchmark, the parameter that sets its cost, and that parameter's default values. */
    private enum Suite {
        SINGLE(SingleSubnetBenchmark.class, "epoch", "input",
                Arrays.stream(BenchInput.values()).map(BenchInput::id).toList(),
                value -> BenchInput.byId(value).liquidPairs()),
        BATCH(BatchBenchmark.class, "epochs", "subnets", List.of(BatchState.SMALLER, BatchState.LARGER),
                value -> BatchState.liquidPairs(Integer.parseInt(value))),
        /** Subnets of n = 128: cheap enough for every engine. */
        MECHANISMS(MechanismBenchmark.class, "epoch", "vector",
                List.of(MechanismBenchmark.TWO_MECHANISMS, MechanismBenchmark.TWO_MECHANISMS_LIQUID), value -> 0);

        final String benchmark;
        final String axis;
        final List<String> defaults;
        final ToLongFunction<String> liquidPairs;

        Suite(Class<?> type, String method, String axis, List<String> defaults, ToLongFunction<String> liquidPairs) {
            this.benchmark = type.getName() + "." + method;
            this.axis = axis;
            this.defaults = defaults;
            this.liquidPairs = liquidPairs;
        }

        /** Matches this benchmark's name only, as JMH's include and exclude patterns are applied. */
        String pattern() {
            return "^" + Pattern.quote(benchmark) + "$";
        }

        /** Whether the user's include patterns pick this benchmark (all do when there are none). */
        boolean selectedBy(List<String> includes) {
            return includes.isEmpty() || includes.stream().anyMatch(p -> Pattern.compile(p).matcher(benchmark).find());
        }
    }

    private BenchmarkMain() {
    }

    /**
     * Runs the benchmarks as described above; JMH's options all work.
     *
     * @param args JMH's command line
     * @throws Exception whatever JMH's runner throws
     */
    public static void main(String[] args) throws Exception {
        CommandLineOptions options;
        try {
            options = new CommandLineOptions(args);
        } catch (CommandLineOptionException e) {
            System.err.println("Error parsing command line: " + e.getMessage());
            System.exit(1);
            return;
        }
        if (options.getParameter(ENGINE).hasValue() || options.shouldHelp() || options.shouldList()
                || options.shouldListWithParams() || options.shouldListProfilers()
                || options.shouldListResultFormats()) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        List<Suite> selected = Arrays.stream(Suite.values()).filter(s -> s.selectedBy(options.getIncludes())).toList();
        if (selected.isEmpty()) {
            System.err.println("No benchmark matches " + options.getIncludes() + "; -l lists them.");
            System.exit(1);
        }
        List<RunResult> results = new ArrayList<>();
        Set<String> skipped = new LinkedHashSet<>(); // an unavailable engine is left out of every case alike
        for (Suite suite : selected) {
            results.addAll(run(suite, options, skipped));
        }
        if (options.getResult().hasValue() || options.getResultFormat().hasValue()) {
            // Each run above rewrote the same file; it ends holding every run's results.
            ResultFormatType format = options.getResultFormat().orElse(Defaults.RESULT_FORMAT);
            String file = options.getResult().orElse(Defaults.RESULT_FILE_PREFIX + "." + format.toString().toLowerCase());
            ResultFormatFactory.getInstance(format, file).writeOut(results);
        }
    }

    private static Collection<RunResult> run(Suite suite, CommandLineOptions options, Set<String> skipped)
            throws Exception {
        Collection<String> values = options.getParameter(suite.axis).orElse(suite.defaults);
        Map<List<String>, List<String>> valuesByEngines = new LinkedHashMap<>();
        for (String value : values) {
            Choice choice = EnginePlan.choose(suite.axis + "=" + value, suite.liquidPairs.applyAsLong(value), List.of(),
                    "-p engine=reference");
            choice.skipped().stream().filter(skipped::add).forEach(line -> System.out.println("# left out: " + line));
            if (!choice.engines().isEmpty()) {
                valuesByEngines.computeIfAbsent(choice.engines(), engines -> new ArrayList<>()).add(value);
            }
        }
        List<RunResult> results = new ArrayList<>();
        for (Map.Entry<List<String>, List<String>> run : valuesByEngines.entrySet()) {
            OptionsBuilder only = new OptionsBuilder();
            only.parent(options).include(suite.pattern())
                    .param(ENGINE, run.getKey().toArray(String[]::new))
                    .param(suite.axis, run.getValue().toArray(String[]::new));
            for (Suite other : Suite.values()) {
                if (other != suite) {
                    only.exclude(other.pattern());
                }
            }
            results.addAll(new Runner(only.build()).run());
        }
        return results;
    }
}
