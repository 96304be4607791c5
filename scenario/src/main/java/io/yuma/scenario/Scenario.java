package io.yuma.scenario;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * A scenario as read from its file (SCENARIOS.md): who takes part, what each validator sets when,
 * what happens at which epoch, the hyperparameters, and the variants to compare. Every number is
 * already the chain's integer ({@link Amounts}). Immutable; built by {@link ScenarioReader}.
 */
public final class Scenario {
    /** A neuron: name, role, stake from each epoch on, and whether it is registered at the start. */
    record Neuron(String name, Role role, NavigableMap<Integer, Long> stakeFrom, boolean atStart) {
    }

    /** What a weight rule sets: explicit targets and values, or another validator's last row. */
    record Row(List<String> targets, int[] values, String copyOf) {
    }

    /**
     * Validators {@code validators} (null: every validator) set {@code row} at every epoch from
     * {@code from} to {@code to} inclusive, on mechanism {@code mechanism} (-1: every mechanism).
     */
    record WeightRule(int from, int to, List<String> validators, int mechanism, Row row, Node node) {
        boolean covers(int epoch, String validator) {
            return epoch >= from && epoch <= to && (validators == null || validators.contains(validator));
        }
    }

    /** What can happen at an epoch, before it is computed. */
    enum EventKind { SET, RESET_BONDS, REGISTER, DEREGISTER, STAKE }

    /**
     * One event. {@code subject} names the neuron (register, deregister, reset_bonds);
     * {@code replaces} the neuron whose uid a registration takes (or null: a new uid);
     * {@code settings} the hyperparameters set; {@code stakes} the new stakes by name.
     */
    record Event(int epoch, EventKind kind, String subject, String replaces,
            Map<Hyperparameter, Long> settings, Map<String, Long> stakes, Node node) {
    }

    /** A variant: a name and the hyperparameters it sets over the scenario's. */
    record Variant(String name, Map<Hyperparameter, Long> settings) {
    }

    /**
     * Block numbering: epoch e runs at {@code first + e * perEpoch}; neurons present at the start
     * registered at {@code registration}; {@code lastStep} whether last_mechanism_step_block holds
     * the previous epoch's block (else 0, as in chain tests that call the epoch by hand).
     */
    record Blocks(long first, long perEpoch, long registration, boolean lastStep) {
        long of(int epoch) {
            return first + epoch * perEpoch;
        }
    }

    private final String name;
    private final String note;
    private final String source;
    private final int epochs;
    private final String baseValidator;
    private final String owner;
    private final boolean initialPermits;
    private final long emission;
    private final Blocks blocks;
    private final EnumMap<Hyperparameter, Long> hyperparameters;
    private final int mechanisms;
    private final int[] emissionSplit;
    private final List<Neuron> neurons;
    private final List<WeightRule> weights;
    private final List<Event> events;
    private final List<Variant> variants;

    Scenario(String name, String note, String source, int epochs, String baseValidator, String owner,
            boolean initialPermits, long emission, Blocks blocks, Map<Hyperparameter, Long> hyperparameters,
            int mechanisms, int[] emissionSplit, List<Neuron> neurons, List<WeightRule> weights, List<Event> events,
            List<Variant> variants) {
        this.name = name;
        this.note = note;
        this.source = source;
        this.epochs = epochs;
        this.baseValidator = baseValidator;
        this.owner = owner;
        this.initialPermits = initialPermits;
        this.emission = emission;
        this.blocks = blocks;
        this.hyperparameters = new EnumMap<>(hyperparameters);
        this.mechanisms = mechanisms;
        this.emissionSplit = emissionSplit == null ? null : emissionSplit.clone();
        this.neurons = List.copyOf(neurons);
        this.weights = List.copyOf(weights);
        this.events = List.copyOf(events);
        this.variants = List.copyOf(variants);
    }

    /** {@return the scenario's name, which names its output directory} */
    public String name() {
        return name;
    }

    /** {@return the one-line note: what the scenario shows} */
    public String note() {
        return note;
    }

    /** {@return where the case comes from (a chain test, a yuma-simulation case), or an empty string} */
    public String source() {
        return source;
    }

    /** {@return the number of epochs simulated} */
    public int epochs() {
        return epochs;
    }

    /** {@return the validator highlighted in the report's totals, or null} */
    public String baseValidator() {
        return baseValidator;
    }

    /** {@return the variants' names, in the file's order (a sweep multiplies them)} */
    public List<String> variantNames() {
        return variants.stream().map(Variant::name).toList();
    }

    String owner() {
        return owner;
    }

    boolean initialPermits() {
        return initialPermits;
    }

    long emission() {
        return emission;
    }

    Blocks blocks() {
        return blocks;
    }

    EnumMap<Hyperparameter, Long> hyperparameters() {
        return new EnumMap<>(hyperparameters);
    }

    int mechanisms() {
        return mechanisms;
    }

    int[] emissionSplit() {
        return emissionSplit == null ? null : emissionSplit.clone();
    }

    List<Neuron> neurons() {
        return neurons;
    }

    List<WeightRule> weights() {
        return weights;
    }

    List<Event> events() {
        return events;
    }

    List<Variant> variants() {
        return variants;
    }
}
