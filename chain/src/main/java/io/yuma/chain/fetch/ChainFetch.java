package io.yuma.chain.fetch;

import io.yuma.chain.ChainException;
import io.yuma.chain.epoch.BlockHashes;
import io.yuma.chain.epoch.ChainEpoch;
import io.yuma.chain.epoch.EpochReader;
import io.yuma.chain.epoch.EpochScan;
import io.yuma.chain.epoch.EpochSlot;
import io.yuma.chain.rpc.SubstrateRpc;
import io.yuma.chain.storage.MetadataCache;
import io.yuma.recompute.ArchiveWriter;
import io.yuma.recompute.ChainOrigin;
import io.yuma.recompute.HistoryRecord;
import io.yuma.recompute.RecordLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fetches subnets' epochs in a block range from a node into a history archive: scans each
 * subnet's scheduler slots ({@link EpochScan}), then reads them in block order (netuid order
 * within a block, {@link EpochReader}) and writes one record per epoch that ran, as
 * {@code FILE.partial}, renamed to {@code FILE} when complete. A journal beside it
 * ({@code FILE.journal}) checkpoints the slots done and the archive's length, so that an
 * interrupted fetch resumes to the same bytes: the resumed fetch scans again, cuts the partial
 * archive back to the checkpoint and goes on from the slot after it. Records are written as read,
 * one at a time.
 */
public final class ChainFetch {
    private static final long CHECKPOINT_NANOS = 2_000_000_000L;

    private ChainFetch() {
    }

    /**
     * Runs a fetch.
     *
     * @param options what to fetch and where
     * @param progress where progress goes
     * @return what was fetched
     * @throws ChainException when the node fails after its retries (the partial archive and its
     *     journal stay for a resume), an archive node is needed, or the output is in the way
     * @throws IOException when the archive cannot be written
     */
    public static FetchSummary run(FetchOptions options, FetchProgress progress) throws IOException {
        return run(options, progress, Long.MAX_VALUE);
    }

    /** A fetch that stops as if killed after {@code stopAfter} records: the tests' interrupted fetch. */
    static FetchSummary run(FetchOptions options, FetchProgress progress, long stopAfter) throws IOException {
        Path target = options.output();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        boolean interrupted = Files.exists(partial) || Files.exists(FetchJournal.of(target));
        switch (options.existing()) {
            case REFUSE -> {
                if (interrupted) {
                    throw new ChainException("an interrupted fetch is at " + partial + ": give --resume to continue it or --force to start over");
                }
                if (Files.exists(target)) {
                    throw new ChainException(target + " exists: give --force to replace it");
                }
            }
            case RESUME -> {
                if (!interrupted) {
                    throw new ChainException("nothing to resume: no interrupted fetch at " + partial);
                }
            }
            case REPLACE -> {
                Files.deleteIfExists(partial);
                FetchJournal.delete(target);
            }
        }
        FetchJournal.Checkpoint resumeAt = options.existing() == FetchOptions.Existing.RESUME
                ? FetchJournal.last(target, options.fingerprint()) : null;
        try (SubstrateRpc rpc = SubstrateRpc.connect(options.url(), options.rpc())) {
            MetadataCache metadata = new MetadataCache(rpc);
            List<EpochSlot> plan = plan(rpc, metadata, options, progress);
            return write(rpc, metadata, options, plan, resumeAt, progress, stopAfter);
        }
    }

    /** Every subnet's slots, in block order, netuid order within a block. */
    private static List<EpochSlot> plan(SubstrateRpc rpc, MetadataCache metadata, FetchOptions options,
            FetchProgress progress) {
        EpochScan scan = new EpochScan(rpc, metadata);
        List<Integer> netuids = options.netuids().isEmpty()
                ? scan.subnets(BlockHashes.of(rpc, List.of(options.to())).getFirst()) : options.netuids();
        List<EpochSlot> plan = new ArrayList<>();
        for (int netuid : netuids) {
            List<EpochSlot> slots = scan.scan(netuid, options.from(), options.to());
            progress.scanned(netuid, slots.size());
            plan.addAll(slots);
        }
        plan.sort(Comparator.comparingLong(EpochSlot::block).thenComparingInt(EpochSlot::netuid));
        return plan;
    }

    private static FetchSummary write(SubstrateRpc rpc, MetadataCache metadata, FetchOptions options,
            List<EpochSlot> plan, FetchJournal.Checkpoint resumeAt, FetchProgress progress, long stopAfter)
            throws IOException {
        Path target = options.output();
        Map<Integer, Long> lastSlot = new HashMap<>();
        for (EpochSlot slot : plan) {
            lastSlot.put(slot.netuid(), slot.block());
        }
        EpochReader reader = new EpochReader(rpc, metadata);
        long skipped = 0;
        long flagged = 0;
        long withUnknown = 0;
        ArchiveWriter archive = resumeAt == null ? ArchiveWriter.create(target)
                : ArchiveWriter.resume(target, resumeAt.records(), resumeAt.length());
        FetchJournal journal = resumeAt == null ? FetchJournal.create(target, options.fingerprint())
                : FetchJournal.reopen(target);
        boolean done = false;
        try {
            int start = resumeAt == null ? 0 : Math.toIntExact(resumeAt.slots());
            if (resumeAt == null) {
                archive.sync();
                journal.checkpoint(new FetchJournal.Checkpoint(0, 0, archive.length()));
            }
            long lastCheckpoint = System.nanoTime();
            for (int i = start; i < plan.size(); i++) {
                EpochSlot slot = plan.get(i);
                ChainEpoch epoch = slot.knownSkipped() ? null : slot.resolved()
                        ? reader.read(slot.netuid(), slot.block(), slot.parentHash(), slot.blockHash(), slot.specVersion())
                        : reader.read(slot.netuid(), slot.block());
                if (epoch == null || !epoch.ran()) {
                    skipped++;
                } else {
                    boolean last = lastSlot.get(slot.netuid()) == slot.block();
                    HistoryRecord record = OriginRecords.record(epoch, last,
                            new RecordLocation.ArchiveRecord(target, archive.length()));
                    archive.write(record);
                    ChainOrigin origin = record.origin();
                    flagged += origin.rulesImplemented() ? 0 : 1;
                    withUnknown += origin.unknown().isEmpty() ? 0 : 1;
                    if (archive.records() >= stopAfter) {
                        archive.suspend();
                        throw new ChainException("stopped after " + stopAfter + " records, as asked");
                    }
                }
                progress.update(slot.block(), options.from(), options.to(), i + 1L, plan.size(), rpc.stats().roundTrips(),
                        i + 1 == plan.size());
                if (System.nanoTime() - lastCheckpoint > CHECKPOINT_NANOS) {
                    archive.sync();
                    journal.checkpoint(new FetchJournal.Checkpoint(i + 1L, archive.records(), archive.length()));
                    lastCheckpoint = System.nanoTime();
                }
            }
            archive.commit();
            done = true;
        } catch (ChainException e) {
            // The node failed: keep what was written for --resume.
            archive.suspend();
            throw e;
        } finally {
            journal.close();
            archive.close();
            if (done) {
                FetchJournal.delete(target);
            }
        }
        return new FetchSummary(plan.size(), archive.records(), skipped, flagged, withUnknown, rpc.stats());
    }
}
