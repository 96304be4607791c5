package io.yuma.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yuma.api.EpochInput;
import io.yuma.batch.BatchResults;
import io.yuma.batch.SubnetBatch;
import io.yuma.testkit.random.Profile;
import io.yuma.testkit.random.SubnetGenerator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * What the engine does around its device: a closed engine refuses every entry point, naming
 * itself, without touching the device; closing twice frees the device once. A stand-in device
 * counts what reaches it, so this needs neither a GPU nor g++.
 */
class CudaEngineLifecycleTest {
    private static final EpochInput INPUT = new SubnetGenerator(20_260_701L, Profile.CI).generate(3, 9);

    @Test
    void closedEngineRefusesWorkNamingItself() {
        CountingDevice device = new CountingDevice();
        CudaEngine engine = new CudaEngine(device);
        engine.close();
        try (SubnetBatch batch = SubnetBatch.of(List.of(INPUT)); BatchResults results = new BatchResults(batch)) {
            for (Executable call : List.<Executable>of(() -> engine.run(INPUT), () -> engine.runAll(List.of(INPUT)),
                    () -> engine.runBatch(batch), () -> engine.runBatchInto(batch, results))) {
                IllegalStateException refused = assertThrows(IllegalStateException.class, call);
                assertTrue(refused.getMessage().contains("engine cuda is closed"), refused.getMessage());
            }
        }
        assertEquals(0, device.executions, "nothing reached the device after close");
    }

    @Test
    void closingTwiceClosesTheDeviceOnce() {
        CountingDevice device = new CountingDevice();
        CudaEngine engine = new CudaEngine(device);
        engine.close();
        engine.close();
        assertEquals(1, device.closes);
    }

    @Test
    void emulatedEngineNeedsAnExecutableEmulator() {
        Path missing = Path.of("target", "no-such-emulator");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> EmulatedCuda.open(missing));
        assertTrue(refused.getMessage().contains(missing.toString()), refused.getMessage());
    }

    @Test
    void emulatedEngineSaysItIsNotAGpu() {
        try (CudaEngine engine = EmulatedCuda.open(HostBuild.emulator())) {
            assertTrue(engine.describe().contains("not a GPU"), engine.describe());
        }
    }

    /** Counts launches and closes; a launch here would be an engine bug, so it fails loudly. */
    private static final class CountingDevice implements EpochDevice {
        int executions;
        int closes;

        @Override
        public String describe() {
            return "counting stand-in, not a GPU";
        }

        @Override
        public int threads() {
            return 1;
        }

        @Override
        public int maxBlocks() {
            return 1;
        }

        @Override
        public long memoryBudget() {
            return 1L << 20;
        }

        @Override
        public LaunchTimings execute(ArenaLayout layout, List<Transfer> inputs, List<Transfer> outputs) {
            executions++;
            throw new AssertionError("the stand-in device cannot run kernels");
        }

        @Override
        public void close() {
            closes++;
        }
    }
}
