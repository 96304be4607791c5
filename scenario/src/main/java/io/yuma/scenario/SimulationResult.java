package io.yuma.scenario;

import io.yuma.api.EpochResult;
import io.yuma.api.SparseMatrix;
import io.yuma.api.SubnetResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Every variant's result at every epoch of a scenario run, with who held each uid: what the result
 * files and the report are made of. Immutable.
 */
public final class SimulationResult {
    /**
     * The neurons at one epoch, shared by every variant.
     *
     * @param names the name holding each uid (null for a uid left empty by a deregistration)
     * @param roles each uid's role
     * @param stakes each uid's alpha stake in rao
     * @param weights the weights of mechanism 0 as set for this epoch (u16 values)
     */
    record Neurons(String[] names, Role[] roles, long[] stakes, SparseMatrix weights) {
    }

    private final Scenario scenario;
    private final List<String> variants;
    private final List<Neurons> neurons;
    /** Per epoch, per variant. */
    private final List<List<SubnetResult>> results;

    private SimulationResult(Scenario scenario, List<Neurons> neurons, List<List<SubnetResult>> results) {
        this.scenario = scenario;
        this.variants = scenario.variantNames();
        this.neurons = List.copyOf(neurons);
        this.results = List.copyOf(results);
    }

    /** {@return the scenario that was run} */
    public Scenario scenario() {
        return scenario;
    }

    /** {@return the number of epochs computed} */
    public int epochs() {
        return results.size();
    }

    /** {@return the variants' names, in the order of their results} */
    public List<String> variants() {
        return variants;
    }

    /**
     * The name holding a uid at an epoch.
     *
     * @param epoch the epoch
     * @param uid the uid
     * @return the neuron's name, or null for a uid left empty by a deregistration
     */
    public String name(int epoch, int uid) {
        return neurons.get(epoch).names()[uid];
    }

    /**
     * The role of a uid at an epoch.
     *
     * @param epoch the epoch
     * @param uid the uid
     * @return the role of the neuron that held it
     */
    public Role role(int epoch, int uid) {
        return neurons.get(epoch).roles()[uid];
    }

    /**
     * What a variant computed at an epoch: for a single mechanism its epoch result, for several
     * the aggregated terms.
     *
     * @param variant the variant's index in {@link #variants()}
     * @param epoch the epoch
     * @return the result
     */
    public EpochResult result(int variant, int epoch) {
        return results.get(epoch).get(variant).subnet();
    }

    /**
     * The bonds a variant's mechanism wrote at an epoch.
     *
     * @param variant the variant's index
     * @param epoch the epoch
     * @param mechanism the mechanism
     * @return the bonds rows (u16 values)
     */
    public SparseMatrix bonds(int variant, int epoch, int mechanism) {
        return results.get(epoch).get(variant).mechanisms().get(mechanism).bonds();
    }

    /** {@return the number of mechanisms} */
    public int mechanisms() {
        return scenario.mechanisms();
    }

    Neurons neurons(int epoch) {
        return neurons.get(epoch);
    }

    /** Collects a run epoch by epoch. */
    static final class Builder {
        private final Scenario scenario;
        private final List<Neurons> neurons = new ArrayList<>();
        private final List<List<SubnetResult>> results = new ArrayList<>();

        Builder(Scenario scenario) {
            this.scenario = Objects.requireNonNull(scenario);
        }

        void epoch(String[] names, Role[] roles, long[] stakes, SparseMatrix weights, List<SubnetResult> computed) {
            neurons.add(new Neurons(names, roles, stakes, weights));
            results.add(List.copyOf(computed));
        }

        SimulationResult build() {
            return new SimulationResult(scenario, neurons, results);
        }
    }
}
