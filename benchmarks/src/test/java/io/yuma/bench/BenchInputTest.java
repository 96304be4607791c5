package io.yuma.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yuma.api.EpochInput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled inputs: present, readable, and described by their enum constants. */
class BenchInputTest {
    @Test
    void everyInputIsBundled() {
        for (BenchInput input : BenchInput.values()) {
            assertNotNull(BenchInput.class.getResource("/io/yuma/bench/inputs/" + input.id() + ".json.gz"), input.id());
        }
    }

    @Test
    void everyInputMatchesItsDescription() {
        for (BenchInput input : BenchInput.values()) {
            EpochInput loaded = input.load();

            assertTrue(input.id().startsWith("bench-n" + loaded.n() + "-"), input.id() + " has n=" + loaded.n());
            assertEquals(input.liquidPairs(), EnginePlan.liquidPairs(loaded), input.id());
        }
    }

    @Test
    void resolvesIdsAndFiles() throws IOException {
        assertEquals(256, BenchInput.resolve(BenchInput.N256_YUMA1.id()).get(0).n());
        List<EpochInput> file = BenchInput.resolve(ThroughputHarnessTest.TINY.toString());
        assertEquals(4, file.get(0).n());
        assertEquals(BenchInput.N1024_YUMA3_LIQUID,
                BenchInput.forFile(Path.of("somewhere", "bench-n1024-v64-yuma3-liquid.json.gz")).orElseThrow());
        assertTrue(BenchInput.forFile(ThroughputHarnessTest.TINY).isEmpty());
    }

    @Test
    void anUnknownIdListsTheBundledOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BenchInput.byId("n5"));
        assertTrue(e.getMessage().contains(BenchInput.N4096_YUMA3_LIQUID.id()), e.getMessage());
    }
}
