package io.yuma.cli;

import io.yuma.api.Difference;
import io.yuma.api.EngineOptions;
import io.yuma.api.Engines;
import io.yuma.api.SubnetResult;
import io.yuma.api.YumaEngine;
import io.yuma.chain.ChainException;
import io.yuma.chain.epoch.ChainEpoch;
import io.yuma.chain.epoch.EpochReader;
import io.yuma.chain.epoch.StoredOutputs;
import io.yuma.chain.rpc.RpcOptions;
import io.yuma.chain.rpc.SubstrateRpc;
import io.yuma.chain.storage.MetadataCache;
import io.yuma.vector.SubnetEpoch;
import io.yuma.vector.Vector;
import io.yuma.vector.VectorWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code yuma chain epoch}: one epoch's input and output as a vector file of family {@code subnet}. */
@Command(name = "epoch", mixinStandardHelpOptions = true,
        description = {"Write the epoch subnet N ran at block B as a vector file (family subnet, FORMAT.md) that yuma run and"
                + " yuma conform take: the input the epoch read and the output the chain stored.",
            "The chain stores only some outputs (per mechanism incentive and bonds; per subnet active, emission, consensus,"
                + " dividend, validator_trust, new_validator_permit, stake_weight); the others are filled from the reference"
                + " engine, and only once its stored outputs equal the chain's exactly (else exit 1, no file)."})
final class ChainEpochCommand implements Callable<Integer> {
    @Option(names = "--url", required = true, paramLabel = "URL", description = "The node's JSON-RPC endpoint (an archive node for past blocks).")
    String url;

    @Option(names = "--netuid", required = true, paramLabel = "N", description = "The subnet.")
    int netuid;

    @Option(names = "--block", required = true, paramLabel = "B", description = "The block whose epoch to write (its epoch ran there).")
    long block;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.json", description = "The vector file (.json or .json.gz).")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ChainEpoch epoch;
        try (SubstrateRpc rpc = SubstrateRpc.connect(url, RpcOptions.defaults())) {
            epoch = new EpochReader(rpc, new MetadataCache(rpc)).read(netuid, block);
        }
        String where = "netuid " + netuid + " at block " + block;
        if (!epoch.ran()) {
            throw new ChainException(where + ": no epoch ran there (LastMechansimStepBlock is not " + block + ")");
        }
        if (epoch.specVersion() < 423 || epoch.specVersion() > 425) {
            throw new ChainException(where + ": runtime spec " + epoch.specVersion() + ": rules not implemented (423 to 425 are)");
        }
        if (!epoch.raoEmissionExact() || epoch.revealDue() || epoch.ownerChanged()) {
            throw new ChainException(where + ": an input is not exact from state (rao_emission, revealed weights or a new"
                    + " owner; chain/README.md): no exact vector can be written");
        }
        SubnetResult computed;
        try (YumaEngine reference = Engines.open("reference", EngineOptions.defaults())) {
            computed = reference.runSubnet(epoch.input());
        }
        Difference differs = epoch.recorded().firstDifference(StoredOutputs.storedPart(computed));
        if (differs != null) {
            spec.commandLine().getErr().println("yuma chain epoch: " + where + ": the reference engine differs from what the"
                    + " chain stored: " + differs + "; no vector written");
            return ExitCodes.FAILED;
        }
        Vector vector = new Vector("chain-netuid" + netuid + "-block" + block, "subnet", false, List.of(),
                List.of(new SubnetEpoch(epoch.input(), computed)));
        VectorWriter.write(vector, output);
        spec.commandLine().getOut().println(output + ": netuid " + netuid + ", block " + block + ", spec "
                + epoch.specVersion() + ", n " + epoch.input().n() + ", " + epoch.input().mechanismCount() + " mechanism(s)");
        return ExitCodes.OK;
    }
}
