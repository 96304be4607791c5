package io.yuma.chain.emulator;

import static io.yuma.chain.emulator.StateReader.blake2Concat;
import static io.yuma.chain.emulator.StateReader.key;
import static io.yuma.chain.emulator.StateReader.le;
import static io.yuma.chain.emulator.StateReader.twoxConcat;

import io.yuma.api.EpochInput;
import io.yuma.api.SparseMatrix;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives an epoch's input from the served state the way CHAIN-STATE.md says the chain reads
 * it, for the tests: the parent block's state, inherited stake through parent and child keys,
 * commit blocks from both commit maps, the owner's uid, the pending emission.
 */
final class EpochFromState {
    private static final BigInteger U64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    private static final long DEFAULT_TAO_WEIGHT = 971_718_665_099_567_868L;

    private final VersionedState state;
    private final StateReader at;
    private final long parent;
    private final int netuid;
    private final byte[] net;

    EpochFromState(VersionedState state, long block, int netuid) {
        this.state = state;
        this.parent = block - 1;
        this.at = new StateReader(state, parent);
        this.netuid = netuid;
        this.net = le(netuid, 2);
    }

    /** {@return the input of mechanism {@code mechanism} as the chain reads it} */
    EpochInput mechanism(int mechanism, long block) {
        int n = (int) at.number(key("SubnetworkN", net), 0);
        int tempo = (int) at.number(key("Tempo", net), 360);
        long factor = at.number(key("ActivityCutoffFactorMilli", net), 13_889);
        byte[] alphaValues = at.raw(key("AlphaValues", net));
        StateReader.Cursor av = new StateReader.Cursor(alphaValues == null ? new byte[] {(byte) 0x33, (byte) 0xB3, 0x66, (byte) 0xE6} : alphaValues);
        int index = mechanism * 4096 + netuid;
        byte[] idx = le(index, 2);
        byte[][] hotkeys = new byte[n][];
        long[] alpha = new long[n];
        long[] tao = new long[n];
        long[] registered = new long[n];
        for (int uid = 0; uid < n; uid++) {
            hotkeys[uid] = at.raw(key("Keys", net, le(uid, 2)));
            alpha[uid] = inherited(hotkeys[uid], netuid);
            tao[uid] = inherited(hotkeys[uid], 0);
            registered[uid] = at.number(key("BlockAtRegistration", net, le(uid, 2)), 0);
        }
        long[] lastUpdate = Arrays.copyOf(StateReader.vec(at.raw(key("LastUpdate", idx)), 8).stream().mapToLong(Long::longValue).toArray(), n);
        List<Long> permits = StateReader.vec(at.raw(key("ValidatorPermit", net)), 1);
        boolean[] permit = new boolean[n];
        for (int uid = 0; uid < n && uid < permits.size(); uid++) {
            permit[uid] = permits.get(uid) != 0;
        }
        long rao = at.number(key("PendingServerEmission", net), 0) + at.number(key("PendingValidatorEmission", net), 0)
                + at.number(key("PendingRootAlphaDivs", net), 0);
        return EpochInput.builder().n(n).currentBlock(block).tempo(tempo)
                .activityCutoff(Math.max(1, factor * tempo / 1000))
                .lastMechanismStepBlock(at.number(key("LastMechansimStepBlock", net), 0))
                .kappa((int) at.number(key("Kappa", net), 32_767))
                .bondsPenalty((int) at.number(key("BondsPenalty", net), 65_535))
                .bondsMovingAverage(at.number(key("BondsMovingAverage", net), 900_000))
                .liquidAlpha(at.number(key("LiquidAlphaOn", blake2Concat(net)), 0) != 0)
                .yuma3(at.number(key("Yuma3On", blake2Concat(net)), 0) != 0)
                .alphaLow((int) av.fixed(2)).alphaHigh((int) av.fixed(2))
                .alphaSigmoidSteepness((short) at.number(key("AlphaSigmoidSteepness", net), 1000))
                .maxAllowedValidators((int) at.number(key("MaxAllowedValidators", net), 128))
                .stakeThreshold(at.number(key("StakeThreshold"), 0))
                .ownerUid(ownerUid())
                .taoWeight(at.number(key("TaoWeight"), DEFAULT_TAO_WEIGHT))
                .raoEmission(rao)
                .commitReveal(at.number(key("CommitRevealWeightsEnabled", net), 1) != 0)
                .alphaStake(alpha).taoStake(tao).lastUpdate(lastUpdate).blockAtRegistration(registered)
                .validatorPermit(permit).commitBlock(commitBlocks(idx, hotkeys))
                .weights(rows("Weights", idx, n)).bonds(rows("Bonds", idx, n)).build();
    }

    int mechanismCount() {
        return (int) at.number(key("MechanismCountCurrent", twoxConcat(net)), 1);
    }

    int[] split() {
        byte[] raw = at.raw(key("MechanismEmissionSplit", twoxConcat(net)));
        return raw == null ? null : StateReader.vec(raw, 2).stream().mapToInt(Long::intValue).toArray();
    }

    private int ownerUid() {
        byte[] owner = at.raw(key("SubnetOwnerHotkey", net));
        if (owner == null) {
            return -1;
        }
        byte[] uid = at.raw(key("Uids", net, blake2Concat(owner)));
        return uid == null ? -1 : (int) new StateReader.Cursor(uid).fixed(2);
    }

    /** get_inherited_for_hotkey_on_subnet (on = netuid) or get_tao_inherited_for_hotkey_on_subnet (on = 0). */
    private long inherited(byte[] hotkey, int on) {
        BigInteger own = BigInteger.valueOf(0).add(unsigned(stake(hotkey, on))).shiftLeft(32);
        BigInteger total = own;
        for (Object[] link : links("ChildKeys", hotkey)) {
            total = total.subtract(mul(own, norm((Long) link[0])));
        }
        for (Object[] link : links("ParentKeys", hotkey)) {
            total = total.add(mul(unsigned(stake((byte[]) link[1], on)).shiftLeft(32), norm((Long) link[0])));
        }
        return total.shiftRight(32).longValue();
    }

    private static BigInteger norm(long proportion) {
        return unsigned(proportion).shiftLeft(32).divide(U64_MAX);
    }

    private static BigInteger mul(BigInteger a, BigInteger b) {
        return a.multiply(b).shiftRight(32);
    }

    private long stake(byte[] hotkey, int on) {
        return at.number(key("TotalHotkeyAlpha", blake2Concat(hotkey), le(on, 2)), 0);
    }

    private List<Object[]> links(String item, byte[] hotkey) {
        StateReader.Cursor c = new StateReader.Cursor(at.raw(key(item, blake2Concat(hotkey), net)));
        int count = c.compact();
        Object[][] out = new Object[count][];
        for (int i = 0; i < count; i++) {
            out[i] = new Object[] {c.fixed(8), c.bytes(32)};
        }
        return List.of(out);
    }

    private long[] commitBlocks(byte[] idx, byte[][] hotkeys) {
        long epoch = at.number(key("SubnetEpochIndex", net), 0) + 1;
        long reveal = at.number(key("RevealPeriodEpochs", twoxConcat(net)), 1);
        Map<String, Integer> uidOf = new HashMap<>();
        for (int uid = 0; uid < hotkeys.length; uid++) {
            uidOf.put(Arrays.toString(hotkeys[uid]), uid);
        }
        long[] out = new long[hotkeys.length];
        Arrays.fill(out, EpochInput.NO_COMMIT);
        byte[] v2 = key("WeightCommits", twoxConcat(idx));
        for (byte[] k : state.keys(parent, v2, null, Integer.MAX_VALUE)) {
            Integer uid = uidOf.get(Arrays.toString(Arrays.copyOfRange(k, v2.length + 8, v2.length + 40)));
            StateReader.Cursor c = new StateReader.Cursor(at.raw(k));
            int count = c.compact();
            for (int i = 0; i < count; i++) {
                c.bytes(32);
                long commitEpoch = c.fixed(8);
                long commitBlock = c.fixed(8);
                c.fixed(8);
                if (epoch <= commitEpoch + reveal) {
                    if (uid != null) {
                        out[uid] = Long.compareUnsigned(out[uid], commitBlock) <= 0 ? out[uid] : commitBlock;
                    }
                    break;
                }
            }
        }
        byte[] v4 = key("TimelockedWeightCommits", twoxConcat(idx));
        for (byte[] k : state.keys(parent, v4, null, Integer.MAX_VALUE)) {
            long commitEpoch = new StateReader.Cursor(Arrays.copyOfRange(k, v4.length + 8, v4.length + 16)).fixed(8);
            if (commitEpoch == epoch - reveal) {
                throw new IllegalStateException("a timelocked commit is due for reveal at the epoch block: the parent state is not what the epoch reads");
            }
            if (epoch > commitEpoch + reveal) {
                continue;
            }
            StateReader.Cursor c = new StateReader.Cursor(at.raw(k));
            int count = c.compact();
            for (int i = 0; i < count; i++) {
                Integer uid = uidOf.get(Arrays.toString(c.bytes(32)));
                long commitBlock = c.fixed(8);
                c.bytes(c.compact());
                c.fixed(8);
                if (uid != null) {
                    out[uid] = Long.compareUnsigned(out[uid], commitBlock) <= 0 ? out[uid] : commitBlock;
                }
            }
        }
        return out;
    }

    private SparseMatrix rows(String item, byte[] idx, int n) {
        SparseMatrix.Builder b = new SparseMatrix.Builder(n);
        for (int uid = 0; uid < n; uid++) {
            StateReader.Cursor c = new StateReader.Cursor(at.raw(key(item, idx, le(uid, 2))));
            int count = c.compact();
            for (int k = 0; k < count; k++) {
                b.add((int) c.fixed(2), c.fixed(2));
            }
            b.endRow();
        }
        return b.build();
    }

    private static BigInteger unsigned(long v) {
        return new BigInteger(Long.toUnsignedString(v));
    }
}
