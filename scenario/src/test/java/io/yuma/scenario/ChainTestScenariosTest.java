package io.yuma.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yuma.api.EngineOptions;
import io.yuma.api.EpochResult;
import io.yuma.api.Engines;
import io.yuma.api.YumaEngine;
import io.yuma.vector.Vector;
import io.yuma.vector.VectorReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped scenarios made from the chain's Yuma tests reproduce those tests: the dividends
 * each test asserts (copied from opentensor/subtensor pallets/subtensor/src/tests/epoch.rs at
 * commit 14bc6f9, the test named in each case; the chain checks them within 1e-3 through
 * {@code assert_approx_eq}, and so does this test), and, where the project holds a vector the
 * chain's own code computed for that test, every output of every epoch bit for bit. The test's
 * epoch k is the scenario's epoch k + 1 (epoch 0 is the setup epoch of setup_yuma_3_scenario).
 */
class ChainTestScenariosTest {
    private static final double EPSILON = 1e-3;
    private static final Path VECTORS = Path.of("..", "vector-format", "vectors");
    private static YumaEngine engine;

    @BeforeAll
    static void open() {
        engine = Engines.open("reference", EngineOptions.defaults());
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    /** test_yuma_3_kappa_moves_first: targets_dividends. */
    @Test
    void kappaMovesFirst() throws IOException {
        check("chain-yuma3-kappa-moves-first", new double[][] {
            {0.8000, 0.1000, 0.1000, 0.0000, 0.0000},
            {1.0000, 0.0000, 0.0000, 0.0000, 0.0000},
            {0.9382, 0.0618, 0.0000, 0.0000, 0.0000},
            {0.8819, 0.0773, 0.0407, 0.0000, 0.0000},
            {0.8564, 0.0844, 0.0592, 0.0000, 0.0000},
            {0.8418, 0.0884, 0.0697, 0.0000, 0.0000}}, "sequence-chaintest-yuma3-kappa-moves-first.json.gz");
    }

    /** test_yuma_3_kappa_moves_second: targets_dividends. */
    @Test
    void kappaMovesSecond() throws IOException {
        check("chain-yuma3-kappa-moves-second", new double[][] {
            {0.8000, 0.1000, 0.1000, 0.0000, 0.0000},
            {0.8446, 0.0498, 0.1056, 0.0000, 0.0000},
            {0.6868, 0.3132, 0.0000, 0.0000, 0.0000},
            {0.7421, 0.2090, 0.0489, 0.0000, 0.0000},
            {0.7625, 0.1706, 0.0669, 0.0000, 0.0000},
            {0.7730, 0.1508, 0.0762, 0.0000, 0.0000}}, null);
    }

    /** test_yuma_3_kappa_moves_last: targets_dividends. */
    @Test
    void kappaMovesLast() throws IOException {
        check("chain-yuma3-kappa-moves-last", new double[][] {
            {0.8000, 0.1000, 0.1000, 0.0000, 0.0000},
            {0.8446, 0.0498, 0.1056, 0.0000, 0.0000},
            {0.8966, 0.0333, 0.0701, 0.0000, 0.0000},
            {0.4663, 0.3210, 0.2127, 0.0000, 0.0000},
            {0.5976, 0.2340, 0.1683, 0.0000, 0.0000},
            {0.6592, 0.1932, 0.1475, 0.0000, 0.0000}}, null);
    }

    /** test_yuma_3_one_epoch_switch: targets_dividends. */
    @Test
    void oneEpochSwitch() throws IOException {
        check("chain-yuma3-one-epoch-switch", new double[][] {
            {0.3300, 0.3300, 0.3400, 0.0000, 0.0000},
            {0.3300, 0.3300, 0.3400, 0.0000, 0.0000},
            {0.3782, 0.3782, 0.2436, 0.0000, 0.0000},
            {0.3628, 0.3628, 0.2745, 0.0000, 0.0000},
            {0.3541, 0.3541, 0.2917, 0.0000, 0.0000},
            {0.3487, 0.3487, 0.3026, 0.0000, 0.0000}}, null);
    }

    /** test_yuma_3_liquid_alpha_disabled: targets_dividends. */
    @Test
    void liquidAlphaDisabled() throws IOException {
        check("chain-yuma3-liquid-alpha-disabled", new double[][] {
            {0.3300, 0.3300, 0.3400, 0.0000, 0.0000},
            {0.3300, 0.3300, 0.3400, 0.0000, 0.0000},
            {0.3734, 0.3734, 0.2532, 0.0000, 0.0000},
            {0.3611, 0.3611, 0.2779, 0.0000, 0.0000},
            {0.3541, 0.3541, 0.2919, 0.0000, 0.0000},
            {0.3495, 0.3495, 0.3009, 0.0000, 0.0000}}, "sequence-chaintest-yuma3-liquid-alpha-disabled.json.gz");
    }

    /** test_yuma_3_stable_miner: targets_dividends. */
    @Test
    void stableMiner() throws IOException {
        check("chain-yuma3-stable-miner", new double[][] {
            {0.8000, 0.1000, 0.1000, 0.0000, 0.0000, 0.0000},
            {0.8226, 0.0745, 0.1028, 0.0000, 0.0000, 0.0000},
            {0.7750, 0.1685, 0.0565, 0.0000, 0.0000, 0.0000},
            {0.7864, 0.1372, 0.0764, 0.0000, 0.0000, 0.0000},
            {0.7912, 0.1241, 0.0847, 0.0000, 0.0000, 0.0000},
            {0.7937, 0.1173, 0.0890, 0.0000, 0.0000, 0.0000}}, null);
    }

    /** test_yuma_3_bonds_reset: targets_dividends, which names its epochs. */
    @Test
    void bondsReset() {
        Map<Integer, double[]> targets = Map.of(
                0, new double[] {0.8000, 0.1000, 0.1000, 0.0000, 0.0000},
                1, new double[] {0.8944, 0.0528, 0.0528, 0.0000, 0.0000},
                2, new double[] {0.5230, 0.2385, 0.2385, 0.0000, 0.0000},
                19, new double[] {0.7919, 0.1040, 0.1040, 0.0000, 0.0000},
                20, new double[] {0.7928, 0.1036, 0.1036, 0.0000, 0.0000},
                21, new double[] {0.8467, 0.0766, 0.0766, 0.0000, 0.0000},
                40, new double[] {0.7928, 0.1036, 0.1036, 0.0000, 0.0000});
        SimulationResult result = Simulation.run(ScenarioLibrary.load("chain-yuma3-bonds-reset"), engine,
                SimulationProgress.NONE);
        targets.forEach((testEpoch, dividends) -> assertDividends(result, testEpoch, dividends));
    }

    private static void check(String scenario, double[][] dividends, String vector) throws IOException {
        SimulationResult result = Simulation.run(ScenarioLibrary.load(scenario), engine, SimulationProgress.NONE);
        assertEquals("scenario", result.variants().getFirst());
        for (int testEpoch = 0; testEpoch < dividends.length; testEpoch++) {
            assertDividends(result, testEpoch, dividends[testEpoch]);
        }
        if (vector != null) {
            Vector recorded = VectorReader.read(VECTORS.resolve(vector));
            assertEquals(recorded.epochCount(), result.epochs(), "epochs of " + vector);
            for (int epoch = 0; epoch < result.epochs(); epoch++) {
                EpochResult expected = recorded.epochs().get(epoch).expected();
                EpochResult actual = result.result(0, epoch);
                assertEquals(expected, actual, () -> scenario + " differs from " + vector + ": "
                        + expected.firstDifference(actual));
            }
        }
    }

    private static void assertDividends(SimulationResult result, int testEpoch, double[] expected) {
        EpochResult epoch = result.result(0, testEpoch + 1);
        assertEquals(expected.length, epoch.n());
        for (int uid = 0; uid < expected.length; uid++) {
            double actual = epoch.dividend(uid) / 65535.0;
            assertTrue(Math.abs(actual - expected[uid]) <= EPSILON, result.scenario().name() + ", test epoch "
                    + testEpoch + ", uid " + uid + ": dividend " + actual + ", the chain test expects "
                    + expected[uid]);
        }
    }
}
