package io.yuma.chain.epoch;

import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.api.SparseMatrix;
import io.yuma.api.SubnetInput;
import io.yuma.api.SubnetResult;
import io.yuma.chain.ChainException;
import io.yuma.chain.metadata.PalletMetadata;
import io.yuma.chain.metadata.StorageEntry;
import io.yuma.chain.rpc.SubstrateRpc;
import io.yuma.chain.scale.Hex;
import io.yuma.chain.scale.Value;
import io.yuma.chain.storage.ChainStorage;
import io.yuma.chain.storage.MetadataCache;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one subnet epoch from a node as chain-emulator/CHAIN-STATE.md documents the chain's read
 * set: the inputs from the parent block's state (every mechanism, stake inherited through parent
 * and child keys, commit blocks from both commit maps, the owner's uid, the pending emission), the
 * stored outputs from the epoch block's state. Four batched round trips per epoch (a fifth when a
 * uid has parent keys), besides the block hashes and the runtime version.
 */
public final class EpochReader {
    /** The pallet every item read is in. */
    static final String PALLET = "SubtensorModule";
    /** The chain's GLOBAL_MAX_SUBNET_COUNT: mechanism m's storage index is m * 4096 + netuid. */
    static final int MECHANISM_INDEX_STRIDE = 4096;

    private final SubstrateRpc rpc;
    private final MetadataCache metadata;

    /**
     * A reader of the node behind {@code rpc}.
     *
     * @param rpc the node (an archive node for past blocks)
     * @param metadata the runtimes' metadata, cached by spec version
     */
    public EpochReader(SubstrateRpc rpc, MetadataCache metadata) {
        this.rpc = rpc;
        this.metadata = metadata;
    }

    /**
     * Reads the epoch subnet {@code netuid} ran at block {@code block}.
     *
     * @param netuid the subnet
     * @param block the epoch's block (at least 1)
     * @return the epoch
     * @throws ChainException when the node fails or its state does not decode; an
     *     {@link io.yuma.chain.rpc.ArchiveNodeRequiredException} when the state was pruned
     */
    public ChainEpoch read(int netuid, long block) {
        if (block < 1) {
            throw new ChainException("block " + block + " has no parent block: an epoch reads its parent's state");
        }
        List<String> hashes = BlockHashes.of(rpc, List.of(block - 1, block));
        long spec = rpc.runtimeVersion(hashes.get(0)).specVersion();
        return read(netuid, block, hashes.get(0), hashes.get(1), spec);
    }

    /**
     * Reads the epoch at a block whose hashes and runtime are known.
     *
     * @param netuid the subnet
     * @param block the epoch's block
     * @param parentHash the hash of block {@code block - 1}
     * @param blockHash the hash of block {@code block}
     * @param specVersion the runtime in force in the parent's state (the one that ran the epoch)
     * @return the epoch
     * @throws ChainException when the node fails or its state does not decode
     */
    public ChainEpoch read(int netuid, long block, String parentHash, String blockHash, long specVersion) {
        ChainStorage storage = new ChainStorage(rpc, metadata.forVersion(specVersion, parentHash));
        return new Read(storage, netuid, block, parentHash, blockHash, specVersion).run();
    }

    /** One epoch's reads, phase by phase, each phase one batch. */
    private final class Read {
        private final ChainStorage storage;
        private final PalletMetadata pallet;
        private final int netuid;
        private final long block;
        private final String parent;
        private final String at;
        private final long spec;
        private final Value net;
        private final StateBatch batch;

        Read(ChainStorage storage, int netuid, long block, String parent, String at, long spec) {
            this.storage = storage;
            this.pallet = storage.metadata().pallet(PALLET).orElseThrow(() -> new ChainException(
                    "the runtime (spec " + spec + ") has no pallet " + PALLET + ": not a subtensor node"));
            this.netuid = netuid;
            this.block = block;
            this.parent = parent;
            this.at = at;
            this.spec = spec;
            this.net = integer(netuid);
            this.batch = new StateBatch(rpc, storage);
        }

        ChainEpoch run() {
            // Phase 1: the subnet's scalars and stored vectors, at the parent and at the block.
            StateBatch.Read n = parent("SubnetworkN", net);
            StateBatch.Read tempo = parent("Tempo", net);
            Optional<StateBatch.Read> cutoffFactor = optionalParent("ActivityCutoffFactorMilli", net);
            Optional<StateBatch.Read> cutoffBlocks = cutoffFactor.isPresent() ? Optional.empty()
                    : optionalParent("ActivityCutoff", net);
            StateBatch.Read lastStep = parent("LastMechansimStepBlock", net);
            StateBatch.Read kappa = parent("Kappa", net);
            StateBatch.Read bondsPenalty = parent("BondsPenalty", net);
            StateBatch.Read bondsMovingAverage = parent("BondsMovingAverage", net);
            StateBatch.Read liquidAlpha = parent("LiquidAlphaOn", net);
            StateBatch.Read yuma3 = parent("Yuma3On", net);
            StateBatch.Read alphaValues = parent("AlphaValues", net);
            StateBatch.Read steepness = parent("AlphaSigmoidSteepness", net);
            StateBatch.Read maxValidators = parent("MaxAllowedValidators", net);
            StateBatch.Read stakeThreshold = parent("StakeThreshold");
            StateBatch.Read owner = parent("SubnetOwnerHotkey", net);
            StateBatch.Read ownerAfter = batch.read(at, entry("SubnetOwnerHotkey"), net);
            StateBatch.Read taoWeight = parent("TaoWeight");
            StateBatch.Read pendingServer = parent("PendingServerEmission", net);
            StateBatch.Read pendingValidator = parent("PendingValidatorEmission", net);
            StateBatch.Read pendingRoot = parent("PendingRootAlphaDivs", net);
            StateBatch.Read alphaOut = batch.read(at, entry("SubnetAlphaOutEmission"), net);
            StateBatch.Read commitReveal = parent("CommitRevealWeightsEnabled", net);
            StateBatch.Read permits = parent("ValidatorPermit", net);
            Optional<StateBatch.Read> mechanismCount = optionalParent("MechanismCountCurrent", net);
            Optional<StateBatch.Read> split = optionalParent("MechanismEmissionSplit", net);
            Optional<StateBatch.Read> epochIndex = optionalParent("SubnetEpochIndex", net);
            StateBatch.Read revealPeriod = parent("RevealPeriodEpochs", net);
            StateBatch.Read active = batch.read(at, entry("Active"), net);
            StateBatch.Read emission = batch.read(at, entry("Emission"), net);
            StateBatch.Read consensus = batch.read(at, entry("Consensus"), net);
            StateBatch.Read dividends = batch.read(at, entry("Dividends"), net);
            StateBatch.Read validatorTrust = batch.read(at, entry("ValidatorTrust"), net);
            StateBatch.Read newPermits = batch.read(at, entry("ValidatorPermit"), net);
            StateBatch.Read stakeWeight = batch.read(at, entry("StakeWeight"), net);
            StateBatch.Read stepAfter = batch.read(at, entry("LastMechansimStepBlock"), net);
            batch.run();

            int uids = n.value().asInt();
            int count = mechanismCount.map(r -> r.value().asInt()).orElse(1);
            boolean commits = commitReveal.value().asBoolean();
            Value ownerHotkey = owner.value();

            // Phase 2: per uid and per mechanism, and the commit maps' keys.
            List<StateBatch.Read> keys = new ArrayList<>(uids);
            List<StateBatch.Read> registered = new ArrayList<>(uids);
            for (int uid = 0; uid < uids; uid++) {
                keys.add(batch.read(parent, entry("Keys"), net, integer(uid)));
                registered.add(batch.read(parent, entry("BlockAtRegistration"), net, integer(uid)));
            }
            StateBatch.Read ownerUid = batch.read(parent, entry("Uids"), net, ownerHotkey);
            List<MechanismReads> mechanisms = new ArrayList<>(count);
            for (int m = 0; m < count; m++) {
                mechanisms.add(new MechanismReads(m * MECHANISM_INDEX_STRIDE + netuid, uids, commits));
            }
            batch.run();

            Value[] hotkeys = new Value[uids];
            Map<Value, Integer> uidOf = new HashMap<>();
            for (int uid = 0; uid < uids; uid++) {
                hotkeys[uid] = keys.get(uid).value();
            }
            boolean[] registeredKey = registeredKeys(hotkeys);
            for (int uid = 0; uid < uids; uid++) {
                if (registeredKey[uid]) {
                    uidOf.putIfAbsent(hotkeys[uid], uid);
                }
            }

            // Phase 3: stake and links of each registered hotkey, the commits' values.
            StakeReads stake = new StakeReads(hotkeys, registeredKey);
            for (MechanismReads mechanism : mechanisms) {
                mechanism.readCommits();
            }
            batch.run();
            // Phase 4: the parents' stake, when a uid has parent keys.
            stake.readParents();
            batch.run();

            long epoch = epochIndex.map(r -> r.value().asLong()).orElse(0L);
            long afterDrain = epoch + 1;
            long reveal = revealPeriod.value().asLong();
            boolean revealDue = false;
            for (MechanismReads mechanism : mechanisms) {
                revealDue |= mechanism.revealDue(afterDrain, reveal);
            }
            int tempoValue = tempo.value().asInt();
            long cutoff = cutoffFactor.map(r -> Math.max(1, r.value().asLong() * tempoValue / 1000))
                    .orElseGet(() -> cutoffBlocks.map(r -> r.value().asLong()).orElse(0L));
            List<Value> alphas = alphaValues.value().asList();
            Value uidValue = ownerUid.value();
            long rao = pendingServer.value().asLong() + pendingValidator.value().asLong()
                    + pendingRoot.value().asLong();
            long[] alphaStake = stake.alpha();
            long[] taoStake = stake.tao();
            long[] registration = new long[uids];
            for (int uid = 0; uid < uids; uid++) {
                registration[uid] = registeredKey[uid] ? registered.get(uid).value().asLong() : 0;
            }
            boolean[] permit = Arrays.copyOf(bools(permits.value()), uids);
            EpochInput.Builder shared = EpochInput.builder().n(uids).currentBlock(block).tempo(tempoValue)
                    .activityCutoff(cutoff).lastMechanismStepBlock(lastStep.value().asLong())
                    .kappa(kappa.value().asInt()).bondsPenalty(bondsPenalty.value().asInt())
                    .bondsMovingAverage(bondsMovingAverage.value().asLong())
                    .liquidAlpha(liquidAlpha.value().asBoolean()).yuma3(yuma3.value().asBoolean())
                    .alphaLow(alphas.get(0).asInt()).alphaHigh(alphas.get(1).asInt())
                    .alphaSigmoidSteepness(steepness.value().asInt())
                    .maxAllowedValidators(maxValidators.value().asInt())
                    .stakeThreshold(stakeThreshold.value().asBigInteger().longValue())
                    .ownerUid(uidValue.isNull() ? -1 : uidValue.asInt())
                    .taoWeight(taoWeight.value().asBigInteger().longValue()).raoEmission(rao)
                    .commitReveal(commits).alphaStake(alphaStake).taoStake(taoStake)
                    .blockAtRegistration(registration).validatorPermit(permit);
            List<EpochInput> inputs = new ArrayList<>(count);
            List<EpochResult> results = new ArrayList<>(count);
            for (MechanismReads mechanism : mechanisms) {
                inputs.add(shared.lastUpdate(mechanism.lastUpdate()).commitBlock(mechanism.commitBlocks(uidOf, afterDrain, reveal))
                        .weights(mechanism.rows(mechanism.weights)).bonds(mechanism.rows(mechanism.bonds)).build());
                results.add(StoredOutputs.mechanism(Arrays.copyOf(u16s(mechanism.incentive.value()), uids),
                        mechanism.rows(mechanism.newBonds)));
            }
            int[] splitValue = split.map(r -> r.value().isNull() ? null : u16s(r.value())).orElse(null);
            EpochResult subnet = StoredOutputs.subnet(Arrays.copyOf(bools(active.value()), uids),
                    Arrays.copyOf(u64s(emission.value()), uids), Arrays.copyOf(u16s(consensus.value()), uids),
                    Arrays.copyOf(u16s(dividends.value()), uids), Arrays.copyOf(u16s(validatorTrust.value()), uids),
                    Arrays.copyOf(bools(newPermits.value()), uids), Arrays.copyOf(u16s(stakeWeight.value()), uids));
            SubnetResult recorded = new SubnetResult(new long[count], results, subnet);
            return new ChainEpoch(netuid, block, at, spec, epoch, SubnetInput.of(inputs, splitValue), recorded,
                    alphaOut.value().asBigInteger().signum() == 0, revealDue, !owner.value().equals(ownerAfter.value()),
                    stepAfter.value().asBigInteger().longValue() == block);
        }

        /**
         * Which uids hold a hotkey in {@code Keys} (an absent entry reads as the all-zero account):
         * a uid without one has no stake and no registration block in the epoch.
         */
        private boolean[] registeredKeys(Value[] hotkeys) {
            boolean[] out = new boolean[hotkeys.length];
            Value zero = new Value.Account(new byte[32]);
            for (int uid = 0; uid < hotkeys.length; uid++) {
                out[uid] = !hotkeys[uid].equals(zero);
            }
            return out;
        }

        private StateBatch.Read parent(String item, Value... key) {
            return batch.read(parent, entry(item), key);
        }

        private Optional<StateBatch.Read> optionalParent(String item, Value... key) {
            return pallet.storageEntry(item).map(e -> batch.read(parent, e, key));
        }

        private StorageEntry entry(String item) {
            return storage.entry(PALLET, item);
        }

        /** A mechanism's reads: its inputs at the parent, its stored outputs at the block, its commits. */
        private final class MechanismReads {
            private final int index;
            private final Value idx;
            private final int uids;
            private final StateBatch.Read lastUpdate;
            private final List<StateBatch.Read> weights = new ArrayList<>();
            private final List<StateBatch.Read> bonds = new ArrayList<>();
            private final List<StateBatch.Read> newBonds = new ArrayList<>();
            private final StateBatch.Read incentive;
            private final StateBatch.Listing v2Keys;
            private final StateBatch.Listing v4Keys;
            private final Map<String, StateBatch.Read> v2 = new LinkedHashMap<>();
            private final Map<String, StateBatch.Read> v4 = new LinkedHashMap<>();

            MechanismReads(int index, int uids, boolean commits) {
                this.index = index;
                this.idx = integer(index);
                this.uids = uids;
                this.lastUpdate = batch.read(parent, entry("LastUpdate"), idx);
                for (int uid = 0; uid < uids; uid++) {
                    weights.add(batch.read(parent, entry("Weights"), idx, integer(uid)));
                    bonds.add(batch.read(parent, entry("Bonds"), idx, integer(uid)));
                    newBonds.add(batch.read(at, entry("Bonds"), idx, integer(uid)));
                }
                this.incentive = batch.read(at, entry("Incentive"), idx);
                this.v2Keys = commits && pallet.storageEntry("WeightCommits").isPresent()
                        ? batch.list(parent, entry("WeightCommits"), idx) : null;
                this.v4Keys = commits && pallet.storageEntry("TimelockedWeightCommits").isPresent()
                        ? batch.list(parent, entry("TimelockedWeightCommits"), idx) : null;
            }

            void readCommits() {
                readAll(v2Keys, "WeightCommits", v2);
                readAll(v4Keys, "TimelockedWeightCommits", v4);
            }

            private void readAll(StateBatch.Listing listing, String item, Map<String, StateBatch.Read> into) {
                if (listing == null) {
                    return;
                }
                StorageEntry entry = entry(item);
                for (String key : listing.keys()) {
                    List<Value> parts = storage.keys().parts(entry, Hex.decode(key));
                    into.put(key, batch.read(parent, entry, parts.toArray(Value[]::new)));
                }
            }

            long[] lastUpdate() {
                return Arrays.copyOf(u64s(lastUpdate.value()), uids);
            }

            /** Whether a timelocked commit waits under the epoch that this block reveals. */
            boolean revealDue(long epoch, long revealPeriod) {
                StorageEntry entry = entry("TimelockedWeightCommits");
                for (String key : v4.keySet()) {
                    long commitEpoch = storage.keys().parts(entry, Hex.decode(key)).get(1).asLong();
                    if (commitEpoch + revealPeriod == epoch) {
                        return true;
                    }
                }
                return false;
            }

            /**
             * Each uid's earliest unexpired commit block: a commit of epoch {@code c} has expired when
             * {@code epoch > c + revealPeriod}. Of a hotkey's v2 queue the first unexpired entry counts, of
             * the timelocked map every entry under an unexpired epoch.
             */
            long[] commitBlocks(Map<Value, Integer> uidOf, long epoch, long revealPeriod) {
                long[] out = new long[uids];
                Arrays.fill(out, EpochInput.NO_COMMIT);
                StorageEntry v2Entry = v2.isEmpty() ? null : entry("WeightCommits");
                for (Map.Entry<String, StateBatch.Read> commit : v2.entrySet()) {
                    Integer uid = uidOf.get(storage.keys().parts(v2Entry, Hex.decode(commit.getKey())).get(1));
                    for (Value queued : commit.getValue().value().asList()) {
                        List<Value> fields = queued.asList();
                        if (Long.compareUnsigned(epoch, fields.get(1).asBigInteger().longValue() + revealPeriod) <= 0) {
                            earliest(out, uid, fields.get(2).asBigInteger().longValue());
                            break;
                        }
                    }
                }
                StorageEntry v4Entry = v4.isEmpty() ? null : entry("TimelockedWeightCommits");
                for (Map.Entry<String, StateBatch.Read> commit : v4.entrySet()) {
                    long commitEpoch = storage.keys().parts(v4Entry, Hex.decode(commit.getKey())).get(1).asBigInteger().longValue();
                    if (Long.compareUnsigned(epoch, commitEpoch + revealPeriod) > 0) {
                        continue;
                    }
                    for (Value queued : commit.getValue().value().asList()) {
                        List<Value> fields = queued.asList();
                        earliest(out, uidOf.get(fields.get(0)), fields.get(1).asBigInteger().longValue());
                    }
                }
                return out;
            }

            private static void earliest(long[] out, Integer uid, long commitBlock) {
                if (uid != null && uid < out.length && Long.compareUnsigned(commitBlock, out[uid]) < 0) {
                    out[uid] = commitBlock;
                }
            }

            SparseMatrix rows(List<StateBatch.Read> rows) {
                SparseMatrix.Builder builder = new SparseMatrix.Builder(rows.size());
                for (StateBatch.Read row : rows) {
                    for (Value pair : row.value().asList()) {
                        List<Value> entry = pair.asList();
                        builder.add(entry.get(0).asInt(), entry.get(1).asInt());
                    }
                    builder.endRow();
                }
                return builder.build();
            }

            @Override
            public String toString() {
                return "mechanism at index " + index;
            }
        }

        /** Each registered hotkey's own stake (alpha on the netuid, TAO on root) and its child and parent keys. */
        private final class StakeReads {
            private final Value[] hotkeys;
            private final boolean[] registered;
            private final StateBatch.Read[] alpha;
            private final StateBatch.Read[] tao;
            private final StateBatch.Read[] children;
            private final StateBatch.Read[] parents;
            private final Map<Value, StateBatch.Read[]> parentStake = new HashMap<>();

            StakeReads(Value[] hotkeys, boolean[] registered) {
                this.hotkeys = hotkeys;
                this.registered = registered;
                int n = hotkeys.length;
                alpha = new StateBatch.Read[n];
                tao = new StateBatch.Read[n];
                children = new StateBatch.Read[n];
                parents = new StateBatch.Read[n];
                for (int uid = 0; uid < n; uid++) {
                    if (registered[uid]) {
                        alpha[uid] = batch.read(parent, entry("TotalHotkeyAlpha"), hotkeys[uid], net);
                        tao[uid] = batch.read(parent, entry("TotalHotkeyAlpha"), hotkeys[uid], integer(0));
                        children[uid] = batch.read(parent, entry("ChildKeys"), hotkeys[uid], net);
                        parents[uid] = batch.read(parent, entry("ParentKeys"), hotkeys[uid], net);
                    }
                }
            }

            void readParents() {
                for (int uid = 0; uid < hotkeys.length; uid++) {
                    if (registered[uid]) {
                        for (Value link : parents[uid].value().asList()) {
                            Value parentKey = link.asList().get(1);
                            parentStake.computeIfAbsent(parentKey, k -> new StateBatch.Read[] {
                                batch.read(parent, entry("TotalHotkeyAlpha"), k, net),
                                batch.read(parent, entry("TotalHotkeyAlpha"), k, integer(0))});
                        }
                    }
                }
            }

            long[] alpha() {
                return inherited(alpha, 0);
            }

            long[] tao() {
                return inherited(tao, 1);
            }

            private long[] inherited(StateBatch.Read[] own, int which) {
                long[] out = new long[hotkeys.length];
                for (int uid = 0; uid < hotkeys.length; uid++) {
                    if (!registered[uid]) {
                        continue;
                    }
                    long mine = own[uid].value().asBigInteger().longValue();
                    InheritedStake stake = new InheritedStake(mine);
                    for (Value link : children[uid].value().asList()) {
                        stake.lendTo(mine, link.asList().get(0).asBigInteger().longValue());
                    }
                    for (Value link : parents[uid].value().asList()) {
                        List<Value> parts = link.asList();
                        long theirs = parentStake.get(parts.get(1))[which].value().asBigInteger().longValue();
                        stake.inheritFrom(theirs, parts.get(0).asBigInteger().longValue());
                    }
                    out[uid] = stake.total();
                }
                return out;
            }
        }
    }

    static Value integer(long value) {
        return new Value.Int(BigInteger.valueOf(value));
    }

    static int[] u16s(Value list) {
        return list.asList().stream().mapToInt(Value::asInt).toArray();
    }

    static long[] u64s(Value list) {
        return list.asList().stream().mapToLong(v -> v.asBigInteger().longValue()).toArray();
    }

    static boolean[] bools(Value list) {
        List<Value> values = list.asList();
        boolean[] out = new boolean[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i).asBoolean();
        }
        return out;
    }
}
