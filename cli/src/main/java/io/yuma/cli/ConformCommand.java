package io.yuma.cli;

import io.yuma.api.YumaEngine;
import io.yuma.testkit.ConformanceReport;
import io.yuma.testkit.ConformanceRunner;
import io.yuma.testkit.Mismatch;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code yuma conform}: holds an engine to conformance vectors. */
@Command(name = "conform", mixinStandardHelpOptions = true, description = {
    "Run every vector under the PATHs against an engine and compare every output bit for bit.",
    "Prints a line per family, one FAIL line per failed vector (vector, epoch, uid, field, expected, actual "
            + "and the first trace step that diverged), then a summary line. Exit status 1 when any vector fails.",
    "A sequence whose epochs do not follow on (bonds and validator permits in = the previous epoch's out) fails "
            + "at the first epoch that breaks the chain. Names from the files are printed with control characters escaped."})
final class ConformCommand implements Callable<Integer> {
    @Mixin
    private EngineChoice engine;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Vector files, or directories searched recursively for *.json and *.json.gz.")
    private List<Path> paths;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ConformanceReport report;
        try (YumaEngine opened = engine.open(); ConformanceRunner runner = new ConformanceRunner(opened)) {
            report = runner.run(paths);
        }
        if (report.passed() + report.failed() == 0) {
            throw new IllegalArgumentException("no vector files (*.json, *.json.gz) under " + paths);
        }
        PrintWriter out = spec.commandLine().getOut();
        report.families().forEach(out::println);
        for (Mismatch mismatch : report.mismatches()) {
            out.println("FAIL " + mismatch);
        }
        out.println(report.summary());
        out.flush();
        return report.failed() == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
