package io.yuma.reference;

import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.api.SubnetInput;
import io.yuma.api.SubnetResult;
import io.yuma.api.YumaEngine;
import java.util.List;

/**
 * The scalar reference engine: {@link ReferenceEpoch}, a plain transcription of the chain's
 * {@code epoch_mechanism}. Stateless and thread-safe; records traces on request.
 */
public final class ReferenceEngine implements YumaEngine {
    /** The name engines are looked up by. */
    public static final String NAME = "reference";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public EpochResult run(EpochInput input) {
        return ReferenceEpoch.run(input, false);
    }

    @Override
    public EpochResult runTraced(EpochInput input) {
        return ReferenceEpoch.run(input, true);
    }

    @Override
    public List<SubnetResult> runSubnets(List<SubnetInput> inputs) {
        return inputs.stream().map(ReferenceSubnetEpoch::run).toList();
    }
}
