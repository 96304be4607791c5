package io.yuma.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code yuma chain}: read a subtensor node (an archive node for past blocks). */
@Command(name = "chain", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = "Read a subtensor node over JSON-RPC (http://, https://, ws://, wss://); past blocks need an archive node.",
        subcommands = {ChainStorageCommand.class, ChainFetchCommand.class, ChainEpochCommand.class, ChainAuditCommand.class})
final class ChainCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    /** {@code yuma chain} alone names no command: that is a usage error. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command: one of " + spec.subcommands().keySet());
    }
}
