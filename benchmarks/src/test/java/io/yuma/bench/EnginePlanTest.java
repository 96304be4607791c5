package io.yuma.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which engines a case measures, and the reason printed for each left out. */
class EnginePlanTest {
    @Test
    void measuresTheReferenceOnSmallCases() {
        EnginePlan.Choice choice = EnginePlan.choose("n1024", EnginePlan.REFERENCE_PAIR_LIMIT, List.of(), "--opt-in");

        assertTrue(choice.engines().contains("reference"), choice.toString());
        assertTrue(choice.skipped().stream().noneMatch(line -> line.startsWith("reference")), choice.toString());
    }

    @Test
    void leavesTheReferenceOutOfLargeCasesAndSaysHowToOptIn() {
        EnginePlan.Choice choice = EnginePlan.choose("n4096", EnginePlan.REFERENCE_PAIR_LIMIT + 1, List.of(),
                "--opt-in");

        assertFalse(choice.engines().contains("reference"), choice.toString());
        String reason = choice.skipped().stream().filter(line -> line.startsWith("reference: skipped on n4096"))
                .findFirst().orElseThrow();
        assertTrue(reason.contains("--opt-in"), reason);
    }

    @Test
    void namedEnginesRunAsGiven() {
        List<String> named = List.of("reference", "no-such-engine");

        EnginePlan.Choice choice = EnginePlan.choose("n4096", Long.MAX_VALUE, named, "--opt-in");

        assertEquals(named, choice.engines());
        assertEquals(List.of(), choice.skipped());
    }

    @Test
    void liquidPairsCountOnlyLiquidAlphaSubnets() {
        assertEquals(4096L * 4096, BenchInput.N4096_YUMA3_LIQUID.liquidPairs());
        assertEquals(0, BenchInput.N256_YUMA1.liquidPairs());
    }
}
