package io.yuma.chain.emulator;

import static io.yuma.chain.emulator.Hasher.BLAKE2_128_CONCAT;
import static io.yuma.chain.emulator.Hasher.IDENTITY;
import static io.yuma.chain.emulator.Hasher.TWOX64_CONCAT;

import io.yuma.chain.emulator.TypeRegistry.Primitive;
import java.util.ArrayList;
import java.util.List;

/**
 * The storage items the emulator serves, declared as runtime spec 425 (subtensor 14bc6f9)
 * declares them in {@code pallets/subtensor/src/lib.rs}: hashers, key and value types, defaults.
 * CHAIN-STATE.md says what the epoch reads from each. The registry built alongside describes
 * every type for the metadata.
 */
final class SubtensorStorage {
    static final String PALLET = "SubtensorModule";
    /** The chain's {@code GLOBAL_MAX_SUBNET_COUNT}: a mechanism's storage index is {@code mechanism * 4096 + netuid}. */
    static final int GLOBAL_MAX_SUBNET_COUNT = 4096;

    final TypeRegistry types = new TypeRegistry();
    private final List<StorageItem> items = new ArrayList<>();

    private final int u8 = types.primitive(Primitive.U8);
    private final int u16 = types.primitive(Primitive.U16);
    private final int u32 = types.primitive(Primitive.U32);
    private final int u64 = types.primitive(Primitive.U64);
    private final int i16 = types.primitive(Primitive.I16);
    private final int bool = types.primitive(Primitive.BOOL);
    private final int netUid = types.newtype(List.of("subtensor_runtime_common", "NetUid"), u16, "u16");
    private final int netUidIndex = types.newtype(List.of("subtensor_runtime_common", "NetUidStorageIndex"), u16, "u16");
    private final int mechId = types.newtype(List.of("subtensor_runtime_common", "MechId"), u8, "u8");
    private final int alpha = types.newtype(List.of("subtensor_runtime_common", "currency", "AlphaBalance"), u64, "u64");
    private final int account = types.newtype(List.of("sp_core", "crypto", "AccountId32"), types.array(32, u8), "[u8; 32]");
    private final int h256 = types.newtype(List.of("primitive_types", "H256"), types.array(32, u8), "[u8; 32]");
    private final int weightRow = types.sequence(types.tuple(u16, u16));
    private final int linkage = types.sequence(types.tuple(u64, account));

    final StorageItem networksAdded = map("NetworksAdded", IDENTITY, netUid, bool, 0);
    final StorageItem subnetworkN = map("SubnetworkN", IDENTITY, netUid, u16, 0);
    final StorageItem tempo = map("Tempo", IDENTITY, netUid, u16, 360);
    final StorageItem activityCutoffFactorMilli = map("ActivityCutoffFactorMilli", IDENTITY, netUid, u32, 13_889);
    final StorageItem kappa = map("Kappa", IDENTITY, netUid, u16, 32_767);
    final StorageItem bondsPenalty = map("BondsPenalty", IDENTITY, netUid, u16, 65_535);
    final StorageItem bondsMovingAverage = map("BondsMovingAverage", IDENTITY, netUid, u64, 900_000);
    final StorageItem liquidAlphaOn = map("LiquidAlphaOn", BLAKE2_128_CONCAT, netUid, bool, 0);
    final StorageItem yuma3On = map("Yuma3On", BLAKE2_128_CONCAT, netUid, bool, 0);
    final StorageItem alphaValues = value("AlphaValues", List.of(IDENTITY), List.of(netUid), types.tuple(u16, u16),
            new ScaleOut().u16(45_875).u16(58_982).toBytes());
    final StorageItem alphaSigmoidSteepness = map("AlphaSigmoidSteepness", IDENTITY, netUid, i16, 1000);
    final StorageItem maxAllowedValidators = map("MaxAllowedValidators", IDENTITY, netUid, u16, 128);
    final StorageItem stakeThreshold = plain("StakeThreshold", u64, new ScaleOut().u64(0).toBytes());
    final StorageItem taoWeight = plain("TaoWeight", u64, new ScaleOut().u64(971_718_665_099_567_868L).toBytes());
    final StorageItem commitRevealWeightsEnabled = map("CommitRevealWeightsEnabled", IDENTITY, netUid, bool, 1);
    final StorageItem revealPeriodEpochs = map("RevealPeriodEpochs", TWOX64_CONCAT, netUid, u64, 1);
    final StorageItem subnetOwnerHotkey = value("SubnetOwnerHotkey", List.of(IDENTITY), List.of(netUid), account, new byte[32]);
    final StorageItem uids = optional("Uids", List.of(IDENTITY, BLAKE2_128_CONCAT), List.of(netUid, account), u16);
    final StorageItem keys = value("Keys", List.of(IDENTITY, IDENTITY), List.of(netUid, u16), account, new byte[32]);
    final StorageItem blockAtRegistration = value("BlockAtRegistration", List.of(IDENTITY, IDENTITY), List.of(netUid, u16),
            u64, new ScaleOut().u64(0).toBytes());
    final StorageItem totalHotkeyAlpha = value("TotalHotkeyAlpha", List.of(BLAKE2_128_CONCAT, IDENTITY),
            List.of(account, netUid), alpha, new ScaleOut().u64(0).toBytes());
    final StorageItem parentKeys = value("ParentKeys", List.of(BLAKE2_128_CONCAT, IDENTITY), List.of(account, netUid),
            linkage, emptyVec());
    final StorageItem childKeys = value("ChildKeys", List.of(BLAKE2_128_CONCAT, IDENTITY), List.of(account, netUid),
            linkage, emptyVec());
    final StorageItem validatorPermit = value("ValidatorPermit", List.of(IDENTITY), List.of(netUid), types.sequence(bool), emptyVec());
    final StorageItem lastUpdate = value("LastUpdate", List.of(IDENTITY), List.of(netUidIndex), types.sequence(u64), emptyVec());
    final StorageItem weights = value("Weights", List.of(IDENTITY, IDENTITY), List.of(netUidIndex, u16), weightRow, emptyVec());
    final StorageItem bonds = value("Bonds", List.of(IDENTITY, IDENTITY), List.of(netUidIndex, u16), weightRow, emptyVec());
    final StorageItem weightCommits = optional("WeightCommits", List.of(TWOX64_CONCAT, TWOX64_CONCAT), List.of(netUidIndex, account),
            types.sequence(types.tuple(h256, u64, u64, u64)));
    final StorageItem timelockedWeightCommits = value("TimelockedWeightCommits", List.of(TWOX64_CONCAT, TWOX64_CONCAT),
            List.of(netUidIndex, u64), types.sequence(types.tuple(account, u64, types.boundedVec(u8, 5000), u64)), emptyVec());
    final StorageItem mechanismCountCurrent = value("MechanismCountCurrent", List.of(TWOX64_CONCAT), List.of(netUid), mechId,
            new byte[] {1});
    final StorageItem mechanismEmissionSplit = optional("MechanismEmissionSplit", List.of(TWOX64_CONCAT), List.of(netUid),
            types.sequence(u16));
    final StorageItem lastMechanismStepBlock = map("LastMechansimStepBlock", IDENTITY, netUid, u64, 0);
    final StorageItem lastEpochBlock = map("LastEpochBlock", IDENTITY, netUid, u64, 0);
    final StorageItem pendingEpochAt = map("PendingEpochAt", IDENTITY, netUid, u64, 0);
    final StorageItem subnetEpochIndex = map("SubnetEpochIndex", IDENTITY, netUid, u64, 0);
    final StorageItem blocksSinceLastStep = map("BlocksSinceLastStep", IDENTITY, netUid, u64, 0);
    final StorageItem maxEpochsPerBlock = plain("MaxEpochsPerBlock", u8, new byte[] {2});
    final StorageItem pendingServerEmission = map("PendingServerEmission", IDENTITY, netUid, alpha, 0);
    final StorageItem pendingValidatorEmission = map("PendingValidatorEmission", IDENTITY, netUid, alpha, 0);
    final StorageItem pendingRootAlphaDivs = map("PendingRootAlphaDivs", IDENTITY, netUid, alpha, 0);
    final StorageItem pendingOwnerCut = map("PendingOwnerCut", IDENTITY, netUid, alpha, 0);
    final StorageItem subnetAlphaOutEmission = map("SubnetAlphaOutEmission", IDENTITY, netUid, alpha, 0);
    final StorageItem incentive = value("Incentive", List.of(IDENTITY), List.of(netUidIndex), types.sequence(u16), emptyVec());
    final StorageItem active = value("Active", List.of(IDENTITY), List.of(netUid), types.sequence(bool), emptyVec());
    final StorageItem emission = value("Emission", List.of(IDENTITY), List.of(netUid), types.sequence(alpha), emptyVec());
    final StorageItem consensus = value("Consensus", List.of(IDENTITY), List.of(netUid), types.sequence(u16), emptyVec());
    final StorageItem dividends = value("Dividends", List.of(IDENTITY), List.of(netUid), types.sequence(u16), emptyVec());
    final StorageItem validatorTrust = value("ValidatorTrust", List.of(IDENTITY), List.of(netUid), types.sequence(u16), emptyVec());
    final StorageItem stakeWeight = value("StakeWeight", List.of(IDENTITY), List.of(netUid), types.sequence(u16), emptyVec());

    /** {@return every item, in declaration order} */
    List<StorageItem> items() {
        return List.copyOf(items);
    }

    private static byte[] emptyVec() {
        return new byte[] {0};
    }

    /** A one-key {@code ValueQuery} map of an unsigned or boolean value whose default is a number. */
    private StorageItem map(String name, Hasher hasher, int keyType, int valueType, long defaultNumber) {
        ScaleOut d = new ScaleOut();
        if (valueType == bool) {
            d.bool(defaultNumber != 0);
        } else if (valueType == u16 || valueType == i16) {
            d.u16((int) defaultNumber);
        } else if (valueType == u32) {
            d.u32(defaultNumber);
        } else {
            d.u64(defaultNumber);
        }
        return value(name, List.of(hasher), List.of(keyType), valueType, d.toBytes());
    }

    private StorageItem plain(String name, int valueType, byte[] defaultValue) {
        return value(name, List.of(), List.of(), valueType, defaultValue);
    }

    private StorageItem value(String name, List<Hasher> hashers, List<Integer> keyTypes, int valueType, byte[] defaultValue) {
        return add(new StorageItem(PALLET, name, false, hashers, keyTypes, valueType, defaultValue));
    }

    private StorageItem optional(String name, List<Hasher> hashers, List<Integer> keyTypes, int valueType) {
        return add(new StorageItem(PALLET, name, true, hashers, keyTypes, valueType, new byte[] {0}));
    }

    private StorageItem add(StorageItem item) {
        items.add(item);
        return item;
    }

    /** {@return the storage index of a mechanism's per-mechanism items: mechanism * 4096 + netuid} */
    static int mechanismIndex(int netuid, int mechanism) {
        return mechanism * GLOBAL_MAX_SUBNET_COUNT + netuid;
    }
}
