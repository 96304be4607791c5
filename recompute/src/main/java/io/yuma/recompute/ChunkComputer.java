package io.yuma.recompute;

import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.api.YumaEngine;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes a chunk's records with one {@link YumaEngine#runAll} call. In replay each input takes
 * the bonds and permits its subnet carries ({@link Carry}), and each result is carried on. Used
 * from one thread.
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
        List<String> restarts = new ArrayList<>(entries.size());
        for (Chunk.Entry entry : entries) {
            if (entry instanceof Chunk.Read read) {
                Carry.Prepared prepared = carry != null ? carry.prepare(read.record())
                        : new Carry.Prepared(read.record().input(), null);
                inputs.add(prepared.input());
                restarts.add(prepared.restart());
            }
        }
        List<EpochResult> results = inputs.isEmpty() ? List.of() : engine.runAll(inputs);
        List<Chunk.Entry> computed = new ArrayList<>(entries.size());
        int next = 0;
        for (Chunk.Entry entry : entries) {
            if (entry instanceof Chunk.Read read) {
                EpochResult result = results.get(next);
                if (carry != null) {
                    carry.update(read.record(), result);
                }
                computed.add(new Chunk.Computed(read.record(), result, restarts.get(next)));
                next++;
            } else {
                computed.add(entry);
            }
        }
        return computed;
    }
}
