package io.yuma.chain.emulator;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Storage keys and little-endian reads for the tests, built from the item names and the
 * hashers' published definitions (xxHash64 seeds, Blake2b) apart from the emulator's catalogue.
 */
final class ServedLayout {
    private ServedLayout() {
    }

    static String prefix(String item) {
        return "0x" + HexFormat.of().formatHex(Hasher.twox("SubtensorModule".getBytes(StandardCharsets.UTF_8), 2))
                + HexFormat.of().formatHex(Hasher.twox(item.getBytes(StandardCharsets.UTF_8), 2));
    }

    /** {@return the key of an Identity-hashed u16-keyed map entry} */
    static String identityU16(String item, int key) {
        return prefix(item) + HexFormat.of().formatHex(new byte[] {(byte) key, (byte) (key >>> 8)});
    }

    static long u64(byte[] bytes, int offset) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = v << 8 | (bytes[offset + i] & 0xFF);
        }
        return v;
    }

    static byte[] hex(String text) {
        return HexFormat.of().parseHex(text.substring(2));
    }
}
