package io.yuma.chain.emulator;

import io.yuma.api.EpochInput;

/**
 * Lays out each uid's stake so that the chain's inherited stake equals the vector's
 * {@code alpha_stake} and {@code tao_stake}: {@code TotalHotkeyAlpha(hotkey, netuid)} for alpha and
 * {@code TotalHotkeyAlpha(hotkey, 0)} (root) for TAO. With parent/child stake on, uids
 * {@code 1 mod 3} also inherit from an unregistered parent and uids {@code 2 mod 3} lend to an
 * unregistered child, through {@code ChildKeys}/{@code ParentKeys} on the netuid, with their own
 * stake chosen so that {@link InheritedStake} gives back the vector's value exactly.
 */
final class StakeLayout {
    /** A proportion of about one third: {@code u64::MAX / 3}, whose normalisation is inexact. */
    static final long PROPORTION = 0x5555_5555_5555_5555L;
    private static final int ROOT = 0;

    private final SubtensorStorage s;
    private final int netuid;
    private final boolean parentChild;

    StakeLayout(SubtensorStorage storage, int netuid, boolean parentChild) {
        this.s = storage;
        this.netuid = netuid;
        this.parentChild = parentChild;
    }

    void write(EpochInput in, long block, KeyedWrites w) throws LayoutConflict {
        for (int uid = 0; uid < in.n(); uid++) {
            byte[] hotkey = Accounts.hotkey(netuid, uid);
            long alpha = in.alphaStake(uid);
            long tao = in.taoStake(uid);
            int role = parentChild ? uid % 3 : 0;
            if (role == 1) {
                byte[] parent = Accounts.parent(netuid, uid);
                link(block, w, parent, hotkey);
                stake(block, w, parent, netuid, alpha);
                stake(block, w, parent, ROOT, tao);
                alpha -= InheritedStake.fromParent(alpha, PROPORTION);
                tao -= InheritedStake.fromParent(tao, PROPORTION);
            } else if (role == 2) {
                long ownAlpha = InheritedStake.ownForKept(alpha, PROPORTION);
                long ownTao = InheritedStake.ownForKept(tao, PROPORTION);
                if (ownAlpha != -1 && ownTao != -1) {
                    link(block, w, hotkey, Accounts.child(netuid, uid));
                    alpha = ownAlpha;
                    tao = ownTao;
                }
            }
            stake(block, w, hotkey, netuid, alpha);
            stake(block, w, hotkey, ROOT, tao);
        }
    }

    private void link(long block, KeyedWrites w, byte[] parent, byte[] child) throws LayoutConflict {
        byte[] net = Encode.u16(netuid);
        w.put(block, s.childKeys, Encode.linkage(PROPORTION, child), parent, net);
        w.put(block, s.parentKeys, Encode.linkage(PROPORTION, parent), child, net);
    }

    private void stake(long block, KeyedWrites w, byte[] hotkey, int onNetuid, long amount) throws LayoutConflict {
        if (amount != 0) {
            w.put(block, s.totalHotkeyAlpha, Encode.u64(amount), hotkey, Encode.u16(onNetuid));
        }
    }
}
