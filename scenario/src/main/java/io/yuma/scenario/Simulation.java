package io.yuma.scenario;

import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.api.SparseMatrix;
import io.yuma.api.SubnetInput;
import io.yuma.api.SubnetResult;
import io.yuma.api.YumaEngine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Computes every variant of a scenario, epoch by epoch: each epoch step builds one input per
 * variant from the shared {@link World} and the variant's own bonds and permits, computes them
 * together in one engine call ({@link YumaEngine#runAll}, or {@link YumaEngine#runSubnets} for
 * several mechanisms), and carries each variant's bonds and permits into its next epoch as the
 * chain does.
 */
public final class Simulation {
    private Simulation() {
    }

    /**
     * Runs a scenario.
     *
     * @param scenario the scenario
     * @param engine the engine that computes the epochs
     * @param progress told after every epoch step
     * @return every variant's result at every epoch
     * @throws ScenarioException when an event or weight rule cannot apply (a neuron not
     *     registered at that epoch), naming the file, line and field
     * @throws io.yuma.api.InvalidInputException when an epoch's input is invalid for the chain
     *     (a stake sum beyond u64, say)
     */
    public static SimulationResult run(Scenario scenario, YumaEngine engine, SimulationProgress progress) {
        List<Scenario.Variant> variants = scenario.variants();
        int mechanisms = scenario.mechanisms();
        World world = new World(scenario);
        List<boolean[]> permits = new ArrayList<>();
        List<List<SparseMatrix>> bonds = new ArrayList<>();
        for (int v = 0; v < variants.size(); v++) {
            boolean[] initial = new boolean[world.n()];
            Role[] roles = world.roles();
            for (int uid = 0; uid < initial.length; uid++) {
                initial[uid] = scenario.initialPermits() && roles[uid] == Role.VALIDATOR;
            }
            permits.add(initial);
            List<SparseMatrix> empty = new ArrayList<>();
            for (int m = 0; m < mechanisms; m++) {
                empty.add(SparseMatrix.empty(world.n()));
            }
            bonds.add(empty);
        }
        SimulationResult.Builder result = new SimulationResult.Builder(scenario);
        VariantSettings settings = new VariantSettings(scenario);
        for (int epoch = 0; epoch < scenario.epochs(); epoch++) {
            List<World.Edit> edits = world.step();
            settings.update(world.eventSettings());
            int n = world.n();
            List<SparseMatrix> weights = new ArrayList<>();
            for (int m = 0; m < mechanisms; m++) {
                weights.add(world.weights(m));
            }
            Shared shared = new Shared(world, mechanisms);
            List<List<EpochInput>> inputs = new ArrayList<>(variants.size());
            for (int v = 0; v < variants.size(); v++) {
                permits.set(v, edited(permits.get(v), n, edits));
                List<EpochInput> mechanismInputs = new ArrayList<>(mechanisms);
                for (int m = 0; m < mechanisms; m++) {
                    SparseMatrix carried = edited(bonds.get(v).get(m), n, edits);
                    EpochInput.Builder builder = EpochInput.builder();
                    settings.apply(v, builder);
                    mechanismInputs.add(input(builder, scenario, world, shared, epoch, m, weights.get(m), carried,
                            permits.get(v)));
                }
                inputs.add(mechanismInputs);
            }
            List<SubnetResult> computed = mechanisms == 1 ? single(engine, inputs)
                    : engine.runSubnets(inputs.stream().map(i -> SubnetInput.of(i, scenario.emissionSplit())).toList());
            for (int v = 0; v < variants.size(); v++) {
                SubnetResult r = computed.get(v);
                permits.set(v, r.subnet().newValidatorPermit());
                List<SparseMatrix> next = new ArrayList<>(mechanisms);
                r.mechanisms().forEach(mechanism -> next.add(mechanism.bonds()));
                bonds.set(v, next);
            }
            result.epoch(world.names(), world.roles(), world.stakes(), weights.getFirst(), computed);
            progress.epochDone(epoch + 1, scenario.epochs());
        }
        return result.build();
    }

    /** A single mechanism's epochs through runAll, as subnet results of one mechanism. */
    private static List<SubnetResult> single(YumaEngine engine, List<List<EpochInput>> variants) {
        List<EpochInput> inputs = variants.stream().map(List::getFirst).toList();
        List<EpochResult> results = engine.runAll(inputs);
        List<SubnetResult> wrapped = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            wrapped.add(new SubnetResult(new long[] {inputs.get(i).raoEmission()}, List.of(results.get(i)),
                    results.get(i)));
        }
        return wrapped;
    }

    /** What every variant's input of an epoch shares, made once per epoch step. */
    private record Shared(long[] stakes, long[] taoStakes, long[] registrations, long[] noCommit,
            List<long[]> lastUpdates) {
        Shared(World world, int mechanisms) {
            this(world.stakes(), new long[world.n()], world.registrationBlocks(), noCommit(world.n()),
                    lastUpdates(world, mechanisms));
        }

        private static long[] noCommit(int n) {
            long[] none = new long[n];
            Arrays.fill(none, EpochInput.NO_COMMIT);
            return none;
        }

        private static List<long[]> lastUpdates(World world, int mechanisms) {
            List<long[]> updates = new ArrayList<>(mechanisms);
            for (int m = 0; m < mechanisms; m++) {
                updates.add(world.lastUpdates(m));
            }
            return updates;
        }
    }

    /** The input of one mechanism of a variant, on a builder holding the variant's hyperparameters. */
    private static EpochInput input(EpochInput.Builder builder, Scenario scenario, World world, Shared shared,
            int epoch, int mechanism, SparseMatrix weights, SparseMatrix bonds, boolean[] permits) {
        Scenario.Blocks blocks = scenario.blocks();
        long block = blocks.of(epoch);
        return builder.n(world.n()).currentBlock(block)
                .lastMechanismStepBlock(blocks.lastStep() ? Math.max(0, block - blocks.perEpoch()) : 0)
                .ownerUid(world.ownerUid()).raoEmission(scenario.emission())
                .alphaStake(shared.stakes()).taoStake(shared.taoStakes()).lastUpdate(shared.lastUpdates().get(mechanism))
                .blockAtRegistration(shared.registrations()).validatorPermit(permits).commitBlock(shared.noCommit())
                .weights(weights).bonds(bonds).build();
    }

    /** Permits grown to {@code n} uids, withdrawn from cleared uids. */
    private static boolean[] edited(boolean[] permits, int n, List<World.Edit> edits) {
        boolean[] next = Arrays.copyOf(permits, n);
        for (World.Edit edit : edits) {
            if (edit.wholeRow()) {
                next[edit.uid()] = false;
            }
        }
        return next;
    }

    /** Bonds grown to {@code n} rows, with cleared rows emptied and reset columns dropped. */
    private static SparseMatrix edited(SparseMatrix bonds, int n, List<World.Edit> edits) {
        if (edits.isEmpty() && bonds.rows() == n) {
            return bonds;
        }
        SparseMatrix.Builder builder = new SparseMatrix.Builder(n);
        for (int row = 0; row < n; row++) {
            if (row < bonds.rows() && !clearsRow(edits, row)) {
                for (int k = 0; k < bonds.rowLength(row); k++) {
                    int column = bonds.column(row, k);
                    if (!resetsColumn(edits, column)) {
                        builder.add(column, bonds.value(row, k));
                    }
                }
            }
            builder.endRow();
        }
        return builder.build();
    }

    private static boolean clearsRow(List<World.Edit> edits, int row) {
        return edits.stream().anyMatch(edit -> edit.wholeRow() && edit.uid() == row);
    }

    private static boolean resetsColumn(List<World.Edit> edits, int column) {
        return edits.stream().anyMatch(edit -> !edit.wholeRow() && edit.uid() == column);
    }
}
