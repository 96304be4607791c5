package io.yuma.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code yuma recompute}: batch recompute of historical epochs, and the archive tools that go with it. */
@Command(name = "recompute", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = "Recompute recorded epoch histories: vector files (FORMAT.md, sequence files included), "
                + "directories of them, and history archives (*.yhist, described in recompute/RECOMPUTE.md).",
        subcommands = {RecomputeReplayCommand.class, RecomputeAuditCommand.class, RecomputeConvertCommand.class,
            RecomputeSynthCommand.class})
final class RecomputeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    /** {@code yuma recompute} alone names no mode: that is a usage error. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command: one of " + spec.subcommands().keySet());
    }
}
