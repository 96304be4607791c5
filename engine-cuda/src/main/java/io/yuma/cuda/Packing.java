package io.yuma.cuda;

import io.yuma.api.EpochInput;
import io.yuma.batch.SubnetBatch;
import java.util.List;

/** Packs on-heap inputs into an off-heap batch for {@link CudaEngine#run} and {@link CudaEngine#runAll}. */
final class Packing {
    private Packing() {
    }

    /**
     * The inputs as a batch, in order. The builder is sized for the largest subnet up front: besides
     * saving regrowth, this keeps SubnetBatch.Builder's validator-permit column from growing, which
     * (engine-api at this commit) writes through the segment it held before growing.
     */
    static SubnetBatch batch(List<EpochInput> inputs) {
        int maxN = 0;
        for (EpochInput input : inputs) {
            maxN = Math.max(maxN, input.n());
        }
        SubnetBatch.Builder builder = SubnetBatch.builder(Math.max(1, inputs.size()), Math.max(1, maxN));
        inputs.forEach(builder::add);
        return builder.build();
    }
}
