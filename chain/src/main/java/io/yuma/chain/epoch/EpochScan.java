package io.yuma.chain.epoch;

import com.fasterxml.jackson.databind.JsonNode;
import io.yuma.chain.ChainException;
import io.yuma.chain.metadata.StorageEntry;
import io.yuma.chain.rpc.MalformedResponseException;
import io.yuma.chain.rpc.RpcCall;
import io.yuma.chain.rpc.SubstrateRpc;
import io.yuma.chain.scale.Hex;
import io.yuma.chain.scale.Value;
import io.yuma.chain.storage.ChainStorage;
import io.yuma.chain.storage.KeyedValue;
import io.yuma.chain.storage.MetadataCache;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the blocks in a range where a subnet's scheduler fired, exactly and from state.
 *
 * <p>Since spec {@value #STATEFUL_SCHEDULER_SPEC} (the stateful scheduler) every block {@code B}
 * that consumed a slot, run or skipped, has {@code LastEpochBlock == B} in its state, and
 * {@code LastEpochBlock} in any block's state is the latest such block at or before it. So the
 * scan reads {@code LastEpochBlock} at {@code to}, then at the block before each slot found,
 * walking back until it passes {@code from}: two round trips per slot (the hashes of the slot and
 * its parent, then the parent's runtime version and {@code LastEpochBlock} and the slot's
 * {@code LastMechansimStepBlock} in one batch), which also give the reader the hashes and the
 * runtime it needs, and tell a slot where no epoch ran, which then needs no read. Where the walk reaches a runtime before
 * {@value #STATEFUL_SCHEDULER_SPEC}, the rest of the range (downwards) follows the stateless rule
 * of those runtimes, {@code (block + netuid + 1) % (tempo + 1) == 0}, with the {@code Tempo} read
 * at that point (a tempo changed before it is not followed: those records are flagged as rules not
 * implemented anyway).
 */
public final class EpochScan {
    /** The first runtime with the stateful scheduler ({@code LastEpochBlock}, {@code PendingEpochAt}). */
    public static final long STATEFUL_SCHEDULER_SPEC = 423;

    private final SubstrateRpc rpc;
    private final MetadataCache metadata;

    /**
     * A scan of the node behind {@code rpc}.
     *
     * @param rpc the node
     * @param metadata the runtimes' metadata
     */
    public EpochScan(SubstrateRpc rpc, MetadataCache metadata) {
        this.rpc = rpc;
        this.metadata = metadata;
    }

    /**
     * The subnets that exist at a block ({@code NetworksAdded}), root (0) left out.
     *
     * @param blockHash the block
     * @return their netuids, ascending
     */
    public List<Integer> subnets(String blockHash) {
        ChainStorage storage = metadata.storageAt(blockHash);
        List<Integer> netuids = new ArrayList<>();
        Iterator<KeyedValue> added = storage.iterate(storage.entry(EpochReader.PALLET, "NetworksAdded"), List.of(), blockHash);
        while (added.hasNext()) {
            KeyedValue entry = added.next();
            int netuid = entry.key().getFirst().asInt();
            if (netuid != 0 && entry.value().asBoolean()) {
                netuids.add(netuid);
            }
        }
        Collections.sort(netuids);
        return netuids;
    }

    /**
     * Every slot of subnet {@code netuid} in {@code [from, to]}.
     *
     * @param netuid the subnet
     * @param from the first block (at least 1)
     * @param to the last block
     * @return the slots, ascending; those below the stateful scheduler's runtime without hashes
     * @throws ChainException when the node fails
     */
    public List<EpochSlot> scan(int netuid, long from, long to) {
        List<EpochSlot> slots = new ArrayList<>();
        String toHash = BlockHashes.of(rpc, List.of(to)).getFirst();
        ChainStorage storage = metadata.storageAt(toHash);
        Optional<StorageEntry> lastEpoch = storage.metadata().pallet(EpochReader.PALLET)
                .flatMap(p -> p.storageEntry("LastEpochBlock"));
        Optional<StorageEntry> lastStep = storage.metadata().pallet(EpochReader.PALLET)
                .flatMap(p -> p.storageEntry("LastMechansimStepBlock"));
        Value net = EpochReader.integer(netuid);
        long cursor = to;
        String cursorHash = toHash;
        // A slot found waits for its runtime, which the next probe (at its parent) reads.
        long pendingBlock = -1;
        String pendingHash = null;
        while (true) {
            Probe probe = lastEpoch.isEmpty() ? new Probe(specAt(cursorHash), 0, false)
                    : probe(storage, lastEpoch.get(), lastStep, net, cursorHash, pendingBlock, pendingHash);
            if (pendingBlock >= 0) {
                slots.add(new EpochSlot(netuid, pendingBlock, cursorHash, pendingHash, probe.spec, probe.pendingSkipped));
                pendingBlock = -1;
            }
            if (cursor < from) {
                break;
            }
            if (probe.spec < STATEFUL_SCHEDULER_SPEC) {
                statelessSlots(storage, netuid, from, cursor, cursorHash, slots);
                break;
            }
            long slot = probe.lastEpochBlock;
            if (slot < from || slot < 1 || slot > cursor) {
                break;
            }
            List<String> hashes = BlockHashes.of(rpc, List.of(slot - 1, slot));
            pendingBlock = slot;
            pendingHash = hashes.get(1);
            cursor = slot - 1;
            cursorHash = hashes.get(0);
        }
        Collections.reverse(slots);
        return slots;
    }

    /**
     * What a probe read.
     *
     * @param spec the runtime at the probed block
     * @param lastEpochBlock its {@code LastEpochBlock}
     * @param pendingSkipped whether the slot waiting for this probe (the probed block's child) ran no epoch
     */
    private record Probe(long spec, long lastEpochBlock, boolean pendingSkipped) {
    }

    /**
     * The runtime and {@code LastEpochBlock} at a block and, when a slot waits (the block's child),
     * that slot's {@code LastMechansimStepBlock}, in one round trip.
     */
    private Probe probe(ChainStorage storage, StorageEntry lastEpoch, Optional<StorageEntry> lastStep, Value net,
            String hash, long pendingBlock, String pendingHash) {
        String key = Hex.encode(storage.keys().key(lastEpoch, List.of(net)));
        List<RpcCall> calls = new ArrayList<>(List.of(RpcCall.of("state_getRuntimeVersion", hash),
                SubstrateRpc.queryStorageAtCall(List.of(key), hash)));
        boolean askStep = pendingBlock >= 0 && lastStep.isPresent();
        String stepKey = askStep ? Hex.encode(storage.keys().key(lastStep.get(), List.of(net))) : null;
        if (askStep) {
            calls.add(SubstrateRpc.queryStorageAtCall(List.of(stepKey), pendingHash));
        }
        List<JsonNode> results = rpc.batch(calls);
        long spec = spec(results.get(0));
        Map<String, Optional<byte[]>> stored = rpc.changes(results.get(1), List.of(key));
        long block = storage.decode(lastEpoch, List.of(net), stored.get(key)).asBigInteger().longValue();
        boolean skipped = false;
        if (askStep) {
            Map<String, Optional<byte[]>> step = rpc.changes(results.get(2), List.of(stepKey));
            // The reader's own test (EpochReader: ChainEpoch.ran), read here so that a slot without an epoch costs no read.
            skipped = storage.decode(lastStep.get(), List.of(net), step.get(stepKey)).asBigInteger().longValue() != pendingBlock;
        }
        return new Probe(spec, block, skipped);
    }

    private long specAt(String hash) {
        return rpc.runtimeVersion(hash).specVersion();
    }

    private long spec(JsonNode version) {
        if (!version.path("specVersion").canConvertToLong()) {
            throw new MalformedResponseException(rpc.url() + ": state_getRuntimeVersion: no specVersion in "
                    + Hex.abbreviate(version.toString()));
        }
        return version.get("specVersion").asLong();
    }

    private void statelessSlots(ChainStorage storage, int netuid, long from, long cursor, String cursorHash,
            List<EpochSlot> slots) {
        int tempo = storage.read(storage.entry(EpochReader.PALLET, "Tempo"), List.of(EpochReader.integer(netuid)),
                cursorHash).asInt();
        long period = tempo + 1L;
        long first = Math.max(from, 1);
        // The latest block b <= cursor with (b + netuid + 1) % period == 0, then every period below it.
        long b = cursor - Math.floorMod(cursor + netuid + 1, period);
        List<EpochSlot> found = new ArrayList<>();
        for (; b >= first; b -= period) {
            found.add(new EpochSlot(netuid, b, null, null, -1, false));
        }
        slots.addAll(found);
    }
}
