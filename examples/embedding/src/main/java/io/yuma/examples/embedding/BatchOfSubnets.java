package io.yuma.examples.embedding;

import io.yuma.api.EngineOptions;
import io.yuma.api.Engines;
import io.yuma.api.EpochInput;
import io.yuma.api.YumaEngine;
import io.yuma.batch.BatchResults;
import io.yuma.batch.SubnetBatch;
import java.util.Arrays;
import java.util.List;

/**
 * Computes several subnets' epochs as one off-heap batch, which engines spread over their
 * threads (and the CUDA engine over the GPU), and prints each subnet's emission.
 */
public final class BatchOfSubnets {
    private BatchOfSubnets() {
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        try (YumaEngine engine = Engines.openBest(EngineOptions.defaults());
                SubnetBatch batch = SubnetBatch.of(subnets());
                BatchResults results = engine.runBatch(batch)) {
            System.out.println("engine: " + engine.name());
            for (int s = 0; s < batch.subnets(); s++) {
                System.out.println("subnet " + s + " emission: " + Arrays.toString(results.result(s).emission()));
            }
        }
    }

    /**
     * The batch: the same four uids under three emissions.
     *
     * @return the subnets' inputs, in batch order
     */
    static List<EpochInput> subnets() {
        return List.of(OneEpoch.subnet(1_000_000_000L), OneEpoch.subnet(2_500_000_000L),
                OneEpoch.subnet(4_000_000_000L));
    }
}
