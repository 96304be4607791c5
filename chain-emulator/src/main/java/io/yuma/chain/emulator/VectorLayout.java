package io.yuma.chain.emulator;

import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Lays one vector's epochs out on subnet {@code netuid} as CHAIN-STATE.md describes: each epoch's
 * inputs in the state after its parent block {@code b - 1}, its outputs in the state after its
 * block {@code b}, and the stateful scheduler's items (LastEpochBlock, PendingEpochAt,
 * SubnetEpochIndex, MaxEpochsPerBlock) such that the chain's {@code should_run_epoch} fires at
 * exactly each {@code b}. Stages everything into a {@link WriteSet}; a vector the chain cannot
 * hold fails with a {@link LayoutConflict}.
 */
final class VectorLayout {
    /** SubnetEpochIndex before the first epoch: any value of at least 3 lets expired commits exist. */
    static final long FIRST_EPOCH_INDEX = 100;
    /** The chain's MAX_TEMPO: a subnet whose BlocksSinceLastStep exceeds it runs an epoch regardless. */
    static final long MAX_TEMPO = 50_400;
    /** The runtime's default MaxEpochsPerBlock (SubtensorMaxEpochsPerBlock, production build). */
    static final int MAX_EPOCHS_PER_BLOCK = 2;
    private static final int ROOT_SHARE_DIVISOR = 4;

    private final SubtensorStorage s;
    private final int netuid;
    private final boolean parentChild;
    private final boolean deferByCap;
    private final WriteSet writes = new WriteSet();
    private final List<Long> epochBlocks = new ArrayList<>();
    private final List<Long> capZeroBlocks = new ArrayList<>();

    VectorLayout(SubtensorStorage storage, int netuid, boolean parentChild, boolean deferByCap) {
        this.s = storage;
        this.netuid = netuid;
        this.parentChild = parentChild;
        this.deferByCap = deferByCap;
    }

    WriteSet writes() {
        return writes;
    }

    /** {@return the blocks at which this vector's epochs run, in order} */
    List<Long> epochBlocks() {
        return epochBlocks;
    }

    /** {@return the blocks at which MaxEpochsPerBlock is 0 (no other subnet's epoch may run there)} */
    List<Long> capZeroBlocks() {
        return capZeroBlocks;
    }

    void layOut(List<ChainEpoch> epochs) throws LayoutConflict {
        NavigableSet<byte[]> previousInputs = new TreeSet<>(Arrays::compareUnsigned);
        long previousBlock = -1;
        long epochIndex = FIRST_EPOCH_INDEX;
        for (int e = 0; e < epochs.size(); e++) {
            ChainEpoch epoch = epochs.get(e);
            try {
                long block = epoch.block();
                if (block <= previousBlock) {
                    throw new LayoutConflict("current_block " + block + " does not follow the previous epoch's " + previousBlock);
                }
                if (block < 1) {
                    throw new LayoutConflict("current_block 0 has no parent block to read inputs from");
                }
                // The scheduler's items change at every epoch block anyway: they are not inputs to carry over.
                schedule(epoch.shared(), block, previousBlock, epochIndex, new KeyedWrites(writes));
                KeyedWrites inputs = new KeyedWrites(writes);
                writeInputs(epoch, block - 1, epochIndex, inputs);
                removeStale(previousInputs, inputs.written(), block - 1);
                writeOutputs(epoch, block, epochIndex);
                previousInputs = inputs.written();
                previousBlock = block;
                epochIndex++;
                epochBlocks.add(block);
            } catch (LayoutConflict c) {
                throw new LayoutConflict("epoch " + e + ": " + c.getMessage());
            }
        }
    }

    /** Makes {@code should_run_epoch} true first at {@code block}: the auto schedule, a tempo reset, a trigger or a deferral. */
    private void schedule(EpochInput in, long block, long previousBlock, long epochIndex, KeyedWrites w) throws LayoutConflict {
        int tempo = in.tempo();
        if (tempo == 0) {
            throw new LayoutConflict("tempo 0: the chain never runs this subnet's epoch");
        }
        long parent = block - 1;
        byte[] net = Encode.u16(netuid);
        long anchor;
        if (deferByCap && (previousBlock < 0 ? parent >= tempo : block - previousBlock == tempo + 1L) && parent >= 1) {
            // Due at the parent block, where MaxEpochsPerBlock is 0: drain_pending defers it to block.
            anchor = parent - tempo;
            writes.put(parent - 1, s.maxEpochsPerBlock.name(), s.maxEpochsPerBlock.key(), Encode.u8(0));
            writes.put(parent, s.maxEpochsPerBlock.name(), s.maxEpochsPerBlock.key(), Encode.u8(MAX_EPOCHS_PER_BLOCK));
            w.put(parent, s.pendingEpochAt, Encode.u64(block), net);
            capZeroBlocks.add(parent);
        } else if (previousBlock < 0 || block - previousBlock >= tempo) {
            anchor = block - tempo;
            if (anchor < 0) {
                // Too early for the auto schedule: the owner's trigger (PendingEpochAt) fires it.
                anchor = 0;
                requireTrigger(in, block);
                w.put(parent, s.pendingEpochAt, Encode.u64(block), net);
            } else if (previousBlock >= 0 && anchor > previousBlock) {
                // set_tempo resets the schedule's anchor to the block it runs in.
                w.put(anchor, s.tempo, Encode.u16(tempo), net);
            }
        } else {
            anchor = previousBlock;
            requireTrigger(in, block);
            w.put(parent, s.pendingEpochAt, Encode.u64(block), net);
        }
        if (previousBlock >= 0 && block - previousBlock > MAX_TEMPO + 1) {
            throw new LayoutConflict("an epoch " + (block - previousBlock) + " blocks after the previous one: BlocksSinceLastStep"
                    + " would pass MAX_TEMPO (" + MAX_TEMPO + ") and run it earlier");
        }
        if (previousBlock < 0 || anchor != previousBlock) {
            w.put(Math.max(anchor, previousBlock < 0 ? parent : previousBlock + 1), s.lastEpochBlock, Encode.u64(anchor), net);
        }
        w.put(parent, s.subnetEpochIndex, Encode.u64(epochIndex), net);
        w.put(parent, s.blocksSinceLastStep, Encode.u64(parent - (previousBlock < 0 ? anchor : previousBlock)), net);
    }

    private static void requireTrigger(EpochInput in, long block) throws LayoutConflict {
        if (in.commitReveal()) {
            throw new LayoutConflict("the epoch at block " + block + " comes sooner than tempo " + in.tempo()
                    + " allows; only the owner's trigger (PendingEpochAt) runs it early, and commit-reveal forbids that");
        }
    }

    private void writeInputs(ChainEpoch epoch, long parent, long epochIndex, KeyedWrites w) throws LayoutConflict {
        EpochInput in = epoch.shared();
        byte[] net = Encode.u16(netuid);
        int n = in.n();
        w.put(parent, s.networksAdded, Encode.bool(true), net);
        w.put(parent, s.subnetworkN, Encode.u16(n), net);
        w.put(parent, s.tempo, Encode.u16(in.tempo()), net);
        w.put(parent, s.activityCutoffFactorMilli, Encode.u32(ActivityCutoff.factorMilli(in.activityCutoff(), in.tempo())), net);
        w.put(parent, s.kappa, Encode.u16(in.kappa()), net);
        w.put(parent, s.bondsPenalty, Encode.u16(in.bondsPenalty()), net);
        w.put(parent, s.bondsMovingAverage, Encode.u64(in.bondsMovingAverage()), net);
        w.put(parent, s.liquidAlphaOn, Encode.bool(in.liquidAlpha()), net);
        w.put(parent, s.yuma3On, Encode.bool(in.yuma3()), net);
        w.put(parent, s.alphaValues, new ScaleOut().u16(in.alphaLow()).u16(in.alphaHigh()).toBytes(), net);
        w.put(parent, s.alphaSigmoidSteepness, Encode.u16(in.alphaSigmoidSteepness()), net);
        w.put(parent, s.maxAllowedValidators, Encode.u16(in.maxAllowedValidators()), net);
        if (!in.commitReveal()) {
            // Enabled is the default: the entry exists only to turn commit-reveal off.
            w.put(parent, s.commitRevealWeightsEnabled, Encode.bool(false), net);
        }
        w.put(parent, s.revealPeriodEpochs, Encode.u64(CommitLayout.REVEAL_PERIOD), net);
        if (in.lastMechanismStepBlock() != 0) {
            w.put(parent, s.lastMechanismStepBlock, Encode.u64(in.lastMechanismStepBlock()), net);
        }
        writes.put(parent, s.stakeThreshold.name(), s.stakeThreshold.key(), Encode.u64(in.stakeThreshold()));
        writes.put(parent, s.taoWeight.name(), s.taoWeight.key(), Encode.u64(in.taoWeight()));
        byte[] owner = in.ownerUid() >= 0 ? Accounts.hotkey(netuid, in.ownerUid()) : Accounts.unregisteredOwner(netuid);
        w.put(parent, s.subnetOwnerHotkey, owner, net);
        for (int uid = 0; uid < n; uid++) {
            byte[] hotkey = Accounts.hotkey(netuid, uid);
            w.put(parent, s.keys, hotkey, net, Encode.u16(uid));
            w.put(parent, s.uids, Encode.u16(uid), net, hotkey);
            w.put(parent, s.blockAtRegistration, Encode.u64(in.blockAtRegistration(uid)), net, Encode.u16(uid));
        }
        new StakeLayout(s, netuid, parentChild).write(in, parent, w);
        w.put(parent, s.validatorPermit, Encode.bools(in.validatorPermits()), net);
        for (int m = 0; m < epoch.mechanisms().size(); m++) {
            EpochInput mech = epoch.mechanisms().get(m);
            byte[] index = Encode.u16(SubtensorStorage.mechanismIndex(netuid, m));
            w.put(parent, s.lastUpdate, Encode.u64s(mech.lastUpdates()), index);
            for (int uid = 0; uid < n; uid++) {
                if (mech.weights().rowLength(uid) > 0) {
                    w.put(parent, s.weights, Encode.row(mech.weights(), uid), index, Encode.u16(uid));
                }
                w.put(parent, s.bonds, Encode.row(mech.bonds(), uid), index, Encode.u16(uid));
            }
            if (in.commitReveal()) {
                new CommitLayout(s, netuid).write(mech, m, epochIndex, parent, w);
            }
        }
        if (epoch.declaresMechanisms()) {
            w.put(parent, s.mechanismCountCurrent, Encode.u8(epoch.mechanisms().size()), net);
            if (epoch.split() != null) {
                w.put(parent, s.mechanismEmissionSplit, Encode.u16s(epoch.split()), net);
            }
        }
        long rao = in.raoEmission();
        long server = Long.divideUnsigned(rao, 2);
        long root = Long.divideUnsigned(rao, ROOT_SHARE_DIVISOR);
        w.put(parent, s.pendingServerEmission, Encode.u64(server), net);
        w.put(parent, s.pendingValidatorEmission, Encode.u64(rao - server - root), net);
        w.put(parent, s.pendingRootAlphaDivs, Encode.u64(root), net);
        // The owner's cut is drained beside the epoch, never into it.
        w.put(parent, s.pendingOwnerCut, Encode.u64(Long.divideUnsigned(rao, 18)), net);
    }

    /** Entries the previous epoch's inputs held that this epoch's do not: removed in the parent block. */
    private void removeStale(NavigableSet<byte[]> previous, NavigableSet<byte[]> current, long parent) throws LayoutConflict {
        for (byte[] key : previous) {
            if (!current.contains(key)) {
                writes.put(parent, "an entry of the previous epoch", key, VersionedState.REMOVED);
            }
        }
    }

    private void writeOutputs(ChainEpoch epoch, long block, long epochIndex) throws LayoutConflict {
        KeyedWrites w = new KeyedWrites(writes);
        byte[] net = Encode.u16(netuid);
        int n = epoch.shared().n();
        for (int m = 0; m < epoch.mechanismResults().size(); m++) {
            EpochResult result = epoch.mechanismResults().get(m);
            byte[] index = Encode.u16(SubtensorStorage.mechanismIndex(netuid, m));
            w.put(block, s.incentive, Encode.u16s(result.incentive()), index);
            for (int uid = 0; uid < n; uid++) {
                w.put(block, s.bonds, Encode.row(result.bonds(), uid), index, Encode.u16(uid));
            }
        }
        EpochResult subnet = epoch.subnetResult();
        w.put(block, s.active, Encode.bools(subnet.active()), net);
        w.put(block, s.emission, Encode.u64s(subnet.emission()), net);
        w.put(block, s.consensus, Encode.u16s(subnet.consensus()), net);
        w.put(block, s.dividends, Encode.u16s(subnet.dividend()), net);
        w.put(block, s.validatorTrust, Encode.u16s(subnet.validatorTrust()), net);
        w.put(block, s.validatorPermit, Encode.bools(subnet.newValidatorPermit()), net);
        w.put(block, s.stakeWeight, Encode.u16s(subnet.stakeWeight()), net);
        w.put(block, s.lastMechanismStepBlock, Encode.u64(block), net);
        w.put(block, s.lastEpochBlock, Encode.u64(block), net);
        w.put(block, s.pendingEpochAt, Encode.u64(0), net);
        w.put(block, s.subnetEpochIndex, Encode.u64(epochIndex + 1), net);
        w.put(block, s.blocksSinceLastStep, Encode.u64(0), net);
        w.put(block, s.pendingServerEmission, Encode.u64(0), net);
        w.put(block, s.pendingValidatorEmission, Encode.u64(0), net);
        w.put(block, s.pendingRootAlphaDivs, Encode.u64(0), net);
        w.put(block, s.pendingOwnerCut, Encode.u64(0), net);
        // No alpha was emitted into the pending maps at the epoch block: the parent's pending is the epoch's emission.
        w.put(block, s.subnetAlphaOutEmission, Encode.u64(0), net);
    }
}
