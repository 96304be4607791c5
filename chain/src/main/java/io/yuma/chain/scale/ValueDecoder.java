package io.yuma.chain.scale;

import io.yuma.chain.metadata.Field;
import io.yuma.chain.metadata.Primitive;
import io.yuma.chain.metadata.TypeDef;
import io.yuma.chain.metadata.TypeRegistry;
import io.yuma.chain.metadata.VariantDef;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

/** Decodes SCALE bytes into {@link Value}s by their type in the runtime's registry. */
public final class ValueDecoder {
    /**
     * How deep values may nest. A type may contain itself (a call holding calls), so a node's
     * bytes could nest it until the stack overflows; no storage value of the chain nests near
     * this deep.
     */
    private static final int MAX_DEPTH = 256;
    private final TypeRegistry types;

    /**
     * A decoder for the types of {@code types}.
     *
     * @param types the runtime's type registry
     */
    public ValueDecoder(TypeRegistry types) {
        this.types = types;
    }

    /**
     * Decodes all of {@code bytes} as one value of type {@code typeId}.
     *
     * @param typeId the type
     * @param bytes its SCALE encoding
     * @return the value
     * @throws ScaleException when the bytes do not decode as that type, or bytes are left over
     */
    public Value decode(int typeId, byte[] bytes) {
        ScaleReader in = new ScaleReader(bytes);
        Value value = read(typeId, in);
        in.expectEnd("a " + types.describe(typeId));
        return value;
    }

    /**
     * Reads one value of type {@code typeId} from {@code in}, leaving it after the value.
     *
     * @param typeId the type
     * @param in the reader
     * @return the value
     * @throws ScaleException when the bytes do not decode as that type
     */
    public Value read(int typeId, ScaleReader in) {
        try {
            return value(typeId, in, 0);
        } catch (ScaleException e) {
            throw new ScaleException("decoding a " + types.describe(typeId) + ": " + e.getMessage());
        }
    }

    private Value value(int typeId, ScaleReader in, int depth) {
        if (depth > MAX_DEPTH) {
            throw new ScaleException("values nested deeper than " + MAX_DEPTH + " levels (offset " + in.position() + ")");
        }
        return switch (types.definition(typeId)) {
            case TypeDef.Primitives(Primitive primitive) -> primitive(primitive, in);
            case TypeDef.Compact compact -> new Value.Int(in.compact());
            case TypeDef.Sequence(int element) -> elements(element, in.compactLength("sequence length"), in, depth);
            case TypeDef.Array(int length, int element) -> elements(element, length, in, depth);
            case TypeDef.Tuple(List<Integer> elements) -> {
                List<Value> values = new ArrayList<>(elements.size());
                for (int element : elements) {
                    values.add(value(element, in, depth + 1));
                }
                yield new Value.Seq(values);
            }
            case TypeDef.Composite(List<Field> fields) -> types.isAccountId32(typeId)
                    ? new Value.Account(in.bytes(32)) : fields(fields, in, depth);
            case TypeDef.Variant(List<VariantDef> variants) -> variant(typeId, variants, in, depth);
            case TypeDef.BitSequence bits -> throw new ScaleException("bit sequences are not supported");
        };
    }

    private Value primitive(Primitive primitive, ScaleReader in) {
        return switch (primitive) {
            case BOOL -> {
                int tag = in.u8();
                if (tag > 1) {
                    throw new ScaleException("a bool is 0 or 1, not " + tag + " (offset " + (in.position() - 1) + ")");
                }
                yield new Value.Bool(tag == 1);
            }
            case CHAR -> {
                long codePoint = in.u32();
                if (!Character.isValidCodePoint((int) codePoint) || codePoint > Character.MAX_CODE_POINT) {
                    throw new ScaleException("not a Unicode code point: " + codePoint);
                }
                yield new Value.Text(Character.toString((int) codePoint));
            }
            case STR -> new Value.Text(in.string());
            case U8 -> new Value.Int(BigInteger.valueOf(in.u8()));
            case U16 -> new Value.Int(BigInteger.valueOf(in.u16()));
            case U32 -> new Value.Int(BigInteger.valueOf(in.u32()));
            default -> new Value.Int(in.integer(primitive.width(), primitive.signed()));
        };
    }

    private Value elements(int element, int length, ScaleReader in, int depth) {
        if (types.isU8(element)) {
            return new Value.Bytes(in.bytes(length));
        }
        List<Value> values = new ArrayList<>(Math.min(length, in.remaining()));
        for (int i = 0; i < length; i++) {
            values.add(value(element, in, depth + 1));
        }
        return new Value.Seq(values);
    }

    private Value fields(List<Field> fields, ScaleReader in, int depth) {
        return switch (FieldShape.of(fields)) {
            case NEWTYPE -> value(fields.getFirst().typeId(), in, depth + 1);
            case NAMED -> {
                SequencedMap<String, Value> values = new LinkedHashMap<>();
                for (Field field : fields) {
                    values.put(field.name(), value(field.typeId(), in, depth + 1));
                }
                yield new Value.Record(values);
            }
            case UNNAMED -> {
                List<Value> values = new ArrayList<>(fields.size());
                for (Field field : fields) {
                    values.add(value(field.typeId(), in, depth + 1));
                }
                yield new Value.Seq(values);
            }
        };
    }

    private Value variant(int typeId, List<VariantDef> variants, ScaleReader in, int depth) {
        int offset = in.position();
        int tag = in.u8();
        if (types.isOption(typeId)) {
            if (tag > 1) {
                throw new ScaleException("Option tag " + tag + " at offset " + offset + " is neither 0 nor 1");
            }
            if (tag == 0) {
                return new Value.None();
            }
            VariantDef some = variants.stream().filter(v -> v.index() == 1 && v.fields().size() == 1).findFirst()
                    .orElseThrow(() -> new ScaleException(types.describe(typeId) + " has no Some variant of one field"));
            return value(some.fields().getFirst().typeId(), in, depth + 1);
        }
        for (VariantDef variant : variants) {
            if (variant.index() == tag) {
                return new Value.Variant(variant.name(), variant.fields().isEmpty() ? null : fields(variant.fields(), in, depth));
            }
        }
        throw new ScaleException("no variant with index " + tag + " (offset " + offset + ")");
    }
}
