package io.yuma.chain.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yuma.chain.metadata.RuntimeMetadata;
import io.yuma.chain.metadata.StorageEntry;
import io.yuma.chain.metadata.TypeRegistry;
import io.yuma.chain.testing.Recorded;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ScaleTest {
    @Test
    void compactIntegersAtEveryModeBoundary() {
        String[][] cases = {{"0", "0x00"}, {"1", "0x04"}, {"63", "0xfc"}, {"64", "0x0101"}, {"16383", "0xfdff"},
            {"16384", "0x02000100"}, {"1073741823", "0xfeffffff"}, {"1073741824", "0x0300000040"},
            {"18446744073709551615", "0x13ffffffffffffffff"}};
        for (String[] c : cases) {
            BigInteger value = new BigInteger(c[0]);
            assertEquals(c[1], Hex.encode(new ScaleWriter().compact(value).toByteArray()), c[0]);
            ScaleReader in = new ScaleReader(Hex.decode(c[1]));
            assertEquals(value, in.compact(), c[1]);
            in.expectEnd(c[1]);
        }
    }

    @Test
    void signedIntegersAndRanges() {
        assertEquals(BigInteger.valueOf(-2), new ScaleReader(Hex.decode("0xfeff")).integer(2, true));
        assertEquals(new BigInteger("340282366920938463463374607431768211455"),
                new ScaleReader(Hex.decode("0x" + "ff".repeat(16))).integer(16, false));
        ScaleException range = assertThrows(ScaleException.class, () -> new ScaleWriter().integer(BigInteger.valueOf(256), 1, false));
        assertTrue(range.getMessage().contains("0 to 255"), range.getMessage());
        ScaleException shortInput = assertThrows(ScaleException.class, () -> new ScaleReader(new byte[3]).u32());
        assertTrue(shortInput.getMessage().contains("need 4 byte(s) at offset 0"), shortInput.getMessage());
    }

    @Test
    void valuesRenderAsTheIssueSpecifies() {
        RuntimeMetadata metadata = Recorded.metadataV14();
        TypeRegistry types = metadata.types();
        ValueDecoder decoder = new ValueDecoder(types);
        StorageEntry account = metadata.pallet("System").orElseThrow().storageEntry("Account").orElseThrow();
        // As recorded from the real node: a named composite as an object, the nested AccountData
        // (u64 balances, u128 flags) as an object of JSON integers.
        byte[] info = Hex.decode("0x8d000000010000000100000000000000d0c30fbc0100000000e1f505000000000000000000000000"
                + "00000000000000000000000000000080");
        assertEquals("{\"nonce\":141,\"consumers\":1,\"providers\":1,\"sufficients\":0,\"data\":{\"free\":7450117072,"
                + "\"reserved\":100000000,\"frozen\":0,\"flags\":170141183460469231731687303715884105728}}",
                decoder.decode(account.valueType(), info).toJson());
        // An AccountId32 key as its SS58 address; an Option as null.
        int accountId = account.keyTypes().getFirst();
        assertEquals("\"5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY\"", decoder.decode(accountId,
                Hex.decode("0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d")).toJson());
        StorageEntry uids = metadata.pallet("SubtensorModule").orElseThrow().storageEntry("Uids").orElseThrow();
        // NetUid, a newtype around u16, as the number.
        assertEquals("23", decoder.decode(uids.keyTypes().getFirst(), Hex.decode("0x1700")).toJson());
        ScaleException leftOver = assertThrows(ScaleException.class, () -> decoder.decode(uids.keyTypes().getFirst(), Hex.decode("0x170000")));
        assertTrue(leftOver.getMessage().contains("1 byte(s) left over"), leftOver.getMessage());
    }
}
