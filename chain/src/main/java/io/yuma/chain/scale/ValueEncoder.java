package io.yuma.chain.scale;

import io.yuma.chain.metadata.Field;
import io.yuma.chain.metadata.Primitive;
import io.yuma.chain.metadata.TypeDef;
import io.yuma.chain.metadata.TypeRegistry;
import io.yuma.chain.metadata.VariantDef;
import java.math.BigInteger;
import java.util.List;

/**
 * Encodes {@link Value}s to SCALE by their type in the runtime's registry: the inverse of
 * {@link ValueDecoder}, for storage keys. An account may be given as an {@link Value.Account} or as
 * 32 {@link Value.Bytes}.
 */
public final class ValueEncoder {
    private final TypeRegistry types;

    /**
     * An encoder for the types of {@code types}.
     *
     * @param types the runtime's type registry
     */
    public ValueEncoder(TypeRegistry types) {
        this.types = types;
    }

    /**
     * Encodes {@code value} as type {@code typeId}.
     *
     * @param typeId the type
     * @param value the value, shaped as {@link ValueDecoder} shapes that type
     * @return its SCALE encoding
     * @throws ScaleException when the value does not fit the type (another kind, out of range, wrong length)
     */
    public byte[] encode(int typeId, Value value) {
        ScaleWriter out = new ScaleWriter();
        try {
            write(typeId, value, out);
        } catch (ScaleException e) {
            throw new ScaleException("encoding " + Hex.abbreviate(value.toJson()) + " as a " + types.describe(typeId)
                    + ": " + e.getMessage());
        }
        return out.toByteArray();
    }

    private void write(int typeId, Value value, ScaleWriter out) {
        switch (types.definition(typeId)) {
            case TypeDef.Primitives(Primitive primitive) -> primitive(primitive, value, out);
            case TypeDef.Compact compact -> out.compact(value.asBigInteger());
            case TypeDef.Sequence(int element) -> {
                int length = types.isU8(element) ? value.asBytes().length : value.asList().size();
                out.compact(BigInteger.valueOf(length));
                elements(element, value, out);
            }
            case TypeDef.Array(int length, int element) -> {
                int given = types.isU8(element) ? value.asBytes().length : value.asList().size();
                if (given != length) {
                    throw new ScaleException("an array of " + length + " elements, not " + given);
                }
                elements(element, value, out);
            }
            case TypeDef.Tuple(List<Integer> elements) -> each(elements, value.asList(), out);
            case TypeDef.Composite(List<Field> fields) -> {
                if (types.isAccountId32(typeId)) {
                    byte[] id = value.asBytes();
                    out.bytes(new Value.Account(id).id());
                } else {
                    fields(fields, value, out);
                }
            }
            case TypeDef.Variant(List<VariantDef> variants) -> variant(typeId, variants, value, out);
            case TypeDef.BitSequence bits -> throw new ScaleException("bit sequences are not supported");
        }
    }

    private void primitive(Primitive primitive, Value value, ScaleWriter out) {
        switch (primitive) {
            case BOOL -> out.u8(value.asBoolean() ? 1 : 0);
            case STR -> out.string(text(value));
            case CHAR -> {
                String text = text(value);
                if (text.codePointCount(0, text.length()) != 1) {
                    throw new ScaleException("a char is one character, not '" + text + "'");
                }
                out.integer(BigInteger.valueOf(text.codePointAt(0)), 4, false);
            }
            default -> out.integer(value.asBigInteger(), primitive.width(), primitive.signed());
        }
    }

    private static String text(Value value) {
        if (value instanceof Value.Text(String text)) {
            return text;
        }
        throw new ScaleException("expected text but the value is " + Hex.abbreviate(value.toJson()));
    }

    private void elements(int element, Value value, ScaleWriter out) {
        if (types.isU8(element)) {
            out.bytes(value.asBytes());
        } else {
            for (Value item : value.asList()) {
                write(element, item, out);
            }
        }
    }

    private void each(List<Integer> typeIds, List<Value> values, ScaleWriter out) {
        if (typeIds.size() != values.size()) {
            throw new ScaleException(typeIds.size() + " elements expected, not " + values.size());
        }
        for (int i = 0; i < typeIds.size(); i++) {
            write(typeIds.get(i), values.get(i), out);
        }
    }

    private void fields(List<Field> fields, Value value, ScaleWriter out) {
        switch (FieldShape.of(fields)) {
            case NEWTYPE -> write(fields.getFirst().typeId(), value, out);
            case NAMED -> {
                for (Field field : fields) {
                    write(field.typeId(), value.field(field.name()), out);
                }
            }
            case UNNAMED -> each(fields.stream().map(Field::typeId).toList(), value.asList(), out);
        }
    }

    private void variant(int typeId, List<VariantDef> variants, Value value, ScaleWriter out) {
        if (types.isOption(typeId)) {
            if (value.isNull()) {
                out.u8(0);
            } else {
                out.u8(1);
                write(variants.stream().filter(v -> v.index() == 1).findFirst().orElseThrow()
                        .fields().getFirst().typeId(), value, out);
            }
            return;
        }
        String name = value.variantName();
        VariantDef variant = variants.stream().filter(v -> v.name().equals(name)).findFirst()
                .orElseThrow(() -> new ScaleException("no variant '" + name + "' among "
                        + variants.stream().map(VariantDef::name).toList()));
        out.u8(variant.index());
        if (!variant.fields().isEmpty()) {
            Value payload = ((Value.Variant) value).payload();
            if (payload == null) {
                throw new ScaleException("variant " + name + " has fields but no value was given for them");
            }
            fields(variant.fields(), payload, out);
        }
    }
}
