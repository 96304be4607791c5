package io.yuma.cli;

import io.yuma.scenario.RecomputeReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code yuma report}: draw a recompute output directory as a self-contained HTML page. */
@Command(name = "report", mixinStandardHelpOptions = true, description = {
    "Write DIR/report.html for a 'yuma recompute' output directory: each subnet's dividends and incentive over "
            + "its epochs, divergent epochs marked, and a table of divergences (the subnets with divergences first, "
            + "at most 12). Scenario runs ('yuma simulate') write their report themselves."})
final class ReportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Output directories of yuma recompute.")
    private List<Path> directories;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        for (Path directory : directories) {
            spec.commandLine().getOut().println(RecomputeReport.write(directory));
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
