package io.yuma.chain.emulator;

import static io.yuma.chain.emulator.StateReader.key;
import static io.yuma.chain.emulator.StateReader.le;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.api.SparseMatrix;
import io.yuma.vector.Vector;
import io.yuma.vector.VectorReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every golden vector, laid out and read back from the served state as CHAIN-STATE.md says the
 * chain reads it: the scheduler fires exactly at each epoch's block, the parent state gives back
 * every input field and the epoch block's state holds every stored output. Vectors the emulator
 * refuses are printed with their reason and must account for every epoch not served.
 */
class LayoutTest {
    @Test
    void plainLayoutGivesBackEveryVector() throws IOException {
        checkAll(names -> Set.of(), names -> Set.of());
    }

    @Test
    void parentChildStakeAndDeferralsGiveBackEveryVector() throws IOException {
        checkAll(names -> names, names -> names);
    }

    private static void checkAll(Function<Set<String>, Set<String>> parentChild, Function<Set<String>, Set<String>> deferred)
            throws IOException {
        Map<String, Vector> vectors = new LinkedHashMap<>();
        for (Path f : GoldenVectors.all()) {
            Vector v = VectorReader.read(f);
            vectors.put(v.name(), v);
        }
        ChainEmulator.Builder builder = ChainEmulator.builder();
        vectors.values().forEach(builder::vector);
        try (ChainEmulator node = builder.parentChildStake(parentChild.apply(vectors.keySet()))
                .deferByCap(deferred.apply(vectors.keySet())).start()) {
            node.refusals().forEach(r -> System.out.println("refused " + r.vector() + ": " + r.reason()));
            Set<String> refused = new HashSet<>();
            node.refusals().forEach(r -> refused.add(r.vector()));
            int servedEpochs = 0;
            for (Vector v : vectors.values()) {
                servedEpochs += refused.contains(v.name()) ? 0 : v.epochCount();
            }
            assertEquals(servedEpochs, node.placements().size());
            assertTrue(node.placements().size() > node.refusals().size(), "most vectors are served");
            VersionedState state = node.chain().state();
            List<Long> previousBlocks = new ArrayList<>();
            for (Placement p : node.placements()) {
                Vector v = vectors.get(p.vector());
                long previous = p.epoch() == 0 ? -1 : previousBlocks.getLast();
                checkSchedule(state, p, previous);
                if (v.isSubnet()) {
                    checkSubnet(state, p, v);
                } else {
                    String where = p.vector() + " epoch " + p.epoch();
                    checkInput(v.epochs().get(p.epoch()).input(), new EpochFromState(state, p.block(), p.netuid()).mechanism(0, p.block()), where);
                    EpochResult out = v.epochs().get(p.epoch()).expected();
                    checkOutputs(state, p, List.of(out), out, where);
                }
                if (p.epoch() == 0) {
                    previousBlocks.clear();
                }
                previousBlocks.add(p.block());
            }
            System.out.println(node.placements().size() + " epochs served, " + node.refusals().size() + " vectors refused, "
                    + node.placements().stream().filter(Placement::deferred).count() + " epochs deferred by the cap");
        }
    }

    /** Replays should_run_epoch and the cap from the served state: the subnet's epoch runs first at the placement's block. */
    private static void checkSchedule(VersionedState state, Placement p, long previous) {
        byte[] net = le(p.netuid(), 2);
        long tempo0 = new StateReader(state, p.block() - 1).number(key("Tempo", net), 360);
        // Before the previous epoch, or more than a tempo and the deferral back, the schedule cannot fire for this epoch.
        long from = Math.max(Math.max(previous + 1, p.block() - tempo0 - 2), 1);
        for (long x = from; x <= p.block(); x++) {
            StateReader before = new StateReader(state, x - 1);
            if (before.raw(key("NetworksAdded", net)) == null) {
                continue;
            }
            long tempo = before.number(key("Tempo", net), 360);
            long pending = before.number(key("PendingEpochAt", net), 0);
            long last = before.number(key("LastEpochBlock", net), 0);
            long cap = before.number(key("MaxEpochsPerBlock"), 2);
            boolean due = pending > 0 && x >= pending || x - last >= tempo;
            boolean runs = due && cap > 0;
            assertEquals(x == p.block(), runs, p.vector() + " epoch " + p.epoch() + ": should_run_epoch at block " + x
                    + " (tempo " + tempo + ", LastEpochBlock " + last + ", PendingEpochAt " + pending + ", cap " + cap + ")");
        }
    }

    private static void checkSubnet(VersionedState state, Placement p, Vector v) {
        var epoch = v.subnetEpochs().get(p.epoch());
        EpochFromState read = new EpochFromState(state, p.block(), p.netuid());
        String where = p.vector() + " epoch " + p.epoch();
        assertEquals(epoch.input().mechanismCount(), read.mechanismCount(), where + ": MechanismCountCurrent");
        assertArrayEquals(epoch.input().emissionSplit(), read.split(), where + ": MechanismEmissionSplit");
        for (int m = 0; m < epoch.input().mechanismCount(); m++) {
            checkInput(epoch.input().mechanism(m), read.mechanism(m, p.block()), where + " mechanism " + m);
        }
        checkOutputs(state, p, epoch.expected().mechanisms(), epoch.expected().subnet(), where);
    }

    private static void checkInput(EpochInput want, EpochInput got, String where) {
        assertEquals(want.n(), got.n(), where + ": n");
        assertEquals(want.tempo(), got.tempo(), where + ": tempo");
        assertEquals(want.activityCutoff(), got.activityCutoff(), where + ": activity_cutoff");
        assertEquals(want.lastMechanismStepBlock(), got.lastMechanismStepBlock(), where + ": last_mechanism_step_block");
        assertEquals(want.kappa(), got.kappa(), where + ": kappa");
        assertEquals(want.bondsPenalty(), got.bondsPenalty(), where + ": bonds_penalty");
        assertEquals(want.bondsMovingAverage(), got.bondsMovingAverage(), where + ": bonds_moving_average");
        assertEquals(want.liquidAlpha(), got.liquidAlpha(), where + ": liquid_alpha");
        assertEquals(want.yuma3(), got.yuma3(), where + ": yuma3");
        assertEquals(want.alphaLow(), got.alphaLow(), where + ": alpha_low");
        assertEquals(want.alphaHigh(), got.alphaHigh(), where + ": alpha_high");
        assertEquals(want.alphaSigmoidSteepness(), got.alphaSigmoidSteepness(), where + ": alpha_sigmoid_steepness");
        assertEquals(want.maxAllowedValidators(), got.maxAllowedValidators(), where + ": max_allowed_validators");
        assertEquals(want.stakeThreshold(), got.stakeThreshold(), where + ": stake_threshold");
        assertEquals(want.ownerUid(), got.ownerUid(), where + ": owner_uid");
        assertEquals(want.taoWeight(), got.taoWeight(), where + ": tao_weight");
        assertEquals(want.raoEmission(), got.raoEmission(), where + ": rao_emission");
        assertEquals(want.commitReveal(), got.commitReveal(), where + ": commit_reveal");
        assertArrayEquals(want.alphaStakes(), got.alphaStakes(), where + ": alpha_stake");
        assertArrayEquals(want.taoStakes(), got.taoStakes(), where + ": tao_stake");
        assertArrayEquals(want.lastUpdates(), got.lastUpdates(), where + ": last_update");
        assertArrayEquals(want.blocksAtRegistration(), got.blocksAtRegistration(), where + ": block_at_registration");
        assertArrayEquals(want.validatorPermits(), got.validatorPermits(), where + ": validator_permit");
        if (want.commitReveal()) {
            assertArrayEquals(want.commitBlocks(), got.commitBlocks(), where + ": commit_block");
        }
        assertEquals(want.weights(), got.weights(), where + ": weights");
        assertEquals(want.bonds(), got.bonds(), where + ": bonds");
    }

    private static void checkOutputs(VersionedState state, Placement p, List<EpochResult> mechanisms, EpochResult subnet, String where) {
        StateReader after = new StateReader(state, p.block());
        byte[] net = le(p.netuid(), 2);
        for (int m = 0; m < mechanisms.size(); m++) {
            byte[] idx = le(m * 4096 + p.netuid(), 2);
            EpochResult r = mechanisms.get(m);
            assertEquals(ints(r.incentive()), StateReader.vec(after.raw(key("Incentive", idx)), 2), where + ": Incentive " + m);
            SparseMatrix.Builder bonds = new SparseMatrix.Builder(r.n());
            for (int uid = 0; uid < r.n(); uid++) {
                StateReader.Cursor c = new StateReader.Cursor(after.raw(key("Bonds", idx, le(uid, 2))));
                int count = c.compact();
                for (int k = 0; k < count; k++) {
                    bonds.add((int) c.fixed(2), c.fixed(2));
                }
                bonds.endRow();
            }
            assertEquals(r.bonds(), bonds.build(), where + ": Bonds " + m);
        }
        assertEquals(bools(subnet.active()), StateReader.vec(after.raw(key("Active", net)), 1), where + ": Active");
        assertEquals(longs(subnet.emission()), StateReader.vec(after.raw(key("Emission", net)), 8), where + ": Emission");
        assertEquals(ints(subnet.consensus()), StateReader.vec(after.raw(key("Consensus", net)), 2), where + ": Consensus");
        assertEquals(ints(subnet.dividend()), StateReader.vec(after.raw(key("Dividends", net)), 2), where + ": Dividends");
        assertEquals(ints(subnet.validatorTrust()), StateReader.vec(after.raw(key("ValidatorTrust", net)), 2), where + ": ValidatorTrust");
        assertEquals(bools(subnet.newValidatorPermit()), StateReader.vec(after.raw(key("ValidatorPermit", net)), 1), where + ": ValidatorPermit");
        assertEquals(ints(subnet.stakeWeight()), StateReader.vec(after.raw(key("StakeWeight", net)), 2), where + ": StakeWeight");
        assertEquals(0, after.number(key("SubnetAlphaOutEmission", net), -1), where + ": no alpha emitted at the epoch block");
        assertFalse(after.number(key("LastEpochBlock", net), 0) != p.block(), where + ": LastEpochBlock");
    }

    private static List<Long> ints(int[] values) {
        List<Long> out = new ArrayList<>();
        for (int v : values) {
            out.add((long) v);
        }
        return out;
    }

    private static List<Long> longs(long[] values) {
        List<Long> out = new ArrayList<>();
        for (long v : values) {
            out.add(v);
        }
        return out;
    }

    private static List<Long> bools(boolean[] values) {
        List<Long> out = new ArrayList<>();
        for (boolean v : values) {
            out.add(v ? 1L : 0L);
        }
        return out;
    }
}
