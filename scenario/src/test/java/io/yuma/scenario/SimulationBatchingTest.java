package io.yuma.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.yuma.api.EngineOptions;
import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.api.Engines;
import io.yuma.api.SubnetInput;
import io.yuma.api.SubnetResult;
import io.yuma.api.YumaEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every variant of an epoch step goes to the engine in one call, for one mechanism and for several. */
class SimulationBatchingTest {
    private static final Path SCENARIOS = Path.of("src", "test", "resources", "io", "yuma", "scenario", "digest");

    /** Records the size of each batch call; computes through the reference engine. */
    private static final class CountingEngine implements YumaEngine {
        private final YumaEngine engine = Engines.open("reference", EngineOptions.defaults());
        private final List<Integer> calls = new ArrayList<>();

        @Override
        public String name() {
            return "counting";
        }

        @Override
        public EpochResult run(EpochInput input) {
            calls.add(1);
            return engine.run(input);
        }

        @Override
        public List<EpochResult> runAll(List<EpochInput> inputs) {
            calls.add(inputs.size());
            return engine.runAll(inputs);
        }

        @Override
        public List<SubnetResult> runSubnets(List<SubnetInput> inputs) {
            calls.add(inputs.size());
            return engine.runSubnets(inputs);
        }

        @Override
        public void close() {
            engine.close();
        }
    }

    @Test
    void oneEngineCallPerEpochStepWithEveryVariant() throws Exception {
        for (String file : List.of("sweep-events.yaml", "sweep-mechanisms.yaml")) {
            Scenario scenario = ScenarioReader.read(SCENARIOS.resolve(file));
            try (CountingEngine engine = new CountingEngine()) {
                Simulation.run(scenario, engine, SimulationProgress.NONE);
                assertEquals(java.util.Collections.nCopies(scenario.epochs(), scenario.variantNames().size()),
                        engine.calls, file + ": one call of every variant per epoch");
            }
        }
    }
}
