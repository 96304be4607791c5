package io.yuma.cli;

import io.yuma.recompute.Synthesizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code yuma recompute synth}: a large archive from a small history, for measuring recompute. */
@Command(name = "synth", mixinStandardHelpOptions = true, description = {
    "Write an archive of SUBNETS subnets x EPOCHS epochs, each subnet looping over FILE's epochs, written epoch by "
            + "epoch across subnets. With recorded outputs an audit matches every epoch; a replay diverges where the "
            + "loop wraps, so replay measurements use --inputs-only."})
final class RecomputeSynthCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "A vector file: a sequence or a single epoch, of a single mechanism "
            + "or of a subnet with mechanisms.")
    private Path source;

    @Option(names = {"-o", "--output"}, paramLabel = "ARCHIVE", required = true, description = "The archive to write.")
    private Path output;

    @Option(names = "--subnets", paramLabel = "S", required = true, description = "Number of subnets.")
    private int subnets;

    @Option(names = "--epochs", paramLabel = "E", required = true, description = "Epochs per subnet.")
    private long epochs;

    @Option(names = "--inputs-only", description = "Leave the recorded outputs out.")
    private boolean inputsOnly;

    @Option(names = "--force", description = "Replace an existing archive.")
    private boolean force;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        long records = Synthesizer.synthesize(source, output, subnets, epochs, !inputsOnly, force);
        PrintWriter out = spec.commandLine().getOut();
        out.println("wrote " + records + " records (" + subnets + " subnets x " + epochs + " epochs) to " + output);
        out.flush();
        return ExitCodes.OK;
    }
}
