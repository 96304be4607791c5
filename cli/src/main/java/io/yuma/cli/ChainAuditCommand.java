package io.yuma.cli;

import io.yuma.chain.fetch.ChainFetch;
import io.yuma.chain.fetch.FetchSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code yuma chain audit}: fetch into DIR/history.yhist, then {@code yuma recompute audit} into DIR. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Fetch the epochs of a block range (as yuma chain fetch) into DIR/history.yhist, then audit them"
                + " (as yuma recompute audit -o DIR): every epoch recomputed from the input the chain read and compared with"
                + " what the chain stored.",
            "Exit status 0 when everything compared matched, 1 on divergences, 2 on an error."})
final class ChainAuditCommand extends ChainRangeCommand {
    /** The archive's name in the output directory. */
    static final String ARCHIVE = "history.yhist";

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "The output directory.")
    Path output;

    @Option(names = "--engine", paramLabel = "ENGINE", description = "The engine (yuma engines); default the best available.")
    String engine;

    @Override
    public Integer call() throws IOException {
        Files.createDirectories(output);
        Path archive = output.resolve(ARCHIVE);
        FetchSummary summary = ChainFetch.run(options(archive), progress(spec.commandLine().getErr()));
        print(summary, archive, spec.commandLine().getOut());
        List<String> audit = new ArrayList<>(List.of("recompute", "audit", "--progress", "none", "-o", output.toString()));
        if (force) {
            audit.add("--force");
        }
        if (engine != null) {
            audit.addAll(List.of("--engine", engine));
        }
        audit.add(archive.toString());
        return spec.root().commandLine().execute(audit.toArray(String[]::new));
    }
}
