package io.yuma.cli;

import io.yuma.chain.fetch.ChainFetch;
import io.yuma.chain.fetch.FetchSummary;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code yuma chain fetch}: subnets' epochs in a block range into a history archive. */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = {"Find every block in [FROM, TO] where a subnet's epoch ran and write each epoch's input (the parent"
                + " block's state) and stored output (the block's state) as an archive record with its block, hash and"
                + " runtime (chain/README.md).",
            "The archive is written as FILE.partial and renamed when complete; --resume continues an interrupted fetch."})
final class ChainFetchCommand extends ChainRangeCommand {
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.yhist", description = "The archive to write.")
    Path output;

    @Override
    public Integer call() throws IOException {
        FetchSummary summary = ChainFetch.run(options(output), progress(spec.commandLine().getErr()));
        print(summary, output, spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
