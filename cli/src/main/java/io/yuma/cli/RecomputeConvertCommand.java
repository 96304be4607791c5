package io.yuma.cli;

import io.yuma.recompute.Converter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code yuma recompute convert}: vector files to an archive and back. */
@Command(name = "convert", mixinStandardHelpOptions = true, description = {
    "Convert histories: to an archive when OUTPUT ends in .yhist, else to a directory of .json.gz vector files "
            + "(one per subnet history; every record needs its recorded output). Inputs are archives, vector files "
            + "or directories of them. Traces are not carried, nor chain origins to vector files (a warning says "
            + "so; a chain record with unknown inputs or unimplemented rules is refused)."})
final class RecomputeConvertCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Archives, vector files or directories.")
    private List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "OUTPUT", required = true,
            description = "An archive (NAME.yhist) or a directory for vector files.")
    private Path output;

    @Option(names = "--interleave", paramLabel = "N", defaultValue = "32", description = "Vector files read "
            + "together, their epochs interleaved in the archive (default ${DEFAULT-VALUE}).")
    private int interleave;

    @Option(names = "--on-error", paramLabel = "stop|skip", defaultValue = "stop",
            description = "At a bad record: stop (default, nothing is written) or skip it and go on.")
    private String onError;

    @Option(names = "--force", description = "Replace an existing archive or vector files.")
    private boolean force;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!List.of("stop", "skip").contains(onError)) {
            throw new ParameterException(spec.commandLine(), "--on-error must be stop or skip, was " + onError);
        }
        Converter.Result result = Converter.convert(inputs, output, interleave, onError.equals("skip"), force);
        PrintWriter out = spec.commandLine().getOut();
        result.skipped().forEach(skipped -> out.println("skipped " + skipped));
        if (result.originsDropped() > 0) {
            spec.commandLine().getErr().println("warning: " + result.originsDropped() + " chain records were written "
                    + "without their chain origin (netuid, block, block hash, spec version): vector files have no "
                    + "place for it; the archive keeps it");
            spec.commandLine().getErr().flush();
        }
        out.println("converted " + result.records() + " records to " + output + " (" + result.files()
                + (result.files() == 1 ? " file" : " files")
                + (result.skipped().isEmpty() ? "" : ", " + result.skipped().size() + " bad records skipped") + ")");
        out.flush();
        return result.skipped().isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
