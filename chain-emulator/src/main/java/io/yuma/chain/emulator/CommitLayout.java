package io.yuma.chain.emulator;

import io.yuma.api.EpochInput;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out each uid's earliest unexpired weight commit ({@code commit_block}) in the commit maps
 * of its mechanism, as the epoch reads them with {@code RevealPeriodEpochs} = 2 and the parent
 * state's {@code SubnetEpochIndex} = E (the epoch itself runs at E + 1): even uids in
 * {@code WeightCommits} (commit-reveal v2) with commit epoch E, every fourth behind an expired
 * commit of epoch E - 3; odd uids in {@code TimelockedWeightCommits} under epoch E, uids
 * {@code 1 mod 4} also with an expired commit under epoch E - 2. No commit is due for reveal
 * at the epoch block (that is epoch E - 1), so the parent state is exactly what the epoch reads.
 */
final class CommitLayout {
    static final int REVEAL_PERIOD = 2;
    private static final int CIPHERTEXT_BYTES = 48;

    private final SubtensorStorage s;
    private final int netuid;

    CommitLayout(SubtensorStorage storage, int netuid) {
        this.s = storage;
        this.netuid = netuid;
    }

    void write(EpochInput in, int mechanism, long epochIndex, long block, KeyedWrites w) throws LayoutConflict {
        int index = SubtensorStorage.mechanismIndex(netuid, mechanism);
        byte[] indexKey = Encode.u16(index);
        List<byte[]> timelocked = new ArrayList<>();
        List<byte[]> expiredTimelocked = new ArrayList<>();
        for (int uid = 0; uid < in.n(); uid++) {
            long commitBlock = in.commitBlock(uid);
            if (commitBlock == EpochInput.NO_COMMIT) {
                continue;
            }
            byte[] hotkey = Accounts.hotkey(netuid, uid);
            if (uid % 2 == 0) {
                List<byte[]> queue = new ArrayList<>();
                if (uid % 4 == 0) {
                    queue.add(v2Commit(index, uid, epochIndex - 3, commitBlock == 0 ? 0 : commitBlock - 1));
                }
                queue.add(v2Commit(index, uid, epochIndex, commitBlock));
                w.put(block, s.weightCommits, vec(queue), indexKey, hotkey);
            } else {
                timelocked.add(timelockedCommit(hotkey, commitBlock, index, uid));
                if (uid % 4 == 1) {
                    expiredTimelocked.add(timelockedCommit(hotkey, commitBlock == 0 ? 0 : commitBlock - 1, index, uid));
                }
            }
        }
        if (!timelocked.isEmpty()) {
            w.put(block, s.timelockedWeightCommits, vec(timelocked), indexKey, Encode.u64(epochIndex));
        }
        if (!expiredTimelocked.isEmpty()) {
            w.put(block, s.timelockedWeightCommits, vec(expiredTimelocked), indexKey, Encode.u64(epochIndex - 2));
        }
    }

    /** {@code (H256 commit hash, commit epoch, commit block, reveal epoch)}. */
    private static byte[] v2Commit(int index, int uid, long commitEpoch, long commitBlock) {
        return new ScaleOut().raw(Accounts.of("commit/" + index + "/" + uid + "/" + commitEpoch))
                .u64(commitEpoch).u64(commitBlock).u64(commitEpoch + REVEAL_PERIOD).toBytes();
    }

    /** {@code (AccountId32, commit block, BoundedVec<u8> ciphertext, drand round)}. */
    private static byte[] timelockedCommit(byte[] hotkey, long commitBlock, int index, int uid) {
        byte[] ciphertext = new byte[CIPHERTEXT_BYTES];
        System.arraycopy(Accounts.of("ciphertext/" + index + "/" + uid), 0, ciphertext, 0, 32);
        return new ScaleOut().raw(hotkey).u64(commitBlock).byteVec(ciphertext).u64(1_000_000L + uid).toBytes();
    }

    private static byte[] vec(List<byte[]> elements) {
        return new ScaleOut().compact(elements.size()).raw(Encode.concat(elements)).toBytes();
    }
}
