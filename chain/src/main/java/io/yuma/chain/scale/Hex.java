package io.yuma.chain.scale;

import io.yuma.chain.ChainException;
import io.yuma.vector.Printable;
import java.util.HexFormat;

/** {@code 0x}-prefixed lower-case hex, the node's spelling of bytes. */
public final class Hex {
    private static final HexFormat HEX = HexFormat.of();

    private Hex() {
    }

    /**
     * {@return {@code bytes} as {@code 0x} and two lower-case hex digits a byte}
     *
     * @param bytes the bytes
     */
    public static String encode(byte[] bytes) {
        return "0x" + HEX.formatHex(bytes);
    }

    /**
     * Parses {@code 0x}-prefixed hex (the prefix may be left out).
     *
     * @param hex the text
     * @return its bytes
     * @throws ChainException when the text is not an even number of hex digits
     */
    public static byte[] decode(String hex) {
        String digits = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
        try {
            return HEX.parseHex(digits);
        } catch (IllegalArgumentException e) {
            throw new ChainException("not hex bytes: '" + abbreviate(hex) + "' (" + e.getMessage() + ")");
        }
    }

    /**
     * {@return the first 80 characters of {@code text}, with an ellipsis when it is longer, escaped
     * to one line} A node's answer is quoted in error messages, and a line break or control
     * character in it must not break the message's one line.
     *
     * @param text the text to quote in an error message
     */
    public static String abbreviate(String text) {
        return Printable.oneLine(text.length() <= 80 ? text : text.substring(0, 77) + "...");
    }
}
