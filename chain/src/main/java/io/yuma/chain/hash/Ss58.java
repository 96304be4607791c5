package io.yuma.chain.hash;

import io.yuma.chain.ChainException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * SS58 addresses of 32-byte accounts with a one-byte network prefix (Bittensor uses 42, the
 * generic substrate prefix): base58 of prefix, account and the first two bytes of
 * blake2b-512("SS58PRE" ++ prefix ++ account).
 */
public final class Ss58 {
    /** The generic substrate prefix, which Bittensor uses. */
    public static final int BITTENSOR_PREFIX = 42;

    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final BigInteger BASE = BigInteger.valueOf(58);
    private static final byte[] CONTEXT = "SS58PRE".getBytes(StandardCharsets.US_ASCII);
    private static final int ACCOUNT_BYTES = 32;

    private Ss58() {
    }

    /**
     * {@return the SS58 address of {@code account} with {@code prefix}}
     *
     * @param account the 32-byte account id
     * @param prefix the network prefix, 0 to 63
     */
    public static String encode(byte[] account, int prefix) {
        if (account.length != ACCOUNT_BYTES || prefix < 0 || prefix > 63) {
            throw new IllegalArgumentException("SS58 encodes a 32-byte account with a prefix of 0 to 63, not "
                    + account.length + " bytes with prefix " + prefix);
        }
        byte[] payload = new byte[1 + ACCOUNT_BYTES + 2];
        payload[0] = (byte) prefix;
        System.arraycopy(account, 0, payload, 1, ACCOUNT_BYTES);
        byte[] checksum = checksum(Arrays.copyOf(payload, 1 + ACCOUNT_BYTES));
        payload[1 + ACCOUNT_BYTES] = checksum[0];
        payload[2 + ACCOUNT_BYTES] = checksum[1];
        return base58(payload);
    }

    /**
     * Decodes an SS58 address of a 32-byte account with a one-byte prefix.
     *
     * @param address the address
     * @param prefix the network prefix it must carry
     * @return the account id
     * @throws ChainException when it is not base58, not 35 bytes, has another prefix or a wrong checksum
     */
    public static byte[] decode(String address, int prefix) {
        byte[] payload = unbase58(address);
        if (payload.length != 1 + ACCOUNT_BYTES + 2) {
            throw new ChainException("'" + address + "' is not the SS58 address of a 32-byte account ("
                    + payload.length + " bytes instead of 35)");
        }
        if ((payload[0] & 0xFF) != prefix) {
            throw new ChainException("SS58 address '" + address + "' has network prefix " + (payload[0] & 0xFF)
                    + ", not " + prefix);
        }
        byte[] checksum = checksum(Arrays.copyOf(payload, 1 + ACCOUNT_BYTES));
        if (checksum[0] != payload[1 + ACCOUNT_BYTES] || checksum[1] != payload[2 + ACCOUNT_BYTES]) {
            throw new ChainException("SS58 address '" + address + "' has a wrong checksum (a typo?)");
        }
        return Arrays.copyOfRange(payload, 1, 1 + ACCOUNT_BYTES);
    }

    private static byte[] checksum(byte[] prefixAndAccount) {
        byte[] input = new byte[CONTEXT.length + prefixAndAccount.length];
        System.arraycopy(CONTEXT, 0, input, 0, CONTEXT.length);
        System.arraycopy(prefixAndAccount, 0, input, CONTEXT.length, prefixAndAccount.length);
        return Hashes.blake2b(512, input);
    }

    private static String base58(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        BigInteger value = new BigInteger(1, bytes);
        while (value.signum() > 0) {
            BigInteger[] quotientAndDigit = value.divideAndRemainder(BASE);
            text.append(ALPHABET.charAt(quotientAndDigit[1].intValue()));
            value = quotientAndDigit[0];
        }
        for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
            text.append(ALPHABET.charAt(0));
        }
        return text.reverse().toString();
    }

    private static byte[] unbase58(String text) {
        BigInteger value = BigInteger.ZERO;
        int leadingZeros = 0;
        boolean leading = true;
        for (int i = 0; i < text.length(); i++) {
            int digit = ALPHABET.indexOf(text.charAt(i));
            if (digit < 0) {
                throw new ChainException("'" + text + "' is not an SS58 address: '" + text.charAt(i)
                        + "' is not a base58 digit");
            }
            if (leading && digit == 0) {
                leadingZeros++;
            } else {
                leading = false;
            }
            value = value.multiply(BASE).add(BigInteger.valueOf(digit));
        }
        byte[] magnitude = value.signum() == 0 ? new byte[0] : value.toByteArray();
        int skip = magnitude.length > 0 && magnitude[0] == 0 ? 1 : 0;
        byte[] out = new byte[leadingZeros + magnitude.length - skip];
        System.arraycopy(magnitude, skip, out, leadingZeros, magnitude.length - skip);
        return out;
    }
}
