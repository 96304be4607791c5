package io.yuma.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yuma.api.EpochInput;
import io.yuma.batch.SubnetBatch;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Chunks cover the batch in order, fit the budget (except a lone oversized subnet), and agree with the batch's offsets. */
class ChunkPlannerTest {
    @Test
    void chunksCoverTheBatchWithinTheBudget() {
        List<EpochInput> inputs = new ArrayList<>();
        for (int s = 0; s < 40; s++) {
            inputs.add(RandomSubnets.generate(s, (s * 37) % 90));
        }
        try (SubnetBatch batch = Packing.batch(inputs)) {
            for (long budget : new long[] {1, 200_000, 2_000_000, Long.MAX_VALUE}) {
                ChunkPlanner planner = new ChunkPlanner(budget, 32, 6);
                List<ChunkPlanner.Launch> launches = planner.plan(batch);
                int next = 0;
                for (ChunkPlanner.Launch launch : launches) {
                    Chunk chunk = launch.chunk();
                    assertEquals(next, chunk.firstSubnet());
                    assertEquals(ChunkPlanner.chunk(batch, chunk.firstSubnet(), chunk.subnets(), chunk.maxN()), chunk);
                    long bytes = ArenaLayout.totalBytes(chunk, 32, launch.blocks());
                    assertTrue(chunk.subnets() == 1 || bytes <= budget, "chunk of " + chunk.subnets() + " needs " + bytes);
                    assertTrue(launch.blocks() >= 1 && launch.blocks() <= Math.min(6, chunk.subnets()));
                    int maxN = 0;
                    for (int s = chunk.firstSubnet(); s < chunk.firstSubnet() + chunk.subnets(); s++) {
                        maxN = Math.max(maxN, batch.n(s));
                    }
                    assertEquals(maxN, chunk.maxN());
                    next += chunk.subnets();
                }
                assertEquals(batch.subnets(), next);
                if (budget == Long.MAX_VALUE) {
                    assertEquals(1, launches.size());
                }
            }
        }
    }

    @Test
    void layoutSlotsDoNotOverlap() {
        Chunk chunk = new Chunk(0, 3, 0, 50, 0, 400, 0, 70, 20);
        ArenaLayout layout = new ArenaLayout(chunk, 64, 2);
        long end = 8L * ArenaLayout.argumentWords();
        for (Slot slot : Slot.values()) {
            assertTrue(layout.offset(slot) >= end, slot + " overlaps its predecessor");
            assertEquals(0, layout.offset(slot) % 256, slot + " is aligned");
            end = layout.offset(slot) + layout.bytes(slot);
        }
        assertTrue(end <= layout.totalBytes());
        assertEquals(layout.totalBytes(), ArenaLayout.totalBytes(chunk, 64, 2));
        assertEquals(2L * 3 * 20 * 64 * 8, layout.bytes(Slot.WORK_DENSE));
    }
}
