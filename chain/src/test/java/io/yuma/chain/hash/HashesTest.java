package io.yuma.chain.hash;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yuma.chain.ChainException;
import io.yuma.chain.scale.Hex;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HashesTest {
    @Test
    void twox128OfPalletAndItemNamesAreSubstratesWellKnownPrefixes() {
        // System.Account's prefix, the most quoted storage key prefix of substrate.
        assertEquals("0x26aa394eea5630e07c48ae0c9558cef7", Hex.encode(Hashes.twox(128, bytes("System"))));
        assertEquals("0xb99d880ec681799c0cf30e8886371da9", Hex.encode(Hashes.twox(128, bytes("Account"))));
        // SubtensorModule, as the recorded keys start.
        assertEquals("0x658faa385070e074c85bf6b568cf0555", Hex.encode(Hashes.twox(128, bytes("SubtensorModule"))));
    }

    @Test
    void blake2bHasTheRfc7693DigestOfAbc() {
        assertEquals("0xba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
                + "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923", Hex.encode(Hashes.blake2b(512, bytes("abc"))));
    }

    @Test
    void ss58RoundTripsAliceAndRejectsATypo() {
        String alice = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";
        byte[] id = Hex.decode("0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d");
        assertEquals(alice, Ss58.encode(id, 42));
        assertArrayEquals(id, Ss58.decode(alice, 42));
        ChainException typo = assertThrows(ChainException.class, () -> Ss58.decode(alice.replace('Y', 'Z'), 42));
        assertTrue(typo.getMessage().contains("checksum"), typo.getMessage());
        ChainException prefix = assertThrows(ChainException.class, () -> Ss58.decode(Ss58.encode(id, 0), 42));
        assertTrue(prefix.getMessage().contains("prefix 0"), prefix.getMessage());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
