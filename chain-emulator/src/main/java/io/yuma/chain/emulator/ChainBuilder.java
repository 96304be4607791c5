package io.yuma.chain.emulator;

import io.yuma.vector.Vector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;

/**
 * Builds the emulated chain from vectors: vector {@code i} (in the order given) runs on subnet
 * {@code i + 1}; each is laid out whole or refused whole. Across vectors it keeps the per-block
 * cap: at most {@link VectorLayout#MAX_EPOCHS_PER_BLOCK} epochs run in a block, and none in a
 * block where another vector's deferral set the cap to 0.
 */
final class ChainBuilder {
    private final SubtensorStorage storage = new SubtensorStorage();
    private final VersionedState state = new VersionedState();
    private final Map<Long, Integer> epochsAtBlock = new HashMap<>();
    private final Set<Long> capZeroBlocks = new HashSet<>();
    private final List<Placement> placements = new ArrayList<>();
    private final List<Refusal> refusals = new ArrayList<>();
    private final Map<String, Integer> netuids = new HashMap<>();
    private long lastBlock;

    void add(Vector vector, boolean parentChild, boolean deferByCap) {
        int netuid = netuids.size() + 1;
        if (netuid >= SubtensorStorage.GLOBAL_MAX_SUBNET_COUNT) {
            throw new IllegalArgumentException("vector " + vector.name() + ": more than "
                    + (SubtensorStorage.GLOBAL_MAX_SUBNET_COUNT - 1) + " vectors for one chain");
        }
        if (netuids.putIfAbsent(vector.name(), netuid) != null) {
            throw new IllegalArgumentException("vector " + vector.name() + " is given twice");
        }
        List<ChainEpoch> epochs = vector.isSubnet()
                ? vector.subnetEpochs().stream().map(ChainEpoch::of).toList()
                : vector.epochs().stream().map(ChainEpoch::of).toList();
        VectorLayout layout = new VectorLayout(storage, netuid, parentChild, deferByCap);
        try {
            layout.layOut(epochs);
            checkCap(layout);
            layout.writes().checkAgainst(state);
        } catch (LayoutConflict c) {
            refusals.add(new Refusal(vector.name(), "netuid " + netuid + ", " + c.getMessage()));
            return;
        }
        layout.writes().applyTo(state);
        layout.capZeroBlocks().forEach(capZeroBlocks::add);
        for (int e = 0; e < epochs.size(); e++) {
            long block = layout.epochBlocks().get(e);
            epochsAtBlock.merge(block, 1, Integer::sum);
            lastBlock = Math.max(lastBlock, block);
            placements.add(new Placement(vector.name(), e, netuid, block, epochs.get(e).mechanisms().size(),
                    layout.capZeroBlocks().contains(block - 1)));
        }
    }

    private void checkCap(VectorLayout layout) throws LayoutConflict {
        for (long block : layout.epochBlocks()) {
            if (capZeroBlocks.contains(block)) {
                throw new LayoutConflict("its epoch at block " + block + " falls where another subnet's deferral set MaxEpochsPerBlock to 0");
            }
            if (epochsAtBlock.getOrDefault(block, 0) >= VectorLayout.MAX_EPOCHS_PER_BLOCK) {
                throw new LayoutConflict("block " + block + " already runs " + VectorLayout.MAX_EPOCHS_PER_BLOCK
                        + " epochs, the per-block cap (a third would be deferred)");
            }
        }
        for (long block : layout.capZeroBlocks()) {
            if (epochsAtBlock.containsKey(block) || layout.epochBlocks().contains(block)) {
                throw new LayoutConflict("deferring by the cap needs MaxEpochsPerBlock = 0 at block " + block
                        + ", where another epoch runs");
            }
        }
    }

    EmulatedChain build(NavigableMap<Long, Integer> specVersions) {
        return new EmulatedChain(state, lastBlock + 1, specVersions, MetadataV14Writer.write(storage));
    }

    List<Placement> placements() {
        return List.copyOf(placements);
    }

    List<Refusal> refusals() {
        return List.copyOf(refusals);
    }
}
