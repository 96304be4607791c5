package io.yuma.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yuma.api.EngineOptions;
import io.yuma.api.EpochResult;
import io.yuma.api.Engines;
import io.yuma.api.YumaEngine;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading scenario files: the number conversions, events, and errors that name file, line and field. */
class ScenarioReaderTest {
    private static final String BASE = """
            name: t
            epochs: 4
            validators:
              - {name: A, stake: 0.75}
              - {name: B, stake: 0.25}
            servers: [S1, S2]
            weights:
              - {epochs: 0-, set: {S1: 1, S2: 0}}
            """;

    private static ScenarioException error(String yaml) {
        return assertThrows(ScenarioException.class, () -> ScenarioReader.read("bad.yaml", yaml));
    }

    @Test
    void errorsNameTheFileTheLineAndTheField() {
        assertEquals("bad.yaml:4:22: field validators[0].stake: amount 0.0000000001 is finer than one rao "
                + "(10^-9 alpha): give at most 9 decimals",
                error(BASE.replace("stake: 0.75", "stake: 0.0000000001")).getMessage());
        assertEquals("bad.yaml:10:10: field hyperparameters.kappa: '1.5' is not a fraction between 0 and 1",
                error(BASE + "hyperparameters:\n  kappa: 1.5\n").getMessage());
        ScenarioException unknown = error(BASE + "weigths: []\n");
        assertEquals(9, unknown.line());
        assertEquals("weigths", unknown.field());
        ScenarioException target = error(BASE.replace("S2: 0}", "S3: 0}"));
        assertEquals("bad.yaml:8:35: field weights[0].set.S3: no neuron is named 'S3'; the names are [A, B, S1, S2]",
                target.getMessage());
        ScenarioException yaml = error("name: x\nepochs: 3\nvalidators: [A\n");
        assertEquals("bad.yaml", yaml.file());
        assertEquals(true, yaml.getMessage().contains("not valid YAML"), yaml.getMessage());
        assertEquals(true, yaml.line() >= 3, yaml.getMessage());
    }

    @Test
    void aRunTooLargeToHoldIsRefusedAtItsEpochs() {
        ScenarioException tooLarge = error(BASE.replace("epochs: 4", "epochs: 1000000"));
        assertEquals("bad.yaml:2:9: field epochs: 1000000 epochs x 3 variants x 4 neurons x 1 mechanisms is 12000000"
                + " results, more than the " + ScenarioReader.MAX_ROWS + " a run holds in memory: run fewer epochs or"
                + " variants, or split the sweep", tooLarge.getMessage());
    }

    @Test
    void fractionsAreRoundedDownAndRationalsAreExact() {
        assertEquals(32767, Amounts.fraction(scalar("0.5"), Amounts.U16_MAX).intValueExact());
        assertEquals(32767, Amounts.fraction(scalar("32767/65535"), Amounts.U16_MAX).intValueExact());
        assertEquals(6553, Amounts.fraction(scalar("0.1"), Amounts.U16_MAX).intValueExact());
        assertEquals(975_000, Amounts.fraction(scalar("0.975"), java.math.BigInteger.valueOf(1_000_000))
                .intValueExact());
        assertEquals(800_000_000L, Amounts.rao(scalar("0.8"), Amounts.Unit.ALPHA));
        assertEquals(8L, Amounts.rao(scalar("8"), Amounts.Unit.RAO));
    }

    @Test
    void weightRowsAreMaxNormalizedToNearestTiesToEven() {
        assertArrayEquals(new int[] {65535, 0, 21845}, Amounts.weightRow(decimals("0.75", "0", "0.25")));
        assertArrayEquals(new int[] {65535, 65535}, Amounts.weightRow(decimals("32767", "32767")));
        assertArrayEquals(new int[] {66, 65535}, Amounts.weightRow(decimals("0.001", "0.999")));
        assertArrayEquals(new int[] {0, 0}, Amounts.weightRow(decimals("0", "0")));
    }

    @Test
    void registrationsTakeANewUidOrAReplacedOneAndEventsApplyBeforeTheirEpoch() {
        Scenario scenario = ScenarioReader.read("t.yaml", BASE.replace("servers: [S1, S2]", "servers: [S1, S2, S3]")
                .replace("{S1: 1, S2: 0}", "{S2: 1}") + """
                events:
                  - {epoch: 1, register: S3}
                  - {epoch: 2, register: B, replaces: S1}
                  - {epoch: 2, set: {kappa: 0.6}}
                """.replace("  - {name: B, stake: 0.25}\n", ""));
        try (YumaEngine engine = Engines.open("reference", EngineOptions.defaults())) {
            SimulationResult result = Simulation.run(scenario, engine, SimulationProgress.NONE);
            assertEquals(3, result.result(0, 0).n(), "A, S1, S2 at the start");
            assertEquals(4, result.result(0, 1).n(), "S3 appended");
            assertEquals("S3", result.name(1, 3));
            assertEquals("B", result.name(2, 1), "B took S1's uid");
            EpochResult replaced = result.result(0, 2);
            assertEquals(250_000_000L, replaced.stake(1), "B brings its own stake");
        }
    }

    @Test
    void mechanismsGetTheirOwnWeightsAndBondsAndTheSubnetTermsAggregate() {
        Scenario scenario = ScenarioReader.read("t.yaml", """
                name: m
                epochs: 4
                validators: [{name: A, stake: 0.75}, {name: B, stake: 0.25}]
                servers: [S1, S2]
                mechanisms: {count: 2, emission_split: [0.5, 0.5]}
                weights:
                  - {epochs: 0-, set: {S1: 1}}
                  - {epochs: 0-, mechanism: 1, set: {S2: 1}}
                variants: [yuma3]
                """);
        try (YumaEngine engine = Engines.open("reference", EngineOptions.defaults())) {
            SimulationResult result = Simulation.run(scenario, engine, SimulationProgress.NONE);
            assertEquals(2, result.mechanisms());
            assertEquals(1, result.bonds(0, 3, 0).rowLength(0));
            assertEquals(2, result.bonds(0, 3, 0).column(0, 0), "mechanism 0 bonds A to S1");
            assertEquals(3, result.bonds(0, 3, 1).column(0, 0), "mechanism 1 bonds A to S2");
            EpochResult subnet = result.result(0, 3);
            // The chain's aggregate keeps mechanism 0's incentive alone; emissions add up.
            assertTrue(subnet.serverEmission(2) > 0 && subnet.serverEmission(3) > 0,
                    "both servers earn in the aggregate: " + subnet);
        }
    }

    @Test
    void aSweepMultipliesTheVariants() {
        Scenario scenario = ScenarioReader.read("t.yaml", BASE + "variants: [yuma1, yuma3]\nsweep:\n"
                + "  kappa: [0.4, 0.6]\n  bonds_penalty: [0, 1]\n");
        assertEquals(List.of("yuma1 kappa=0.4 bonds_penalty=0", "yuma1 kappa=0.4 bonds_penalty=1",
                "yuma1 kappa=0.6 bonds_penalty=0", "yuma1 kappa=0.6 bonds_penalty=1",
                "yuma3 kappa=0.4 bonds_penalty=0", "yuma3 kappa=0.4 bonds_penalty=1",
                "yuma3 kappa=0.6 bonds_penalty=0", "yuma3 kappa=0.6 bonds_penalty=1"), scenario.variantNames());
    }

    private static Node scalar(String text) {
        return Node.scalar("t.yaml", "x", 1, 1, text);
    }

    private static BigDecimal[] decimals(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toArray(BigDecimal[]::new);
    }
}
