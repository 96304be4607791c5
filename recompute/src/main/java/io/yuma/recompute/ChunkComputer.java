package io.yuma.recompute;

import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.api.SubnetInput;
import io.yuma.api.SubnetResult;
import io.yuma.api.YumaEngine;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes a chunk's records with at most two engine calls: {@link YumaEngine#runAll} for its
 * single-mechanism epochs and {@link YumaEngine#runSubnets} for its subnet epochs, so an engine
 * that batches across subnets batches every mechanism of the chunk together. In replay each
 * input takes the bonds and permits its subnet carries ({@link Carry}), and each result is
 * carried on. Used from one thread.
 */
final class ChunkComputer {
    private final YumaEngine engine;
    private final Carry carry;

    /** @param carry replay's state, or null for an audit (every epoch from its recorded input) */
    ChunkComputer(YumaEngine engine, Carry carry) {
        this.engine = engine;
        this.carry = carry;
    }

    /** The chunk's entries with every record computed; skipped entries pass through in place. */
    List<Chunk.Entry> compute(List<Chunk.Entry> entries) {
        List<EpochInput> inputs = new ArrayList<>(entries.size());
        List<SubnetInput> subnetInputs = new ArrayList<>();
        List<String> restarts = new ArrayList<>(entries.size());
        for (Chunk.Entry entry : entries) {
            if (entry instanceof Chunk.Read read) {
                Carry.Prepared prepared = carry != null ? carry.prepare(read.record())
                        : new Carry.Prepared(read.record(), null);
                if (prepared.record().isSubnet()) {
                    subnetInputs.add(prepared.record().subnetInput());
                } else {
                    inputs.add(prepared.record().input());
                }
                restarts.add(prepared.restart());
            }
        }
        List<EpochResult> results = inputs.isEmpty() ? List.of() : engine.runAll(inputs);
        List<SubnetResult> subnetResults = subnetInputs.isEmpty() ? List.of() : engine.runSubnets(subnetInputs);
        List<Chunk.Entry> computed = new ArrayList<>(entries.size());
        int next = 0;
        int nextSubnet = 0;
        int read = 0;
        for (Chunk.Entry entry : entries) {
            if (!(entry instanceof Chunk.Read(HistoryRecord record))) {
                computed.add(entry);
                continue;
            }
            String restart = restarts.get(read++);
            if (record.isSubnet()) {
                SubnetResult result = subnetResults.get(nextSubnet++);
                if (carry != null) {
                    carry.update(record, result);
                }
                computed.add(new Chunk.ComputedSubnet(record, result, restart));
            } else {
                EpochResult result = results.get(next++);
                if (carry != null) {
                    carry.update(record, result);
                }
                computed.add(new Chunk.Computed(record, result, restart));
            }
        }
        return computed;
    }
}
