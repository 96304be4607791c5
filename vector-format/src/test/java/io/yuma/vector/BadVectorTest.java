package io.yuma.vector;

import static io.yuma.vector.SampleVectors.SEQUENCE;
import static io.yuma.vector.SampleVectors.SINGLE;
import static io.yuma.vector.SampleVectors.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad vector raises VectorFormatException with a message naming file, field, uid and value. */
class BadVectorTest {
    private static final String FILE = "bad.json";

    static Stream<Arguments> badFields() {
        return Stream.of(
                bad("column beyond u16", "[70,3]", "[70000,3]",
                        "field weights, uid 2: entry 0 has column 70000, expected a u16 (0..65535)"),
                bad("negative column", "[[1,2]]", "[[-1,2]]",
                        "field bonds, uid 1: entry 0 has column -1, expected a u16 (0..65535)"),
                bad("weight beyond u16", "[1,0]]", "[1,65536]]",
                        "field weights, uid 2: entry 1 has value 65536, expected a u16 (0..65535)"),
                bad("entry without value", "[70,3]", "[70]",
                        "field weights, uid 2: entry 0 has no value, expected a [column, value] pair"),
                bad("entry with three numbers", "[70,3]", "[70,3,4]",
                        "field weights, uid 2: entry 0 has more than two numbers, expected a [column, value] pair"),
                bad("entry not a pair", "[70,3]", "7",
                        "field weights, uid 2: expected entry 0 as a [column, value] pair, found 7"),
                bad("row not an array", "\"weights\":[[[2,65535],[0,1]],[]", "\"weights\":[[[2,65535],[0,1]],5",
                        "field weights, uid 1: expected a row (an array of [column, value] pairs), found 5"),
                bad("u16 scalar too large", "\"kappa\":32767", "\"kappa\":65536",
                        "field kappa: value 65536 is not a u16 (0..65535)"),
                bad("u16 scalar negative", "\"tempo\":360", "\"tempo\":-1",
                        "field tempo: value -1 is not a u16 (0..65535)"),
                bad("u16 scalar far beyond int", "\"tempo\":360", "\"tempo\":99999999999999999999",
                        "field tempo: value 99999999999999999999 is not a u16 (0..65535)"),
                bad("i16 too large", "\"alpha_sigmoid_steepness\":-32768", "\"alpha_sigmoid_steepness\":32768",
                        "field alpha_sigmoid_steepness: value 32768 is not an i16 (-32768..32767)"),
                bad("owner uid beyond u16", "\"owner_uid\":null", "\"owner_uid\":65536",
                        "field owner_uid: value 65536 is not a u16 (0..65535)"),
                bad("owner uid at n", "\"owner_uid\":null", "\"owner_uid\":3",
                        "field owner_uid: value 3 is not a uid of the subnet (0..2, n = 3): the chain takes the owner's uid"
                                + " from Uids, which holds registered uids only"),
                bad("u64 negative", "\"alpha_stake\":[1,", "\"alpha_stake\":[-1,",
                        "field alpha_stake, uid 0: value -1 is not a u64 (0..18446744073709551615)"),
                bad("u64 above 2^64-1", "\"tao_weight\":18446744073709551614", "\"tao_weight\":18446744073709551616",
                        "field tao_weight: value 18446744073709551616 is not a u64 (0..18446744073709551615)"),
                bad("u64 array element above 2^64-1", "\"commit_block\":[18446744073709551615,7,8]",
                        "\"commit_block\":[18446744073709551615,7,28446744073709551615]",
                        "field commit_block, uid 2: value 28446744073709551615 is not a u64 (0..18446744073709551615)"),
                bad("u64 as a fraction", "\"rao_emission\":1000000000", "\"rao_emission\":1.5",
                        "field rao_emission: value 1.5 is not a u64 (0..18446744073709551615)"),
                bad("u64 as a string", "\"stake_threshold\":1000", "\"stake_threshold\":\"1000\"",
                        "field stake_threshold: value \"1000\" is not a u64 (0..18446744073709551615)"),
                bad("bool as a number", "\"liquid_alpha\":true", "\"liquid_alpha\":1",
                        "field liquid_alpha: value 1 is not a bool (true or false)"),
                bad("bool array element null", "\"validator_permit\":[true,false,true]",
                        "\"validator_permit\":[true,null,true]",
                        "field validator_permit, uid 1: value null is not a bool (true or false)"),
                bad("array where a number belongs", "\"n\":3", "\"n\":[3]",
                        "field n: value an array is not a u16 (0..65535)"),
                bad("number where an array belongs", "\"tao_stake\":[0,5,6]", "\"tao_stake\":0",
                        "field tao_stake: expected an array, found 0"),
                bad("input vector too short", "\"tao_stake\":[0,5,6]", "\"tao_stake\":[0,5]",
                        "field tao_stake: has length 2, expected n = 3"),
                bad("too few weight rows", "\"weights\":[[[2,65535],[0,1]],[],[[70,3],[1,0]]]",
                        "\"weights\":[[[2,65535],[0,1]],[]]",
                        "field weights: has length 2, expected n = 3"),
                bad("output vector too long", "\"consensus\":[4,5,6]", "\"consensus\":[4,5,6,7]",
                        "field output.consensus: has length 4, expected n = 3"),
                bad("output u16 out of range", "\"stake_weight\":[0,65535,3]", "\"stake_weight\":[0,65536,3]",
                        "field output.stake_weight, uid 1: value 65536 is not a u16 (0..65535)"),
                bad("output bond value out of range", "[[2,7],[1,8]]", "[[2,7],[1,80000]]",
                        "field output.bonds, uid 2: entry 1 has value 80000, expected a u16 (0..65535)"),
                bad("trace vector too short", "\"stake\":[-1,0,4294967296]", "\"stake\":[-1,0]",
                        "field trace.stake: has length 2, expected n = 3"),
                bad("trace value beyond i64", "\"dividends\":[1,2,3]", "\"dividends\":[1,9223372036854775808,3]",
                        "field trace.dividends, uid 1: value 9223372036854775808 is not an i64 (-9223372036854775808..9223372036854775807)"),
                bad("unknown input field", "\"kappa\":32767", "\"kappa\":32767,\"kapa\":1",
                        "field kapa: unknown field, not in FORMAT.md's input"),
                bad("unknown output field", "\"consensus\":[4,5,6]", "\"consensus\":[4,5,6],\"rank\":[1,2,3]",
                        "field output.rank: unknown field, not in FORMAT.md's output"),
                bad("unknown trace field", "\"dividends\":[1,2,3]", "\"dividends\":[1,2,3],\"ranks\":[1,2,3]",
                        "field trace.ranks: unknown field, not in FORMAT.md's trace"),
                bad("unknown top-level field", "\"family\":\"edge\"", "\"family\":\"edge\",\"comment\":\"x\"",
                        "field comment: unknown field, not in FORMAT.md"),
                bad("missing input field", "\"kappa\":32767,", "",
                        "field kappa: missing from input"),
                bad("missing output field", "\"incentive\":[10,11,12],", "",
                        "field output.incentive: missing from output"),
                bad("missing family", "\"family\":\"edge\",", "",
                        "field family: missing"),
                bad("name not a string", "\"name\":\"sample-n3\"", "\"name\":7",
                        "field name: expected a string, found 7"),
                bad("input not an object", "\"input\":{", "\"input\":[],\"x\":{",
                        "field input: expected an object, found an array"));
    }

    static Stream<Arguments> badSubnets() {
        return Stream.of(
                badSubnet("mechanism vector too short", "\"last_update\":[902,903]", "\"last_update\":[902]",
                        "field mechanisms[1].last_update: has length 1, expected n = 2"),
                badSubnet("mechanism weight column beyond u16", "[[0,1],[1,2]]", "[[0,1],[70000,2]]",
                        "field mechanisms[1].weights, uid 0: entry 1 has column 70000, expected a u16 (0..65535)"),
                badSubnet("mechanism field missing", "[902,903],\"commit_block\":[18446744073709551615,18446744073709551615],",
                        "[902,903],",
                        "field mechanisms[1].commit_block: missing from mechanism"),
                badSubnet("unknown mechanism field", "\"last_update\":[902,903]", "\"last_update\":[902,903],\"kappa\":1",
                        "field mechanisms[1].kappa: unknown field, not in FORMAT.md's mechanism"),
                badSubnet("mechanism field at the top", "\"block_at_registration\":[1,2]",
                        "\"block_at_registration\":[1,2],\"last_update\":[1,2]",
                        "field last_update: belongs to a mechanism: in a subnet input it goes inside mechanisms[m]"),
                badSubnet("owner uid beyond n", "\"owner_uid\":null", "\"owner_uid\":65535",
                        "field owner_uid: value 65535 is not a uid of the subnet (0..1, n = 2): the chain takes the owner's uid"
                                + " from Uids, which holds registered uids only"),
                badSubnet("split missing", "\"mechanism_emission_split\":[40000,25535],", "",
                        "field mechanism_emission_split: missing from a subnet input (null when unset)"),
                badSubnet("split entry beyond u16", "[40000,25535]", "[40000,65536]",
                        "field mechanism_emission_split, uid 1: value 65536 is not a u16 (0..65535)"),
                badSubnet("no mechanisms", SampleVectors.MECHANISM_0 + "," + SampleVectors.MECHANISM_1, "",
                        "field mechanisms: has 0 mechanisms, expected 1 to 16"),
                badSubnet("output missing the aggregate", ",\n  \"subnet\":{\"active\"", ",\"x\":{\"active\"",
                        "field output.x: unknown field, not in FORMAT.md's output"),
                badSubnet("one mechanism emission too many", "[611,389]", "[611,389,0]",
                        "field output.mechanism_emission: has length 3, expected one per mechanism (2)"),
                badSubnet("aggregate vector too short", "\"emission\":[15,16]}}}", "\"emission\":[15]}}}",
                        "field subnet.output.emission: has length 1, expected n = 2"),
                badSubnet("a bonds field in the aggregate", "\"emission\":[15,16]}}}", "\"emission\":[15,16],\"bonds\":[[],[]]}}}",
                        "field output.subnet.bonds: unknown field, not in FORMAT.md's subnet"),
                badSubnet("single-mechanism output", "\"output\":{\"mechanism_emission\":[611,389],",
                        "\"output\":{\"dividend\":[1,1],\"mechanism_emission\":[611,389],",
                        "field output.dividend: not part of a subnet's output (mechanism_emission, mechanisms, subnet)"));
    }

    private static Arguments bad(String what, String from, String to, String message) {
        return Arguments.of(what, replace(SINGLE, from, to), FILE + ": " + message);
    }

    private static Arguments badSubnet(String what, String from, String to, String message) {
        return Arguments.of(what, replace(SampleVectors.SUBNET, from, to), FILE + ": " + message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"badFields", "badSubnets"})
    void badFieldIsNamedWithUidAndValue(String what, String text, String message) {
        VectorFormatException e = assertThrows(VectorFormatException.class,
                () -> VectorReader.read(SampleVectors.stream(text), FILE));
        assertEquals(message, e.getMessage());
    }

    @Test
    void missingOutputSection() {
        String noOutput = SINGLE.substring(0, SINGLE.indexOf(",\n \"output\"")) + "}";
        assertMessage(FILE + ": field output: missing", noOutput);
    }

    @Test
    void sequenceErrorsNameTheEpoch() {
        String text = replace(SEQUENCE, "\"current_block\":101", "\"current_block\":-101");
        VectorFormatException e = assertThrows(VectorFormatException.class,
                () -> VectorReader.read(SampleVectors.stream(text), FILE));
        assertEquals(FILE + ": epoch 1, field current_block: value -101 is not a u64 (0..18446744073709551615)", e.getMessage());
        assertEquals(1, e.epoch());
    }

    @Test
    void unknownFieldInASequenceEpoch() {
        assertMessage(FILE + ": epoch 0, field outputs: unknown field, an epoch holds input, output and trace",
                replace(SEQUENCE, "\"output\":{\"active\"", "\"outputs\":{\"active\""));
    }

    @Test
    void emptySequence() {
        assertMessage(FILE + ": field epochs: is empty, expected at least one epoch",
                "{\"name\":\"s\",\"family\":\"sequence\",\"epochs\":[]}");
    }

    @Test
    void epochsBesideASingleEpoch() {
        String both = replace(SEQUENCE, "\"epochs\":[", "\"output\":{},\"epochs\":[");
        VectorFormatException e = assertThrows(VectorFormatException.class,
                () -> VectorReader.read(SampleVectors.stream(both), FILE));
        assertEquals(FILE + ": field epochs: a file holds either epochs or one input/output pair, not both", e.getMessage());
        String inputAndEpochs = SEQUENCE.substring(0, SEQUENCE.lastIndexOf('}')) + ",\"trace\":{}}";
        assertMessage(FILE + ": field epochs: a file holds either epochs or one input/output pair, not both", inputAndEpochs);
    }

    @Test
    void malformedJson() {
        VectorFormatException e = assertThrows(VectorFormatException.class,
                () -> VectorReader.read(SampleVectors.stream(replace(SINGLE, "\"tempo\":360", "\"tempo\" 360")), FILE));
        assertTrue(e.getMessage().startsWith(FILE + ": malformed JSON at line 2, column "), e.getMessage());
        assertTrue(e.getMessage().contains("Unexpected character"), e.getMessage());
        assertEquals(-1, e.uid());
    }

    @Test
    void duplicateKey() {
        VectorFormatException e = assertThrows(VectorFormatException.class,
                () -> VectorReader.read(SampleVectors.stream(replace(SINGLE, "\"tempo\":360", "\"tempo\":360,\"tempo\":361")), FILE));
        assertTrue(e.getMessage().startsWith(FILE + ": malformed JSON at line 2"), e.getMessage());
        assertTrue(e.getMessage().contains("tempo"), e.getMessage());
    }

    @Test
    void truncatedJson() {
        String cut = SINGLE.substring(0, SINGLE.indexOf("\"bonds\""));
        VectorFormatException e = assertThrows(VectorFormatException.class,
                () -> VectorReader.read(SampleVectors.stream(cut), FILE));
        assertTrue(e.getMessage().startsWith(FILE + ": malformed JSON at line 11, column "), e.getMessage());
        assertTrue(e.getMessage().contains("end-of-input"), e.getMessage());
    }

    @Test
    void truncatedGzip() throws IOException {
        byte[] whole = VectorReaderTest.gzip(SINGLE.getBytes(StandardCharsets.UTF_8));
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);
        VectorFormatException e = assertThrows(VectorFormatException.class,
                () -> VectorReader.read(new ByteArrayInputStream(cut), "bad.json.gz"));
        assertTrue(e.getMessage().startsWith("bad.json.gz: truncated gzip data"), e.getMessage());
    }

    @Test
    void corruptGzip() throws IOException {
        byte[] bytes = VectorReaderTest.gzip(SINGLE.getBytes(StandardCharsets.UTF_8));
        bytes[bytes.length - 8] ^= 0x01; // the trailer's CRC-32 of the data
        VectorFormatException e = assertThrows(VectorFormatException.class,
                () -> VectorReader.read(new ByteArrayInputStream(bytes), "bad.json.gz"));
        assertTrue(e.getMessage().startsWith("bad.json.gz: corrupt gzip data"), e.getMessage());
    }

    @Test
    void bytesAfterTheGzipStream() throws IOException {
        byte[] gzip = VectorReaderTest.gzip(SINGLE.getBytes(StandardCharsets.UTF_8));
        for (byte[] garbage : new byte[][] {{'x'}, "garbage after the stream".getBytes(StandardCharsets.UTF_8), {0x1f}}) {
            VectorFormatException e = assertThrows(VectorFormatException.class,
                    () -> VectorReader.read(new ByteArrayInputStream(concat(gzip, garbage)), "bad.json.gz"));
            assertTrue(e.getMessage().startsWith("bad.json.gz: "), e.getMessage());
            assertTrue(e.getMessage().contains("gzip"), e.getMessage());
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        }
    }

    @Test
    void bytesAfterTheGzipStreamBeyondTheFirstBuffer() throws IOException {
        // the JSON padded with mixed whitespace, which compresses poorly, so that the compressed
        // data outgrows the reader's 64 KiB buffer and the member ends in a later read
        StringBuilder padded = new StringBuilder(SINGLE);
        new java.util.Random(1).ints(1 << 20, 0, 4).forEach(i -> padded.append(" \n\t\r".charAt(i)));
        byte[] big = VectorReaderTest.gzip(padded.toString().getBytes(StandardCharsets.UTF_8));
        assertTrue(big.length > 1 << 17, "compressed " + big.length + " bytes");
        VectorFormatException e = assertThrows(VectorFormatException.class,
                () -> VectorReader.read(new ByteArrayInputStream(concat(big, new byte[] {'!', '!'})), "bad.json.gz"));
        assertTrue(e.getMessage().startsWith("bad.json.gz: corrupt gzip data (unexpected bytes after"), e.getMessage());
    }

    @Test
    void secondGzipMemberOfWhitespaceIsAccepted() throws IOException {
        byte[] bytes = concat(VectorReaderTest.gzip(SINGLE.getBytes(StandardCharsets.UTF_8)),
                VectorReaderTest.gzip(" \n\t".getBytes(StandardCharsets.UTF_8)));
        SampleVectors.assertSameVector(SampleVectors.read(SINGLE), VectorReader.read(new ByteArrayInputStream(bytes), "ok.json.gz"));
    }

    @Test
    void secondGzipMemberWithContentIsRefused() throws IOException {
        byte[] bytes = concat(VectorReaderTest.gzip(SINGLE.getBytes(StandardCharsets.UTF_8)),
                VectorReaderTest.gzip("{}".getBytes(StandardCharsets.UTF_8)));
        VectorFormatException e = assertThrows(VectorFormatException.class,
                () -> VectorReader.read(new ByteArrayInputStream(bytes), "bad.json.gz"));
        assertTrue(e.getMessage().startsWith("bad.json.gz: unexpected content after the vector"), e.getMessage());
    }

    @Test
    void bytesAfterPlainJson() {
        VectorFormatException e = assertThrows(VectorFormatException.class,
                () -> VectorReader.read(SampleVectors.stream(SINGLE + "\u0000junk"), FILE));
        assertTrue(e.getMessage().startsWith(FILE + ": malformed JSON at line "), e.getMessage());
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    @Test
    void stringBeyondTheParsersLimitNamesFileAndField() {
        // Jackson refuses string values over 20,000,000 characters (StreamReadConstraints)
        String huge = "x".repeat(20_000_001);
        for (String key : new String[] {"name", "stake_threshold"}) {
            String text = key.equals("name") ? replace(SINGLE, "\"name\":\"sample-n3\"", "\"name\":\"" + huge + "\"")
                    : replace(SINGLE, "\"stake_threshold\":1000", "\"stake_threshold\":\"" + huge + "\"");
            VectorFormatException e = assertThrows(VectorFormatException.class,
                    () -> VectorReader.read(SampleVectors.stream(text), FILE));
            assertEquals(FILE + ": field " + key + ": string value length (20000001) exceeds the maximum allowed (20000000),"
                    + " a limit of the JSON parser", e.getMessage());
            assertFalse(e.getMessage().contains("Exception"), e.getMessage());
            assertFalse(e.getMessage().contains("StreamReadConstraints"), e.getMessage());
            assertEquals(key, e.field());
        }
    }

    @Test
    void stringValueInAMessageIsEscapedAndShortened() {
        VectorFormatException e = assertThrows(VectorFormatException.class, () -> VectorReader.read(SampleVectors.stream(
                replace(SINGLE, "\"stake_threshold\":1000", "\"stake_threshold\":\"1\\n" + "9".repeat(500) + "\"")), FILE));
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        assertTrue(e.getMessage().startsWith(FILE + ": field stake_threshold: value \"1\\n999"), e.getMessage());
        assertTrue(e.getMessage().length() < 300, e.getMessage());
    }

    @Test
    void emptyFile() {
        assertMessage(FILE + ": expected a JSON object (a vector), found the end of the file", "");
    }

    @Test
    void topLevelArray() {
        assertMessage(FILE + ": expected a JSON object (a vector), found an array", "[" + SINGLE + "]");
    }

    @Test
    void contentAfterTheVector() {
        VectorFormatException e = assertThrows(VectorFormatException.class,
                () -> VectorReader.read(SampleVectors.stream(SINGLE + " {}"), FILE));
        assertTrue(e.getMessage().startsWith(FILE + ": unexpected content after the vector, at line "), e.getMessage());
    }

    private static void assertMessage(String message, String text) {
        VectorFormatException e = assertThrows(VectorFormatException.class,
                () -> VectorReader.read(SampleVectors.stream(text), FILE));
        assertEquals(message, e.getMessage());
    }
}
