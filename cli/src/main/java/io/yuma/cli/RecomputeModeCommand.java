package io.yuma.cli;

import io.yuma.api.YumaEngine;
import io.yuma.recompute.Overrides;
import io.yuma.recompute.Progress;
import io.yuma.recompute.Recompute;
import io.yuma.recompute.RecomputeMode;
import io.yuma.recompute.RecomputeOptions;
import io.yuma.recompute.RecomputeSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The options and the run shared by {@code yuma recompute replay} and {@code yuma recompute audit}. */
abstract class RecomputeModeCommand implements Callable<Integer> {
    @Mixin
    private EngineChoice engine;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "History archives (*.yhist), vector files "
            + "(.json, .json.gz; sequence and subnet-sequence files are histories), or directories searched for vector "
            + "files.")
    private List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
            description = "Output directory: results.csv, results.jsonl, divergences.csv, issues.csv, summary.json; "
                    + "for subnets with mechanisms also mechanisms.csv and mechanisms.jsonl (each mechanism's rows).")
    private Path output;

    @Option(names = "--results", paramLabel = "FORMAT", split = ",", defaultValue = "csv,jsonl",
            description = "Per-uid result files to write: csv, jsonl, both (csv,jsonl, the default) or none.")
    private List<String> results;

    @Option(names = "--bonds", description = "Add each uid's bonds row to the per-uid results.")
    private boolean bonds;

    @Option(names = "--set", paramLabel = "FIELD=VALUE", description = "Override a hyperparameter in every epoch "
            + "(what-if), e.g. --set kappa=32767; repeatable. Recorded outputs are still compared, so divergences "
            + "show the effect.")
    private List<String> settings = List.of();

    @Option(names = "--on-error", paramLabel = "stop|skip", defaultValue = "stop", description = "At a bad record "
            + "(corrupt, truncated, invalid): stop the run (default; what came before is kept for --resume), or skip "
            + "it, list it in issues.csv and the summary, and go on.")
    private String onError;

    @Option(names = "--resume", description = "Continue the interrupted run in the output directory from its last "
            + "checkpoint, with the same inputs and options.")
    private boolean resume;

    @Option(names = "--force", description = "Start over, replacing what an earlier run left in the output directory.")
    private boolean force;

    @Option(names = "--chunk", paramLabel = "N", defaultValue = "256",
            description = "Records computed together in one engine call (default ${DEFAULT-VALUE}).")
    private int chunk;

    @Option(names = "--interleave", paramLabel = "N", defaultValue = "32", description = "Vector files read "
            + "together, their epochs interleaved so subnets compute side by side (default ${DEFAULT-VALUE}).")
    private int interleave;

    @Option(names = "--checkpoint-interval", paramLabel = "SECONDS", defaultValue = "10", description = "Least time "
            + "between checkpoints; 0 checkpoints after every chunk (default ${DEFAULT-VALUE}).")
    private double checkpointSeconds;

    @Option(names = "--progress", paramLabel = "auto|bar|lines|none", defaultValue = "auto", description = "Progress "
            + "on stderr: a bar with rate and ETA on a terminal, plain lines otherwise (auto, the default).")
    private String progress;

    @Spec
    private CommandSpec spec;

    /** The mode this command runs. */
    abstract RecomputeMode mode();

    @Override
    public Integer call() throws IOException {
        checkResults();
        RecomputeOptions options = new RecomputeOptions(mode(), inputs, output, results.contains("csv"),
                results.contains("jsonl"), bonds, Overrides.parse(settings), chunk, interleave, skipBad(), existing(),
                Duration.ofMillis(Math.round(checkpointSeconds * 1000)));
        PrintWriter err = spec.commandLine().getErr();
        RecomputeSummary summary;
        try (YumaEngine opened = engine.open()) {
            summary = Recompute.run(options, opened, new Progress(err, progressStyle()));
        }
        PrintWriter out = spec.commandLine().getOut();
        summary.lines().forEach(out::println);
        out.flush();
        return summary.clean() ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private RecomputeOptions.Existing existing() {
        if (resume && force) {
            throw new ParameterException(spec.commandLine(),
                    "--resume continues a run and --force starts over: give one of them");
        }
        return resume ? RecomputeOptions.Existing.RESUME
                : force ? RecomputeOptions.Existing.REPLACE : RecomputeOptions.Existing.REFUSE;
    }

    private boolean skipBad() {
        return switch (onError) {
            case "stop" -> false;
            case "skip" -> true;
            default -> throw new ParameterException(spec.commandLine(),
                    "--on-error must be stop or skip, was " + onError);
        };
    }

    private void checkResults() {
        for (String format : results) {
            if (!List.of("csv", "jsonl", "none").contains(format)) {
                throw new ParameterException(spec.commandLine(), "--results takes csv, jsonl or none, was " + format);
            }
        }
        if (results.contains("none") && results.size() > 1) {
            throw new ParameterException(spec.commandLine(), "--results none cannot be combined with a format");
        }
    }

    private Progress.Style progressStyle() {
        return switch (progress) {
            case "auto" -> Progress.consoleStyle();
            case "bar" -> Progress.Style.BAR;
            case "lines" -> Progress.Style.LINES;
            case "none" -> Progress.Style.NONE;
            default -> throw new ParameterException(spec.commandLine(),
                    "--progress must be auto, bar, lines or none, was " + progress);
        };
    }
}
