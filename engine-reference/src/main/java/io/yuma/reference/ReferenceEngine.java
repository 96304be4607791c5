package io.yuma.reference;

import io.yuma.api.CloseGuard;
import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.api.SubnetInput;
import io.yuma.api.SubnetResult;
import io.yuma.api.YumaEngine;
import java.util.List;
import java.util.Objects;

/**
 * The scalar reference engine: {@link ReferenceEpoch}, a plain transcription of the chain's
 * {@code epoch_mechanism}. Thread-safe; records traces on request. It holds nothing, but like
 * every engine it refuses work once closed, so code written against it behaves the same with
 * any engine.
 */
public final class ReferenceEngine implements YumaEngine {
    /** The name engines are looked up by. */
    public static final String NAME = "reference";

    private final CloseGuard guard = new CloseGuard(() -> "engine " + NAME);

    /** An open engine. */
    public ReferenceEngine() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public EpochResult run(EpochInput input) {
        return compute(input, false);
    }

    /** {@return true: the reference engine records every traced step} */
    @Override
    public boolean supportsTrace() {
        return true;
    }

    @Override
    public EpochResult runTraced(EpochInput input) {
        return compute(input, true);
    }

    private EpochResult compute(EpochInput input, boolean trace) {
        Objects.requireNonNull(input, "input");
        guard.checkOpen();
        return ReferenceEpoch.run(input, trace);
    }

    /** Closes the engine: later work is refused. */
    @Override
    public void close() {
        guard.close();
    }

    @Override
    public List<SubnetResult> runSubnets(List<SubnetInput> inputs) {
        Objects.requireNonNull(inputs, "inputs");
        guard.checkOpen();
        return inputs.stream().map(ReferenceSubnetEpoch::run).toList();
    }
}
