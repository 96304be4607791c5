package io.yuma.vector;

import static io.yuma.vector.SampleVectors.SUBNET;
import static io.yuma.vector.SampleVectors.replace;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yuma.api.SubnetInput;
import java.io.IOException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Subnet vectors (FORMAT.md "subnets with mechanisms"): read, round trip, limits (bad shapes: BadVectorTest). */
class SubnetVectorTest {
    private static final String FILE = "subnet.json";

    @Test
    void readsSharedFieldsIntoEveryMechanism() throws IOException {
        Vector vector = SampleVectors.read(SUBNET);
        assertTrue(vector.isSubnet());
        SubnetInput input = vector.subnetEpochs().getFirst().input();
        assertEquals(2, input.mechanismCount());
        assertArrayEquals(new int[] {40000, 25535}, input.emissionSplit());
        assertArrayEquals(new long[] {902, 903}, input.mechanism(1).lastUpdates());
        assertArrayEquals(new long[] {10, 20}, input.mechanism(1).alphaStakes(), "shared fields reach every mechanism");
        assertEquals(1000, input.mechanism(1).raoEmission());
        assertArrayEquals(new long[] {611, 389}, vector.subnetEpochs().getFirst().expected().mechanismEmission());
        IllegalStateException e = assertThrows(IllegalStateException.class, vector::epochs);
        assertTrue(e.getMessage().contains("subnetEpochs()"), e.getMessage());
    }

    @Test
    void roundTripsThroughTheWriter() throws IOException {
        Vector vector = SampleVectors.read(SUBNET);
        Vector again = SampleVectors.read(SampleVectors.write(vector));
        SampleVectors.assertSameVector(vector, again);
        assertEquals(SampleVectors.write(vector), SampleVectors.write(again));
    }

    @Test
    void nullSplitIsKeptApartFromAnEmptyOne() throws IOException {
        Vector unset = SampleVectors.read(replace(SUBNET, "[40000,25535]", "null"));
        assertEquals(null, unset.subnetEpochs().getFirst().input().emissionSplit());
        Vector empty = SampleVectors.read(replace(SUBNET, "[40000,25535]", "[]"));
        assertArrayEquals(new int[0], empty.subnetEpochs().getFirst().input().emissionSplit());
        assertTrue(SampleVectors.write(unset).contains("\"mechanism_emission_split\":null"));
        assertTrue(SampleVectors.write(empty).contains("\"mechanism_emission_split\":[]"));
    }

    @Test
    void moreThanSixteenMechanisms() {
        String seventeen = IntStream.range(0, 17).mapToObj(m -> SampleVectors.MECHANISM_0).collect(Collectors.joining(","));
        String text = replace(SUBNET, SampleVectors.MECHANISM_0 + "," + SampleVectors.MECHANISM_1, seventeen);
        VectorFormatException e = assertThrows(VectorFormatException.class,
                () -> VectorReader.read(SampleVectors.stream(text), FILE));
        assertEquals(FILE + ": field mechanisms: has 17 mechanisms, expected 1 to 16", e.getMessage());
    }

    @Test
    void moreUidsAcrossMechanismsThanTheChainAllows() {
        int n = 129;
        String text = replace(replace(replace(replace(SUBNET, "\"n\":2", "\"n\":" + n),
                "\"alpha_stake\":[10,20],\"tao_stake\":[0,0],\"block_at_registration\":[1,2],\"validator_permit\":[true,false]",
                "\"alpha_stake\":" + repeat("1", n) + ",\"tao_stake\":" + repeat("0", n) + ",\"block_at_registration\":"
                        + repeat("1", n) + ",\"validator_permit\":" + repeat("true", n)),
                SampleVectors.MECHANISM_0, mechanismOf(n)), SampleVectors.MECHANISM_1, mechanismOf(n));
        VectorFormatException e = assertThrows(VectorFormatException.class,
                () -> VectorReader.read(SampleVectors.stream(text), FILE));
        assertEquals(FILE + ": field mechanisms: n = 129 times 2 mechanisms is 258, above the chain's limit of 256"
                + " (TooManyUIDsPerMechanism)", e.getMessage());
    }

    private static String mechanismOf(int n) {
        return "{\"last_update\":" + repeat("0", n) + ",\"commit_block\":" + repeat("0", n) + ",\"weights\":"
                + repeat("[]", n) + ",\"bonds\":" + repeat("[]", n) + "}";
    }

    private static String repeat(String value, int n) {
        return IntStream.range(0, n).mapToObj(i -> value).collect(Collectors.joining(",", "[", "]"));
    }
}
