package io.yuma.cli;

import io.yuma.chain.fetch.FetchOptions;
import io.yuma.chain.fetch.FetchProgress;
import io.yuma.chain.fetch.FetchSummary;
import io.yuma.chain.rpc.RpcOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The options {@code yuma chain fetch} and {@code yuma chain audit} share: the node, the subnets, the range, what to do with an earlier fetch. */
abstract class ChainRangeCommand implements Callable<Integer> {
    @Option(names = "--url", required = true, paramLabel = "URL", description = "The node's JSON-RPC endpoint (an archive node for past blocks).")
    String url;

    @Option(names = "--netuid", required = true, paramLabel = "N[,N...]|all", split = ",",
            description = "The subnets, or all (every subnet that exists at TO).")
    List<String> netuids;

    @Option(names = "--from", required = true, paramLabel = "BLOCK", description = "The first block of the range (at least 1).")
    long from;

    @Option(names = "--to", required = true, paramLabel = "BLOCK", description = "The last block of the range.")
    long to;

    @Option(names = "--resume", description = "Continue the interrupted fetch at FILE (its FILE.partial and FILE.journal).")
    boolean resume;

    @Option(names = "--force", description = "Start over, replacing FILE or an interrupted fetch of it.")
    boolean force;

    @Option(names = "--progress", paramLabel = "lines|none", defaultValue = "lines",
            description = "Progress on stderr: a line every few seconds (blocks, epochs, requests/s, ETA), or none.")
    String progress;

    @Spec
    CommandSpec spec;

    FetchOptions options(Path archive) {
        if (resume && force) {
            throw new ParameterException(spec.commandLine(), "--resume and --force exclude each other");
        }
        try {
            return new FetchOptions(url, netuids(), from, to, archive, resume ? FetchOptions.Existing.RESUME
                    : force ? FetchOptions.Existing.REPLACE : FetchOptions.Existing.REFUSE, RpcOptions.defaults());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    FetchProgress progress(PrintWriter err) {
        return switch (progress) {
            case "lines" -> FetchProgress.lines(err, Duration.ofSeconds(2));
            case "none" -> FetchProgress.none();
            default -> throw new ParameterException(spec.commandLine(), "--progress " + progress + ": expected lines or none");
        };
    }

    static void print(FetchSummary summary, Path archive, PrintWriter out) {
        out.println(archive + ": " + summary.records() + " epochs from " + summary.slots() + " epoch blocks ("
                + summary.skipped() + " without an epoch), " + summary.flagged() + " from a runtime whose rules are not implemented, "
                + summary.withUnknown() + " with inputs not exact from state; " + summary.rpc().roundTrips() + " round trips, "
                + summary.rpc().retries() + " retries");
        out.flush();
    }

    private List<Integer> netuids() {
        if (netuids.size() == 1 && netuids.getFirst().equals("all")) {
            return List.of();
        }
        List<Integer> parsed = new ArrayList<>();
        for (String netuid : netuids) {
            try {
                int value = Integer.parseInt(netuid.trim());
                if (value < 1 || value > 0xFFFF) {
                    throw new NumberFormatException();
                }
                parsed.add(value);
            } catch (NumberFormatException e) {
                throw new ParameterException(spec.commandLine(), "--netuid " + netuid + ": expected a netuid from 1 to 65535, or all");
            }
        }
        return parsed;
    }
}
