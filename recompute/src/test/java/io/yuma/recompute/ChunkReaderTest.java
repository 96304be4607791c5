package io.yuma.recompute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chunks stay within their bounds, and replay's chunks hold at most one epoch per subnet. */
class ChunkReaderTest {
    @TempDir
    Path dir;

    private Path archive;

    @BeforeEach
    void writeArchive() throws IOException {
        archive = dir.resolve("h.yhist");
        Synthesizer.synthesize(TestHistories.sequence("sequence-n8-e50-190003"), archive, 5, 4, false, false);
    }

    private List<Integer> chunkSizes(boolean replay, int maxRecords, long maxUids) throws IOException {
        List<Integer> sizes = new ArrayList<>();
        try (Histories histories = Histories.open(List.of(archive), 32)) {
            ChunkReader reader = new ChunkReader(histories, Overrides.none(), replay, maxRecords, maxUids, false,
                    new HistoryEnds());
            for (Chunk chunk = reader.next(); ; chunk = reader.next()) {
                Set<String> subnets = new HashSet<>();
                for (Chunk.Entry entry : chunk.entries()) {
                    String subnet = ((Chunk.Read) entry).record().subnet();
                    assertTrue(subnets.add(subnet) || !replay, "two epochs of " + subnet + " in one replay chunk");
                }
                if (!chunk.entries().isEmpty()) {
                    sizes.add(chunk.entries().size());
                }
                if (chunk.exhausted()) {
                    return sizes;
                }
            }
        }
    }

    @Test
    void auditChunksFillUpToTheRecordLimit() throws IOException {
        assertEquals(List.of(7, 7, 6), chunkSizes(false, 7, Recompute.MAX_CHUNK_UIDS));
    }

    @Test
    void replayChunksHoldOneEpochPerSubnet() throws IOException {
        assertEquals(List.of(5, 5, 5, 5), chunkSizes(true, 100, Recompute.MAX_CHUNK_UIDS));
        // s0e0 s1e0 s2e0 | s3e0 s4e0 s0e1 | ...: a subnet waits only for its own previous epoch.
        assertEquals(List.of(3, 3, 3, 3, 3, 3, 2), chunkSizes(true, 3, Recompute.MAX_CHUNK_UIDS));
    }

    @Test
    void theUidLimitCutsChunksButAlwaysTakesOneRecord() throws IOException {
        assertEquals(List.of(2, 2, 2, 2, 2, 2, 2, 2, 2, 2), chunkSizes(false, 100, 16));
        assertEquals(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1), chunkSizes(false, 100, 3));
    }
}
