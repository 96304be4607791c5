package io.yuma.testkit.random;

import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.api.SubnetInput;
import io.yuma.api.SubnetResult;
import io.yuma.api.YumaEngine;
import io.yuma.reference.ReferenceEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A deliberately wrong engine for testing subnet duels: the reference, every mechanism right, but
 * the aggregation of the subnets a predicate selects changed. {@code runSubnet} goes through
 * {@code runSubnets} (the interface's default), so both subnet paths are wrong.
 */
final class MisaggregatingEngine implements YumaEngine {
    private final ReferenceEngine reference = new ReferenceEngine();
    private final Predicate<SubnetInput> when;
    private final UnaryOperator<SubnetResult> change;

    MisaggregatingEngine(Predicate<SubnetInput> when, UnaryOperator<SubnetResult> change) {
        this.when = when;
        this.change = change;
    }

    @Override
    public String name() {
        return "misaggregating";
    }

    @Override
    public EpochResult run(EpochInput input) {
        return reference.run(input);
    }

    @Override
    public List<SubnetResult> runSubnets(List<SubnetInput> inputs) {
        List<SubnetResult> results = new ArrayList<>(reference.runSubnets(inputs));
        for (int s = 0; s < inputs.size(); s++) {
            if (when.test(inputs.get(s))) {
                results.set(s, change.apply(results.get(s)));
            }
        }
        return results;
    }

    /** Adds 1 (mod 2^16) to the aggregated dividend of the last uid. */
    static SubnetResult bumpLastAggregatedDividend(SubnetResult r) {
        return withSubnet(r, PerturbingEngine.bumpLastDividend(r.subnet()));
    }

    /** Takes the aggregated incentive from mechanism 1 rather than from mechanism 0. */
    static SubnetResult incentiveOfMechanismOne(SubnetResult r) {
        EpochResult s = r.subnet();
        return withSubnet(r, new EpochResult(s.active(), s.stake(), s.stakeWeight(), s.consensus(), s.validatorTrust(),
                r.mechanisms().get(1).incentive(), s.dividend(), s.newValidatorPermit(), s.serverEmission(),
                s.validatorEmission(), s.emission(), s.bonds(), null));
    }

    private static SubnetResult withSubnet(SubnetResult r, EpochResult subnet) {
        return new SubnetResult(r.mechanismEmission(), r.mechanisms(), subnet);
    }
}
