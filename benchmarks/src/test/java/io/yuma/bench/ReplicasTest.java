package io.yuma.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.yuma.api.EpochInput;
import io.yuma.vector.VectorReader;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Replicated subnets: the templates in turn, every copy different from the others. */
class ReplicasTest {
    @Test
    void cyclesTemplatesAndMakesEveryCopyDistinct() throws IOException {
        EpochInput tiny = VectorReader.readInputs(ThroughputHarnessTest.TINY).epochs().get(0);
        EpochInput other = tiny.toBuilder().currentBlock(tiny.currentBlock() + 1).build();

        List<EpochInput> subnets = Replicas.of(List.of(tiny, other), 11);

        assertEquals(11, subnets.size());
        assertSame(tiny, subnets.get(0));
        assertSame(other, subnets.get(1));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < subnets.size(); i++) {
            EpochInput template = i % 2 == 0 ? tiny : other;
            EpochInput copy = subnets.get(i);
            assertEquals(template.currentBlock(), copy.currentBlock(), "subnet " + i + " follows its template");
            assertSame(template.weights(), copy.weights(), "copies share the template's rows");
            assertEquals(i < 2 ? 0 : 1, differences(template.alphaStakes(), copy.alphaStakes()), "subnet " + i);
            seen.add(copy.currentBlock() + Arrays.toString(copy.alphaStakes()));
        }
        assertEquals(11, seen.size(), "no two subnets alike");
    }

    @Test
    void stakesAtU64MaxMoveDown() throws IOException {
        EpochInput tiny = VectorReader.readInputs(ThroughputHarnessTest.TINY).epochs().get(0);
        long[] full = new long[tiny.n()];
        Arrays.fill(full, -1L); // u64::MAX
        EpochInput rich = tiny.toBuilder().alphaStake(full).build();

        long[] expected = full.clone();
        expected[1] = -2L;
        assertArrayEquals(expected, Replicas.of(List.of(rich), 2).get(1).alphaStakes());
    }

    @Test
    void rejectsNoTemplates() {
        assertThrows(IllegalArgumentException.class, () -> Replicas.of(List.of(), 1));
    }

    private static int differences(long[] a, long[] b) {
        int count = 0;
        for (int i = 0; i < a.length; i++) {
            count += a[i] == b[i] ? 0 : 1;
        }
        return count;
    }
}
