package io.yuma.chain.metadata;

import io.yuma.chain.scale.ScaleException;
import io.yuma.chain.scale.ScaleReader;
import io.yuma.vector.Printable;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads metadata V14 and V15 (frame-metadata's {@code RuntimeMetadataPrefixed}). The sections this
 * library does not use (calls, events, constants, errors, extrinsic, V15's runtime APIs, outer
 * enums and custom values) are read field by field and dropped, so that a layout mistake shows as
 * an error instead of a silent misreading.
 */
final class MetadataParser {
    private static final int[] SUPPORTED = {14, 15};

    private final ScaleReader in;
    private final int version;
    private String where = "the type registry";
    private TypeRegistry types;

    private MetadataParser(ScaleReader in, int version) {
        this.in = in;
        this.version = version;
    }

    static RuntimeMetadata parse(ScaleReader in, int size) {
        try {
            if (size < 5 || (int) in.u32() != RuntimeMetadata.MAGIC) {
                throw new MetadataException("not runtime metadata: it does not start with the magic bytes 'meta' (0x6d657461)");
            }
            int version = in.u8();
            if (version != SUPPORTED[0] && version != SUPPORTED[1]) {
                throw new MetadataException("runtime metadata version " + version + " is not supported (only V14 and V15)");
            }
            try {
                return new MetadataParser(in, version).metadata();
            } catch (MetadataException e) {
                // The parts' messages say where in the metadata; the caller also needs to know it
                // is the runtime metadata that is wrong, not the storage read with it.
                throw new MetadataException("runtime metadata V" + version + ": " + Printable.oneLine(e.getMessage()), e);
            }
        } catch (ScaleException e) {
            throw new MetadataException("runtime metadata does not parse: " + Printable.oneLine(e.getMessage()), e);
        }
    }

    private RuntimeMetadata metadata() {
        types = new TypeRegistry(list(this::registryType));
        List<PalletMetadata> pallets = list(this::pallet);
        where = "the extrinsic metadata";
        extrinsic();
        in.compact(); // the runtime type
        if (version == 15) {
            where = "the runtime APIs";
            list(this::runtimeApi);
            where = "the outer enums";
            typeId();
            typeId();
            typeId();
            where = "the custom values";
            list(() -> {
                in.string();
                typeId();
                return in.byteString();
            });
        }
        in.expectEnd("runtime metadata V" + version);
        return new RuntimeMetadata(version, types, pallets);
    }

    private RegistryType registryType() {
        int id = typeId();
        where = "type " + id;
        List<String> path = list(in::string);
        List<String> parameterNames = new ArrayList<>();
        List<Integer> parameterTypes = new ArrayList<>();
        int parameters = count("type parameters");
        for (int i = 0; i < parameters; i++) {
            parameterNames.add(in.string());
            parameterTypes.add(in.optionTag("type parameter") ? typeId() : -1);
        }
        TypeDef definition = typeDef();
        docs();
        return new RegistryType(id, path, parameterNames, parameterTypes, definition);
    }

    private TypeDef typeDef() {
        int tag = in.u8();
        return switch (tag) {
            case 0 -> new TypeDef.Composite(list(this::field));
            case 1 -> new TypeDef.Variant(list(this::variant));
            case 2 -> new TypeDef.Sequence(typeId());
            case 3 -> {
                long length = in.u32();
                if (length > Integer.MAX_VALUE) {
                    throw new MetadataException(where + ": array length " + length + " is too large");
                }
                yield new TypeDef.Array((int) length, typeId());
            }
            case 4 -> new TypeDef.Tuple(list(this::typeId));
            case 5 -> new TypeDef.Primitives(primitive());
            case 6 -> new TypeDef.Compact(typeId());
            case 7 -> new TypeDef.BitSequence(typeId(), typeId());
            default -> throw new MetadataException(where + ": unknown type definition tag " + tag);
        };
    }

    private Primitive primitive() {
        int tag = in.u8();
        Primitive[] all = Primitive.values();
        if (tag >= all.length) {
            throw new MetadataException(where + ": unknown primitive tag " + tag);
        }
        return all[tag];
    }

    private Field field() {
        String name = in.optionTag("field name") ? in.string() : null;
        int type = typeId();
        String typeName = in.optionTag("field type name") ? in.string() : null;
        return new Field(name, type, typeName, docs());
    }

    private VariantDef variant() {
        String name = in.string();
        List<Field> fields = list(this::field);
        int index = in.u8();
        return new VariantDef(name, fields, index, docs());
    }

    private PalletMetadata pallet() {
        String name = in.string();
        where = "pallet " + name;
        List<StorageEntry> storage = List.of();
        if (in.optionTag(where + " storage")) {
            String prefix = in.string();
            storage = list(() -> storageEntry(prefix));
        }
        optionalTypeId(); // calls
        optionalTypeId(); // events
        list(() -> {      // constants: name, type, value, docs
            in.string();
            typeId();
            in.byteString();
            return docs();
        });
        optionalTypeId(); // errors
        int index = in.u8();
        if (version == 15) {
            docs();
        }
        return new PalletMetadata(name, index, storage);
    }

    private StorageEntry storageEntry(String palletPrefix) {
        String name = in.string();
        where = "storage " + palletPrefix + "." + name;
        int modifierTag = in.u8();
        if (modifierTag > 1) {
            throw new MetadataException(where + ": unknown storage modifier " + modifierTag);
        }
        List<StorageHasher> hashers = new ArrayList<>();
        List<Integer> keyTypes = new ArrayList<>();
        int valueType;
        int kind = in.u8();
        if (kind == 0) {
            valueType = typeId();
        } else if (kind == 1) {
            hashers.addAll(list(this::hasher));
            int keyType = typeId();
            valueType = typeId();
            keyTypes.addAll(hashers.size() == 1 ? List.of(keyType) : tupleElements(keyType, hashers.size()));
        } else {
            throw new MetadataException(where + ": unknown storage entry type " + kind);
        }
        byte[] defaultValue = in.byteString();
        return new StorageEntry(palletPrefix, name, StorageEntry.Modifier.values()[modifierTag], hashers, keyTypes,
                valueType, defaultValue, docs());
    }

    /** A map with several hashers has a tuple key, one element per hasher. */
    private List<Integer> tupleElements(int keyType, int hasherCount) {
        if (types.definition(keyType) instanceof TypeDef.Tuple(List<Integer> elements) && elements.size() == hasherCount) {
            return elements;
        }
        throw new MetadataException(where + ": " + hasherCount + " hashers but the key type "
                + types.describe(keyType) + " is not a tuple of " + hasherCount);
    }

    private StorageHasher hasher() {
        int tag = in.u8();
        StorageHasher[] all = StorageHasher.values();
        if (tag >= all.length) {
            throw new MetadataException(where + ": unknown storage hasher " + tag);
        }
        return all[tag];
    }

    private Object runtimeApi() {
        String name = in.string();
        where = "runtime API " + name;
        list(() -> {     // methods: name, inputs (name, type), output, docs
            in.string();
            list(() -> {
                in.string();
                return typeId();
            });
            typeId();
            return docs();
        });
        return docs();
    }

    private void extrinsic() {
        if (version == 14) {
            typeId();     // the extrinsic type
            in.u8();      // its version
        } else {
            in.u8();      // version
            typeId();     // address
            typeId();     // call
            typeId();     // signature
            typeId();     // extra
        }
        list(() -> {      // signed extensions: identifier, type, additional signed
            in.string();
            typeId();
            return typeId();
        });
    }

    private void optionalTypeId() {
        if (in.optionTag(where)) {
            typeId();
        }
    }

    private int typeId() {
        BigInteger id = in.compact();
        if (id.bitLength() > 31) {
            throw new MetadataException(where + ": type id " + id + " is too large");
        }
        return id.intValue();
    }

    private List<String> docs() {
        return list(in::string);
    }

    private int count(String what) {
        return in.compactLength(where + ": number of " + what);
    }

    private <T> List<T> list(Supplier<T> element) {
        int size = count("elements");
        List<T> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(element.get());
        }
        return out;
    }
}
