package io.yuma.chain.storage;

import io.yuma.chain.ChainException;
import io.yuma.chain.hash.Ss58;
import io.yuma.chain.metadata.Field;
import io.yuma.chain.metadata.Primitive;
import io.yuma.chain.metadata.TypeDef;
import io.yuma.chain.metadata.TypeRegistry;
import io.yuma.chain.metadata.VariantDef;
import io.yuma.chain.scale.Hex;
import io.yuma.chain.scale.Value;
import java.math.BigInteger;
import java.util.List;

/**
 * Reads a key part typed as text (on a command line) by its type: integers in decimal, accounts as
 * SS58 addresses (prefix 42) or {@code 0x}-hex of 32 bytes, byte strings as {@code 0x}-hex,
 * {@code true}/{@code false}, text as it is and enum variants without fields by name. Whether an
 * integer fits its type is checked when the key is built ({@link StorageKeys#key}).
 */
public final class KeyParser {
    private final TypeRegistry types;

    /**
     * A parser for the types of {@code types}.
     *
     * @param types the runtime's type registry
     */
    public KeyParser(TypeRegistry types) {
        this.types = types;
    }

    /**
     * Reads {@code text} as a value of type {@code typeId}.
     *
     * @param typeId the key part's type
     * @param text the text
     * @return the value
     * @throws ChainException when the text does not spell a value of that type
     */
    public Value parse(int typeId, String text) {
        String trimmed = text.strip();
        return switch (types.definition(typeId)) {
            case TypeDef.Primitives(Primitive primitive) -> primitive(primitive, typeId, trimmed);
            case TypeDef.Compact(int inner) -> parse(inner, trimmed);
            case TypeDef.Composite(List<Field> fields) when types.isAccountId32(typeId) -> account(trimmed);
            case TypeDef.Composite(List<Field> fields) when fields.size() == 1 && fields.getFirst().name() == null ->
                    parse(fields.getFirst().typeId(), trimmed);
            case TypeDef.Sequence(int element) when types.isU8(element) -> new Value.Bytes(Hex.decode(trimmed));
            case TypeDef.Array(int length, int element) when types.isU8(element) -> new Value.Bytes(Hex.decode(trimmed));
            case TypeDef.Variant(List<VariantDef> variants) when variants.stream().anyMatch(v -> v.name().equals(trimmed)) ->
                    new Value.Variant(trimmed, null);
            default -> throw new ChainException("cannot read '" + text + "' as a " + types.describe(typeId)
                    + ": keys of this type cannot be given as text");
        };
    }

    private Value primitive(Primitive primitive, int typeId, String text) {
        if (primitive.isInteger()) {
            try {
                return new Value.Int(new BigInteger(text));
            } catch (NumberFormatException e) {
                throw new ChainException("'" + text + "' is not an integer (a " + types.describe(typeId) + " is expected)");
            }
        }
        return switch (primitive) {
            case BOOL -> switch (text) {
                case "true" -> new Value.Bool(true);
                case "false" -> new Value.Bool(false);
                default -> throw new ChainException("'" + text + "' is not a bool (true or false)");
            };
            default -> new Value.Text(text);
        };
    }

    private static Value account(String text) {
        if (text.startsWith("0x")) {
            byte[] id = Hex.decode(text);
            if (id.length != 32) {
                throw new ChainException("'" + text + "' is not an account: " + id.length + " bytes, not 32");
            }
            return new Value.Account(id);
        }
        return new Value.Account(Ss58.decode(text, Ss58.BITTENSOR_PREFIX));
    }
}
