package io.yuma.cli;

import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.api.SubnetResult;
import io.yuma.api.YumaEngine;
import io.yuma.vector.InputFile;
import io.yuma.vector.VectorReader;
import io.yuma.vector.VectorWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code yuma run}: computes the epochs of one file and prints the results as JSON. */
@Command(name = "run", mixinStandardHelpOptions = true, description = {
    "Compute the epoch in FILE and print its output as JSON: {\"output\": {...}} with FORMAT.md's field names.",
    "FILE is in FORMAT.md's layout (plain or gzip); its output, name and family may be absent. For a "
            + "sequence file every epoch runs from its recorded input and an array is printed.",
    "A subnet with mechanisms (families subnet, subnet-sequence) prints mechanism_emission, every "
            + "mechanism's output and the aggregated subnet terms."})
final class RunCommand implements Callable<Integer> {
    @Mixin
    private EngineChoice engine;

    @Option(names = "--trace", description = "Add the trace of intermediates (\"trace\": {...}). Without "
            + "--engine this uses the reference engine, the one engine bound to record traces.")
    private boolean trace;

    @Parameters(paramLabel = "FILE", description = "A vector or input file (.json or .json.gz).")
    private Path file;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        InputFile inputs = VectorReader.readInputs(file);
        if (inputs.isSubnet()) {
            if (trace) {
                throw new ParameterException(spec.commandLine(),
                        "--trace: FORMAT.md defines traces for single-mechanism epochs only, and " + file
                                + " holds a subnet with mechanisms");
            }
            List<SubnetResult> results;
            try (YumaEngine opened = engine.open()) {
                results = opened.runSubnets(inputs.subnets());
            }
            VectorWriter.writeSubnetResults(results, inputs.sequence(), spec.commandLine().getOut());
            return ExitCodes.OK;
        }
        List<EpochResult> results = new ArrayList<>();
        try (YumaEngine opened = trace ? engine.openOr("reference") : engine.open()) {
            if (trace && !opened.supportsTrace()) {
                throw new IllegalArgumentException("engine " + opened.name() + " does not record traces; use the reference"
                        + " engine");
            }
            for (EpochInput input : inputs.epochs()) {
                results.add(trace ? opened.runTraced(input) : opened.run(input));
            }
        }
        VectorWriter.writeResults(results, inputs.sequence(), spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
