package io.yuma.recompute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A chain origin checks its parts, keeps copies, compares by content, and names the outputs its
 * unknown inputs reach.
 */
class ChainOriginTest {
    static byte[] hash(int seed) {
        byte[] hash = new byte[ChainOrigin.BLOCK_HASH_BYTES];
        for (int i = 0; i < hash.length; i++) {
            hash[i] = (byte) (seed * 31 + i);
        }
        return hash;
    }

    @Test
    void partsAreCheckedAndCopied() {
        byte[] bytes = hash(1);
        EnumSet<UnknownInput> unknown = EnumSet.of(UnknownInput.STAKE);
        ChainOrigin origin = new ChainOrigin(65535, -1L, bytes, 425, unknown, true);
        bytes[0] ^= 1;
        unknown.add(UnknownInput.WEIGHTS);
        assertArrayEquals(hash(1), origin.blockHash());
        assertEquals(Set.of(UnknownInput.STAKE), origin.unknown());
        origin.blockHash()[1] ^= 1;
        assertArrayEquals(hash(1), origin.blockHash());
        assertThrows(UnsupportedOperationException.class, () -> origin.unknown().add(UnknownInput.WEIGHTS));

        assertEquals("netuid 65536 is not a u16 (0..65535)", assertThrows(IllegalArgumentException.class,
                () -> new ChainOrigin(65536, 1, hash(1), 425, Set.of(), true)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ChainOrigin(-1, 1, hash(1), 425, Set.of(), true));
        assertEquals("block hash has 31 bytes, expected 32", assertThrows(IllegalArgumentException.class,
                () -> new ChainOrigin(1, 1, new byte[31], 425, Set.of(), true)).getMessage());
        assertEquals("spec version -1 is negative", assertThrows(IllegalArgumentException.class,
                () -> new ChainOrigin(1, 1, hash(1), -1, Set.of(), true)).getMessage());
        assertThrows(NullPointerException.class, () -> new ChainOrigin(1, 1, null, 425, Set.of(), true));
        assertThrows(NullPointerException.class, () -> new ChainOrigin(1, 1, hash(1), 425, null, true));
    }

    @Test
    void equalityIsByContent() {
        ChainOrigin a = new ChainOrigin(7, 4_500_123, hash(3), 425, Set.of(UnknownInput.RAO_EMISSION), true);
        ChainOrigin b = new ChainOrigin(7, 4_500_123, hash(3), 425, EnumSet.of(UnknownInput.RAO_EMISSION), true);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, new ChainOrigin(7, 4_500_123, hash(4), 425, Set.of(UnknownInput.RAO_EMISSION), true));
        assertNotEquals(a, new ChainOrigin(7, 4_500_123, hash(3), 425, Set.of(), true));
        assertNotEquals(a, new ChainOrigin(7, 4_500_123, hash(3), 425, Set.of(UnknownInput.RAO_EMISSION), false));
        assertTrue(a.toString().contains("blockHash=0x5d5e5f"), a.toString());
    }

    @Test
    void rulesAreImplementedFromSpec423To425() {
        assertFalse(ChainOrigin.rulesImplementedAt(422));
        assertTrue(ChainOrigin.rulesImplementedAt(423));
        assertTrue(ChainOrigin.rulesImplementedAt(425));
        assertFalse(ChainOrigin.rulesImplementedAt(426));
    }

    @Test
    void anUnknownEmissionLeavesOutTheEmissionsAndWithMechanismsTheAggregate() {
        List<String> emissions = List.of("server_emission", "validator_emission", "emission", "mechanism_emission");
        assertEquals(emissions, UnknownInput.RAO_EMISSION.outputsNotCompared(1));
        assertEquals(List.of("server_emission", "validator_emission", "emission", "mechanism_emission", "subnet.*"),
                UnknownInput.RAO_EMISSION.outputsNotCompared(2));
        for (UnknownInput input : UnknownInput.values()) {
            if (input != UnknownInput.RAO_EMISSION) {
                assertEquals(List.of("*"), input.outputsNotCompared(1), input.name());
            }
        }
        assertThrows(IllegalArgumentException.class, () -> UnknownInput.WEIGHTS.outputsNotCompared(0));
        assertThrows(IllegalArgumentException.class, () -> UnknownInput.WEIGHTS.outputsNotCompared(17));

        assertTrue(UnknownInput.covers(emissions, "emission"));
        assertTrue(UnknownInput.covers(emissions, "mechanisms[1].server_emission"));
        assertTrue(UnknownInput.covers(emissions, "subnet.validator_emission"));
        assertTrue(UnknownInput.covers(emissions, "mechanism_emission[0]"));
        assertFalse(UnknownInput.covers(emissions, "mechanisms[0].dividend"));
        assertFalse(UnknownInput.covers(emissions, "subnet.dividend"));
        assertFalse(UnknownInput.covers(emissions, "n"));
        assertTrue(UnknownInput.covers(UnknownInput.RAO_EMISSION.outputsNotCompared(3), "subnet.dividend"));
        assertTrue(UnknownInput.covers(List.of("*"), "mechanisms"));
    }

    @Test
    void anOriginLeavesOutTheUnionOfItsInputsOrEverythingWhenTheRulesAreNotImplemented() {
        assertEquals(List.of(), new ChainOrigin(1, 1, hash(1), 425, Set.of(), true).outputsNotCompared(2));
        assertTrue(new ChainOrigin(1, 1, hash(1), 425, Set.of(), true).exact());
        assertEquals(List.of("*"), new ChainOrigin(1, 1, hash(1), 422, Set.of(), false).outputsNotCompared(1));
        assertEquals(List.of("*"), new ChainOrigin(1, 1, hash(1), 425,
                Set.of(UnknownInput.RAO_EMISSION, UnknownInput.OWNER_UID), true).outputsNotCompared(1));
        assertEquals(UnknownInput.RAO_EMISSION.outputsNotCompared(2), new ChainOrigin(1, 1, hash(1), 425,
                Set.of(UnknownInput.RAO_EMISSION), true).outputsNotCompared(2));
    }
}
