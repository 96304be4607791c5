package io.yuma.vector;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yuma.api.EpochInput;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Hand-written vectors for reader tests, and helpers to derive broken ones from them. */
final class SampleVectors {
    /** n = 3; u64 values at 2^63 and 2^64-1; weights unsorted with a column beyond n; a partial trace. */
    static final String SINGLE = """
            {"name":"sample-n3","family":"edge",
             "input":{"n":3,"current_block":18446744073709551615,"tempo":360,"activity_cutoff":5000,
              "last_mechanism_step_block":9223372036854775808,"kappa":32767,"bonds_penalty":65535,
              "bonds_moving_average":900000,"liquid_alpha":true,"yuma3":false,"alpha_low":1638,"alpha_high":65535,
              "alpha_sigmoid_steepness":-32768,"max_allowed_validators":64,"stake_threshold":1000,"owner_uid":null,
              "tao_weight":18446744073709551614,"rao_emission":1000000000,"commit_reveal":true,
              "alpha_stake":[1,9223372036854775807,18446744073709551615],"tao_stake":[0,5,6],
              "last_update":[10,11,12],"block_at_registration":[1,2,3],"validator_permit":[true,false,true],
              "commit_block":[18446744073709551615,7,8],
              "weights":[[[2,65535],[0,1]],[],[[70,3],[1,0]]],
              "bonds":[[],[[1,2]],[]]},
             "output":{"active":[true,true,false],"stake":[1,9223372036854775808,18446744073709551615],
              "stake_weight":[0,65535,3],"consensus":[4,5,6],"validator_trust":[7,8,9],"incentive":[10,11,12],
              "dividend":[13,14,15],"new_validator_permit":[false,true,true],"server_emission":[16,17,18],
              "validator_emission":[19,20,21],"emission":[22,23,24],"bonds":[[[0,65535]],[],[[2,7],[1,8]]]},
             "trace":{"stake":[-1,0,4294967296],"dividends":[1,2,3],"ema_bonds":[[[0,-5]],[],[]]}}
            """;

    private static final String OUTPUT1 = """
            {"active":[true],"stake":[5],"stake_weight":[65535],"consensus":[0],"validator_trust":[0],
             "incentive":[0],"dividend":[0],"new_validator_permit":[true],"server_emission":[0],
             "validator_emission":[0],"emission":[0],"bonds":[[]]}""";

    /** Two epochs of n = 1, the second with a trace. */
    static final String SEQUENCE = """
            {"name":"sample-seq","family":"sequence","epochs":[
             {"input":%s,"output":%s},
             {"input":%s,"output":%s,"trace":{"incentive":[42]}}]}
            """.formatted(input1(100), OUTPUT1, input1(101), OUTPUT1);


    private SampleVectors() {
    }

    private static String input1(long block) {
        return """
                {"n":1,"current_block":%d,"tempo":10,"activity_cutoff":20,"last_mechanism_step_block":0,
                 "kappa":32767,"bonds_penalty":0,"bonds_moving_average":0,"liquid_alpha":false,"yuma3":true,
                 "alpha_low":0,"alpha_high":0,"alpha_sigmoid_steepness":0,"max_allowed_validators":1,
                 "stake_threshold":0,"owner_uid":0,"tao_weight":0,"rao_emission":0,"commit_reveal":false,
                 "alpha_stake":[5],"tao_stake":[0],"last_update":[0],"block_at_registration":[0],
                 "validator_permit":[true],"commit_block":[0],"weights":[[[0,1]]],"bonds":[[]]}""".formatted(block);
    }

    /** The sample subnet's mechanisms, one line each. */
    static final String MECHANISM_0 = "{\"last_update\":[900,901],\"commit_block\":[18446744073709551615,"
            + "18446744073709551615],\"weights\":[[[1,65535]],[]],\"bonds\":[[],[]]}";
    static final String MECHANISM_1 = "{\"last_update\":[902,903],\"commit_block\":[18446744073709551615,"
            + "18446744073709551615],\"weights\":[[[0,1],[1,2]],[]],\"bonds\":[[[1,7]],[]]}";

    /**
     * A subnet of n = 2 with two mechanisms and an uneven split; the outputs are made up (the
     * reader checks shapes, not values).
     */
    static final String SUBNET = """
            {"name":"sample-subnet","family":"subnet",
             "input":{"n":2,"current_block":1000,"tempo":360,"activity_cutoff":5000,
              "last_mechanism_step_block":0,"kappa":32767,"bonds_penalty":65535,
              "bonds_moving_average":900000,"liquid_alpha":false,"yuma3":true,"alpha_low":45875,"alpha_high":58982,
              "alpha_sigmoid_steepness":1000,"max_allowed_validators":64,"stake_threshold":0,"owner_uid":null,
              "tao_weight":0,"rao_emission":1000,"commit_reveal":false,
              "alpha_stake":[10,20],"tao_stake":[0,0],"block_at_registration":[1,2],"validator_permit":[true,false],
              "mechanism_emission_split":[40000,25535],
              "mechanisms":[%s,%s]},
             "output":{"mechanism_emission":[611,389],
              "mechanisms":[%s,%s],
              "subnet":{"active":[true,true],"stake":[20,40],"stake_weight":[1,2],"consensus":[3,4],
               "validator_trust":[5,6],"incentive":[7,8],"dividend":[9,10],"new_validator_permit":[true,true],
               "server_emission":[11,12],"validator_emission":[13,14],"emission":[15,16]}}}
            """.formatted(MECHANISM_0, MECHANISM_1, output2(1), output2(2));

    private static String output2(int seed) {
        return """
                {"active":[true,true],"stake":[10,20],"stake_weight":[%d,2],"consensus":[3,4],"validator_trust":[5,6],
                 "incentive":[7,8],"dividend":[9,10],"new_validator_permit":[true,false],"server_emission":[11,12],
                 "validator_emission":[13,14],"emission":[15,16],"bonds":[[[1,65535]],[]]}""".formatted(seed);
    }

    /** {@code text} with {@code from} replaced by {@code to}; fails when {@code from} is absent, so no case goes untested. */
    static String replace(String text, String from, String to) {
        assertTrue(text.contains(from), () -> "sample lacks " + from);
        return text.replace(from, to);
    }

    static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static Vector read(String text) throws VectorFormatException {
        return VectorReader.read(stream(text), "sample.json");
    }

    static String write(Vector vector) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VectorWriter.write(vector, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Asserts two inputs hold the same value in every field (EpochInput has no equals). */
    static void assertSameInput(EpochInput expected, EpochInput actual) {
        assertEquals(expected.n(), actual.n(), "n");
        assertEquals(expected.currentBlock(), actual.currentBlock(), "current_block");
        assertEquals(expected.tempo(), actual.tempo(), "tempo");
        assertEquals(expected.activityCutoff(), actual.activityCutoff(), "activity_cutoff");
        assertEquals(expected.lastMechanismStepBlock(), actual.lastMechanismStepBlock(), "last_mechanism_step_block");
        assertEquals(expected.kappa(), actual.kappa(), "kappa");
        assertEquals(expected.bondsPenalty(), actual.bondsPenalty(), "bonds_penalty");
        assertEquals(expected.bondsMovingAverage(), actual.bondsMovingAverage(), "bonds_moving_average");
        assertEquals(expected.liquidAlpha(), actual.liquidAlpha(), "liquid_alpha");
        assertEquals(expected.yuma3(), actual.yuma3(), "yuma3");
        assertEquals(expected.alphaLow(), actual.alphaLow(), "alpha_low");
        assertEquals(expected.alphaHigh(), actual.alphaHigh(), "alpha_high");
        assertEquals(expected.alphaSigmoidSteepness(), actual.alphaSigmoidSteepness(), "alpha_sigmoid_steepness");
        assertEquals(expected.maxAllowedValidators(), actual.maxAllowedValidators(), "max_allowed_validators");
        assertEquals(expected.stakeThreshold(), actual.stakeThreshold(), "stake_threshold");
        assertEquals(expected.ownerUid(), actual.ownerUid(), "owner_uid");
        assertEquals(expected.taoWeight(), actual.taoWeight(), "tao_weight");
        assertEquals(expected.raoEmission(), actual.raoEmission(), "rao_emission");
        assertEquals(expected.commitReveal(), actual.commitReveal(), "commit_reveal");
        assertArrayEquals(expected.alphaStakes(), actual.alphaStakes(), "alpha_stake");
        assertArrayEquals(expected.taoStakes(), actual.taoStakes(), "tao_stake");
        assertArrayEquals(expected.lastUpdates(), actual.lastUpdates(), "last_update");
        assertArrayEquals(expected.blocksAtRegistration(), actual.blocksAtRegistration(), "block_at_registration");
        assertArrayEquals(expected.validatorPermits(), actual.validatorPermits(), "validator_permit");
        assertArrayEquals(expected.commitBlocks(), actual.commitBlocks(), "commit_block");
        assertEquals(expected.weights(), actual.weights(), "weights");
        assertEquals(expected.bonds(), actual.bonds(), "bonds");
    }

    /** Asserts two vectors agree in name, family, shape, and every epoch's input, output and trace. */
    static void assertSameVector(Vector expected, Vector actual) {
        assertEquals(expected.name(), actual.name());
        assertEquals(expected.family(), actual.family());
        assertEquals(expected.sequence(), actual.sequence());
        assertEquals(expected.isSubnet(), actual.isSubnet());
        if (expected.isSubnet()) {
            assertEquals(expected.epochCount(), actual.epochCount());
            for (int i = 0; i < expected.epochCount(); i++) {
                SubnetEpoch want = expected.subnetEpochs().get(i);
                SubnetEpoch got = actual.subnetEpochs().get(i);
                assertEquals(want.input().mechanismCount(), got.input().mechanismCount(), "epoch " + i + " mechanisms");
                assertArrayEquals(want.input().emissionSplit(), got.input().emissionSplit(), "epoch " + i + " split");
                for (int m = 0; m < want.input().mechanismCount(); m++) {
                    assertSameInput(want.input().mechanism(m), got.input().mechanism(m));
                }
                assertEquals(want.expected(), got.expected(), "epoch " + i);
            }
            return;
        }
        assertEquals(expected.epochs().size(), actual.epochs().size());
        for (int i = 0; i < expected.epochs().size(); i++) {
            assertSameInput(expected.epochs().get(i).input(), actual.epochs().get(i).input());
            assertEquals(expected.epochs().get(i).expected(), actual.epochs().get(i).expected(), "epoch " + i);
            if (expected.epochs().get(i).trace() != null) {
                // EpochTrace.equals skips ema_bonds when either side lacks it; a round trip must keep it.
                assertEquals(expected.epochs().get(i).trace().emaBonds(), actual.epochs().get(i).trace().emaBonds());
            }
        }
    }
}
