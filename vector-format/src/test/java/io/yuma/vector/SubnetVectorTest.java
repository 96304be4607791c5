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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Subnet vectors (FORMAT.md "subnets with mechanisms"): read, round trip, and every bad shape named. */
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

    static Stream<Arguments> badSubnets() {
        return Stream.of(
                bad("mechanism vector too short", "\"last_update\":[902,903]", "\"last_update\":[902]",
                        "field mechanisms[1].last_update: has length 1, expected n = 2"),
                bad("mechanism weight column beyond u16", "[[0,1],[1,2]]", "[[0,1],[70000,2]]",
                        "field mechanisms[1].weights, uid 0: entry 1 has column 70000, expected a u16 (0..65535)"),
                bad("mechanism field missing", "[902,903],\"commit_block\":[18446744073709551615,18446744073709551615],",
                        "[902,903],",
                        "field mechanisms[1].commit_block: missing from mechanism"),
                bad("unknown mechanism field", "\"last_update\":[902,903]", "\"last_update\":[902,903],\"kappa\":1",
                        "field mechanisms[1].kappa: unknown field, not in FORMAT.md's mechanism"),
                bad("mechanism field at the top", "\"block_at_registration\":[1,2]",
                        "\"block_at_registration\":[1,2],\"last_update\":[1,2]",
                        "field last_update: belongs to a mechanism: in a subnet input it goes inside mechanisms[m]"),
                bad("split missing", "\"mechanism_emission_split\":[40000,25535],", "",
                        "field mechanism_emission_split: missing from a subnet input (null when unset)"),
                bad("split entry beyond u16", "[40000,25535]", "[40000,65536]",
                        "field mechanism_emission_split, uid 1: value 65536 is not a u16 (0..65535)"),
                bad("no mechanisms", SampleVectors.MECHANISM_0 + "," + SampleVectors.MECHANISM_1, "",
                        "field mechanisms: has 0 mechanisms, expected 1 to 16"),
                bad("output missing the aggregate", ",\n  \"subnet\":{\"active\"", ",\"x\":{\"active\"",
                        "field output.x: unknown field, not in FORMAT.md's output"),
                bad("one mechanism emission too many", "[611,389]", "[611,389,0]",
                        "field output.mechanism_emission: has length 3, expected one per mechanism (2)"),
                bad("aggregate vector too short", "\"emission\":[15,16]}}}", "\"emission\":[15]}}}",
                        "field subnet.output.emission: has length 1, expected n = 2"),
                bad("a bonds field in the aggregate", "\"emission\":[15,16]}}}", "\"emission\":[15,16],\"bonds\":[[],[]]}}}",
                        "field output.subnet.bonds: unknown field, not in FORMAT.md's subnet"),
                bad("single-mechanism output", "\"output\":{\"mechanism_emission\":[611,389],",
                        "\"output\":{\"dividend\":[1,1],\"mechanism_emission\":[611,389],",
                        "field output.dividend: not part of a subnet's output (mechanism_emission, mechanisms, subnet)"));
    }

    private static Arguments bad(String what, String from, String to, String message) {
        return Arguments.of(what, replace(SUBNET, from, to), FILE + ": " + message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSubnets")
    void badSubnetIsNamedWithMechanismAndField(String what, String text, String message) {
        VectorFormatException e = assertThrows(VectorFormatException.class,
                () -> VectorReader.read(SampleVectors.stream(text), FILE));
        assertEquals(message, e.getMessage());
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
