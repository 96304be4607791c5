package io.yuma.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yuma.api.EpochInput;
import io.yuma.batch.SubnetBatch;
import io.yuma.testkit.random.Profile;
import io.yuma.testkit.random.SubnetGenerator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Slices cover the batch in order, fit the budget (except a lone oversized subnet), and agree with the batch's offsets. */
class SlicePlannerTest {
    @Test
    void slicesCoverTheBatchWithinTheBudget() {
        SubnetGenerator generator = new SubnetGenerator(20_260_701L, Profile.CI);
        List<EpochInput> inputs = new ArrayList<>();
        for (int s = 0; s < 40; s++) {
            inputs.add(generator.generate(s, (s * 37) % 90));
        }
        try (SubnetBatch batch = SubnetBatch.of(inputs)) {
            for (long budget : new long[] {1, 200_000, 2_000_000, Long.MAX_VALUE}) {
                SlicePlanner planner = new SlicePlanner(budget, 32, 6);
                List<SlicePlanner.Launch> launches = planner.plan(batch);
                int next = 0;
                for (SlicePlanner.Launch launch : launches) {
                    SubnetSlice slice = launch.slice();
                    assertEquals(next, slice.firstSubnet());
                    assertEquals(SlicePlanner.slice(batch, slice.firstSubnet(), slice.subnets(), slice.maxN()), slice);
                    long bytes = ArenaLayout.totalBytes(slice, 32, launch.blocks());
                    assertTrue(slice.subnets() == 1 || bytes <= budget, "slice of " + slice.subnets() + " needs " + bytes);
                    assertTrue(launch.blocks() >= 1 && launch.blocks() <= Math.min(6, slice.subnets()));
                    int maxN = 0;
                    for (int s = slice.firstSubnet(); s < slice.firstSubnet() + slice.subnets(); s++) {
                        maxN = Math.max(maxN, batch.n(s));
                    }
                    assertEquals(maxN, slice.maxN());
                    next += slice.subnets();
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
        SubnetSlice slice = new SubnetSlice(0, 3, 0, 50, 0, 400, 0, 70, 20);
        ArenaLayout layout = new ArenaLayout(slice, 64, 2);
        long end = 8L * ArenaLayout.argumentWords();
        for (Slot slot : Slot.values()) {
            assertTrue(layout.offset(slot) >= end, slot + " overlaps its predecessor");
            assertEquals(0, layout.offset(slot) % 256, slot + " is aligned");
            end = layout.offset(slot) + layout.bytes(slot);
        }
        assertTrue(end <= layout.totalBytes());
        assertEquals(layout.totalBytes(), ArenaLayout.totalBytes(slice, 64, 2));
        assertEquals(2L * 3 * 20 * 64 * 8, layout.bytes(Slot.WORK_DENSE));
    }
}
