package io.yuma.cuda;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.yuma.api.Availability;
import io.yuma.api.EngineOptions;
import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.reference.ReferenceEngine;
import io.yuma.testkit.random.Profile;
import io.yuma.testkit.random.SubnetGenerator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cuda engine on a real GPU against the reference. Skipped, with the reason, where there is
 * no GPU (the emulated tests cover the kernels' arithmetic there).
 * scripts/cuda-device.sh runs the full golden and differential suites on a GPU machine.
 */
class GpuDuelTest {
    @Test
    void randomSubnetsMatchTheReferenceOnTheGpu() {
        Availability availability = new CudaEngineProvider().availability();
        assumeTrue(availability.available(), () -> "no GPU here: " + availability.reason());
        SubnetGenerator generator = new SubnetGenerator(4242L, Profile.FULL);
        List<EpochInput> inputs = new ArrayList<>();
        for (int s = 0; s < 200; s++) {
            inputs.add(generator.generate(s, s % 97 + (s % 5 == 0 ? 200 : 0)));
        }
        try (CudaEngine engine = (CudaEngine) new CudaEngineProvider().create(EngineOptions.defaults())) {
            System.err.println("GpuDuelTest on " + engine.describe());
            List<EpochResult> actual = engine.runAll(inputs);
            for (int s = 0; s < inputs.size(); s++) {
                int index = s;
                assertNull(new ReferenceEngine().run(inputs.get(s)).firstDifference(actual.get(s)),
                        () -> "subnet " + index + " (n=" + inputs.get(index).n() + ")");
            }
            System.err.println("GpuDuelTest timings: " + engine.lastTimings());
        }
    }
}
