package io.yuma.cuda;

import io.yuma.batch.SubnetBatch;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a batch into slices whose arenas fit the device memory budget, and picks each slice's
 * block count: up to {@code maxBlocks}, fewer when the dense scratch (one per block) would not
 * fit. A batch that fits goes in one slice: one upload, one launch, one download.
 */
final class SlicePlanner {
    /** One launch: the slice and its block count. */
    record Launch(SubnetSlice slice, int blocks) {
    }

    private final long budgetBytes;
    private final int threads;
    private final int maxBlocks;

    /**
     * @param budgetBytes the largest arena to plan for (a single subnet may exceed it: it still
     *     gets a slice of its own, and the device says whether it fits)
     * @param threads threads per block
     * @param maxBlocks blocks per launch at most
     */
    SlicePlanner(long budgetBytes, int threads, int maxBlocks) {
        this.budgetBytes = budgetBytes;
        this.threads = threads;
        this.maxBlocks = maxBlocks;
    }

    List<Launch> plan(SubnetBatch batch) {
        List<Launch> launches = new ArrayList<>();
        int first = 0;
        int maxN = 0;
        for (int s = 0; s < batch.subnets(); s++) {
            int widened = Math.max(maxN, batch.n(s));
            SubnetSlice candidate = slice(batch, first, s + 1 - first, widened);
            int blocks = blocks(candidate);
            if (s > first && ArenaLayout.totalBytes(candidate, threads, blocks) > budgetBytes) {
                SubnetSlice full = slice(batch, first, s - first, maxN);
                launches.add(new Launch(full, blocks(full)));
                first = s;
                widened = batch.n(s);
            }
            maxN = widened;
        }
        if (first < batch.subnets()) {
            SubnetSlice last = slice(batch, first, batch.subnets() - first, maxN);
            launches.add(new Launch(last, blocks(last)));
        }
        return launches;
    }

    /** As many blocks as allowed and useful, fewer while their dense scratch overflows the budget. */
    int blocks(SubnetSlice slice) {
        int blocks = Math.max(1, Math.min(slice.subnets(), maxBlocks));
        long withoutDense = ArenaLayout.totalBytes(slice, threads, 0);
        long perBlock = ArenaLayout.denseBytesPerBlock(slice.maxN(), threads);
        if (perBlock > 0 && withoutDense + blocks * perBlock > budgetBytes) {
            blocks = (int) Math.max(1, Math.min(blocks, (budgetBytes - withoutDense) / perBlock));
        }
        return blocks;
    }

    static SubnetSlice slice(SubnetBatch batch, int first, int subnets, int maxN) {
        long uidOffset = batch.uidBase(first);
        long uidEnd = first + subnets < batch.subnets() ? batch.uidBase(first + subnets) : batch.totalUids();
        long weightOffset = batch.weights().start(uidOffset);
        long bondOffset = batch.bonds().start(uidOffset);
        return new SubnetSlice(first, subnets, uidOffset, uidEnd - uidOffset, weightOffset,
                batch.weights().start(uidEnd) - weightOffset, bondOffset, batch.bonds().start(uidEnd) - bondOffset, maxN);
    }
}
