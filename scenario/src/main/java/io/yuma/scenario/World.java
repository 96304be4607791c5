package io.yuma.scenario;

import io.yuma.api.SparseMatrix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every variant of a scenario shares at an epoch: who holds which uid, stakes, registration
 * blocks, weights and last updates, and the hyperparameters events have set. {@link #step}
 * advances it to the next epoch and says what the variants must change in their own state
 * (bonds and permits) for the events of that epoch, as the chain's extrinsics would.
 */
final class World {
    /** A change to every variant's bonds and permits, made before the epoch is computed. */
    record Edit(boolean wholeRow, int uid) {
    }

    private final Scenario scenario;
    private final Map<String, Scenario.Neuron> neurons = new HashMap<>();
    private final Map<String, Integer> uidOf = new HashMap<>();
    private final Map<String, Long> stakeOf = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final List<Role> roles = new ArrayList<>();
    private final List<Long> registrationBlock = new ArrayList<>();
    /** Per mechanism, per uid: the row as set (targets by uid, u16 values), or null when none. */
    private final List<List<int[][]>> rows = new ArrayList<>();
    private final List<List<Long>> lastUpdate = new ArrayList<>();
    private final EnumMap<Hyperparameter, Long> eventSettings = new EnumMap<>(Hyperparameter.class);
    private final List<Edit> edits = new ArrayList<>();
    private int epoch = -1;

    World(Scenario scenario) {
        this.scenario = scenario;
        for (int m = 0; m < scenario.mechanisms(); m++) {
            rows.add(new ArrayList<>());
            lastUpdate.add(new ArrayList<>());
        }
        for (Scenario.Neuron neuron : scenario.neurons()) {
            neurons.put(neuron.name(), neuron);
            if (neuron.atStart()) {
                append(neuron.name(), scenario.blocks().registration());
            }
        }
    }

    /** Moves to the next epoch: its events, stakes and weights; returns the variants' edits. */
    List<Edit> step() {
        epoch++;
        edits.clear();
        long setBlock = scenario.blocks().of(epoch) - 1;
        for (Scenario.Event event : scenario.events()) {
            if (event.epoch() == epoch) {
                apply(event, setBlock);
            }
        }
        for (Scenario.Neuron neuron : scenario.neurons()) {
            Long changed = neuron.stakeFrom().get(epoch);
            if (changed != null) {
                stakeOf.put(neuron.name(), changed);
            }
        }
        List<List<int[][]>> before = new ArrayList<>();
        rows.forEach(mechanism -> before.add(new ArrayList<>(mechanism)));
        for (int uid = 0; uid < names.size(); uid++) {
            if (roles.get(uid) == Role.VALIDATOR && names.get(uid) != null) {
                setWeights(uid, before, setBlock);
            }
        }
        return List.copyOf(edits);
    }

    private void apply(Scenario.Event event, long block) {
        switch (event.kind()) {
            case SET -> eventSettings.putAll(event.settings());
            case STAKE -> stakeOf.putAll(event.stakes());
            case RESET_BONDS -> edits.add(new Edit(false, uid(event.subject(), event.node())));
            case DEREGISTER -> {
                int uid = uid(event.subject(), event.node());
                clear(uid);
                uidOf.remove(event.subject());
                names.set(uid, null);
            }
            case REGISTER -> {
                if (uidOf.containsKey(event.subject())) {
                    throw event.node().error("'" + event.subject() + "' is already registered at epoch " + epoch);
                }
                if (event.replaces() == null) {
                    append(event.subject(), block);
                } else {
                    int uid = uid(event.replaces(), event.node());
                    clear(uid);
                    uidOf.remove(event.replaces());
                    take(uid, event.subject(), block);
                }
            }
        }
    }

    private int uid(String name, Node at) {
        Integer uid = uidOf.get(name);
        if (uid == null) {
            throw at.error("'" + name + "' is not registered at epoch " + epoch);
        }
        return uid;
    }

    private void append(String name, long block) {
        names.add(null);
        roles.add(null);
        registrationBlock.add(0L);
        for (int m = 0; m < rows.size(); m++) {
            rows.get(m).add(null);
            lastUpdate.get(m).add(0L);
        }
        take(names.size() - 1, name, block);
    }

    /** {@code name} takes {@code uid}, registered at {@code block} (the chain's replace_neuron). */
    private void take(int uid, String name, long block) {
        Scenario.Neuron neuron = neurons.get(name);
        names.set(uid, name);
        roles.set(uid, neuron.role());
        registrationBlock.set(uid, block);
        for (int m = 0; m < rows.size(); m++) {
            lastUpdate.get(m).set(uid, block);
        }
        uidOf.put(name, uid);
        stakeOf.putIfAbsent(name, neuron.stakeFrom().floorEntry(Math.max(epoch, 0)).getValue());
    }

    /**
     * The chain's clear_neuron: the uid's own weights and bonds go, weights others set on it
     * become zeros, its permit is withdrawn; its stake leaves with its hotkey.
     */
    private void clear(int uid) {
        for (List<int[][]> mechanism : rows) {
            mechanism.set(uid, null);
            for (int v = 0; v < mechanism.size(); v++) {
                int[][] row = mechanism.get(v);
                if (row != null && Arrays.stream(row[0]).anyMatch(c -> c == uid)) {
                    int[] values = row[1].clone();
                    for (int k = 0; k < values.length; k++) {
                        if (row[0][k] == uid) {
                            values[k] = 0;
                        }
                    }
                    mechanism.set(v, new int[][] {row[0], values});
                }
            }
        }
        edits.add(new Edit(true, uid));
    }

    private void setWeights(int uid, List<List<int[][]>> before, long block) {
        String name = names.get(uid);
        for (int m = 0; m < rows.size(); m++) {
            Scenario.WeightRule rule = null;
            for (Scenario.WeightRule candidate : scenario.weights()) {
                if ((candidate.mechanism() < 0 || candidate.mechanism() == m) && candidate.covers(epoch, name)) {
                    rule = candidate;
                }
            }
            if (rule == null) {
                continue;
            }
            Scenario.Row row = rule.row();
            int[][] set;
            if (row.copyOf() != null) {
                Integer source = uidOf.get(row.copyOf());
                set = source == null || source >= before.get(m).size() ? null : before.get(m).get(source);
                if (set == null) {
                    continue;
                }
            } else {
                int[] columns = new int[row.targets().size()];
                for (int k = 0; k < columns.length; k++) {
                    columns[k] = uid(row.targets().get(k), rule.node());
                }
                set = new int[][] {columns, row.values()};
            }
            rows.get(m).set(uid, set);
            lastUpdate.get(m).set(uid, block);
        }
    }

    int epoch() {
        return epoch;
    }

    int n() {
        return names.size();
    }

    /** The names by uid; null for a deregistered uid no one took. */
    String[] names() {
        return names.toArray(String[]::new);
    }

    Role[] roles() {
        return roles.toArray(Role[]::new);
    }

    long[] stakes() {
        long[] stakes = new long[names.size()];
        for (int uid = 0; uid < stakes.length; uid++) {
            String name = names.get(uid);
            stakes[uid] = name == null ? 0 : stakeOf.get(name);
        }
        return stakes;
    }

    long[] registrationBlocks() {
        return registrationBlock.stream().mapToLong(Long::longValue).toArray();
    }

    long[] lastUpdates(int mechanism) {
        return lastUpdate.get(mechanism).stream().mapToLong(Long::longValue).toArray();
    }

    /** The weights of a mechanism as the chain stores them: each row in the order it was set. */
    SparseMatrix weights(int mechanism) {
        SparseMatrix.Builder builder = new SparseMatrix.Builder(names.size());
        for (int[][] row : rows.get(mechanism)) {
            if (row != null) {
                for (int k = 0; k < row[0].length; k++) {
                    builder.add(row[0][k], row[1][k]);
                }
            }
            builder.endRow();
        }
        return builder.build();
    }

    /** The uid of the subnet owner, or -1. */
    int ownerUid() {
        Integer uid = scenario.owner() == null ? null : uidOf.get(scenario.owner());
        return uid == null ? -1 : uid;
    }

    /** The hyperparameters events have set so far (they apply over every variant's). */
    Map<Hyperparameter, Long> eventSettings() {
        return eventSettings;
    }
}
