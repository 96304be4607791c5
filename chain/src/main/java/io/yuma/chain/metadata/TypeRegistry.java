package io.yuma.chain.metadata;

import java.util.List;
import java.util.stream.Collectors;

/** The runtime's types (scale-info's PortableRegistry), by id. */
public final class TypeRegistry {
    /** How deep a type's name is spelled out before "..." stands for the rest. */
    private static final int NAME_DEPTH = 16;
    private final List<RegistryType> types;

    /**
     * A registry of types whose ids are their positions.
     *
     * @param types the types, {@code types.get(i).id() == i}
     * @throws MetadataException when an id is not its position
     */
    public TypeRegistry(List<RegistryType> types) {
        for (int i = 0; i < types.size(); i++) {
            if (types.get(i).id() != i) {
                throw new MetadataException("type registry: type number " + i + " has id " + types.get(i).id()
                        + "; the ids must count up from 0");
            }
        }
        this.types = List.copyOf(types);
    }

    /** {@return how many types it holds} */
    public int size() {
        return types.size();
    }

    /**
     * {@return the type with id {@code id}}
     *
     * @param id a type id
     * @throws MetadataException when there is no such type
     */
    public RegistryType type(int id) {
        if (id < 0 || id >= types.size()) {
            throw new MetadataException("type id " + id + " is not in the registry (" + types.size() + " types)");
        }
        return types.get(id);
    }

    /**
     * {@return the shape of type {@code id}}
     *
     * @param id a type id
     */
    public TypeDef definition(int id) {
        return type(id).definition();
    }

    /**
     * Whether type {@code id} is an {@code AccountId32}, which renders as an SS58 address.
     *
     * @param id a type id
     * @return whether its path ends in {@code AccountId32}
     */
    public boolean isAccountId32(int id) {
        return type(id).simpleName().equals("AccountId32");
    }

    /**
     * Whether type {@code id} is Rust's {@code Option}, which renders as its value or {@code null}.
     *
     * @param id a type id
     * @return whether its path is {@code Option}
     */
    public boolean isOption(int id) {
        RegistryType type = type(id);
        return type.path().equals(List.of("Option")) && type.definition() instanceof TypeDef.Variant;
    }

    /**
     * Whether type {@code id} is {@code u8}, whose sequences and arrays are byte strings.
     *
     * @param id a type id
     * @return whether it is the primitive {@code u8}
     */
    public boolean isU8(int id) {
        return definition(id) instanceof TypeDef.Primitives(Primitive primitive) && primitive == Primitive.U8;
    }

    /**
     * Names type {@code id} as Rust would, e.g. {@code u16}, {@code Vec<(u16, u16)>},
     * {@code AccountId32}, {@code NetUid}, {@code Option<u64>}.
     *
     * @param id a type id
     * @return its name
     */
    public String describe(int id) {
        return describe(id, 0);
    }

    /**
     * A name nested at most {@link #NAME_DEPTH} deep: a registry read from a node may hold a type
     * that contains itself, whose full name would never end.
     */
    private String describe(int id, int depth) {
        if (depth > NAME_DEPTH) {
            return "...";
        }
        RegistryType type = type(id);
        return switch (type.definition()) {
            case TypeDef.Primitives(Primitive primitive) -> primitive.rustName();
            case TypeDef.Sequence(int element) -> "Vec<" + describe(element, depth + 1) + ">";
            case TypeDef.Array(int length, int element) -> "[" + describe(element, depth + 1) + "; " + length + "]";
            case TypeDef.Tuple(List<Integer> elements) ->
                    elements.stream().map(e -> describe(e, depth + 1)).collect(Collectors.joining(", ", "(", ")"));
            case TypeDef.Compact(int inner) -> "Compact<" + describe(inner, depth + 1) + ">";
            case TypeDef.BitSequence bits -> "BitVec";
            case TypeDef.Composite composite -> named(type, depth);
            case TypeDef.Variant variant -> named(type, depth);
        };
    }

    private String named(RegistryType type, int depth) {
        String name = type.simpleName().isEmpty() ? "type " + type.id() : type.simpleName();
        if (type.parameterTypes().isEmpty() || type.parameterTypes().contains(-1)) {
            return name;
        }
        return type.parameterTypes().stream().map(p -> describe(p, depth + 1))
                .collect(Collectors.joining(", ", name + "<", ">"));
    }
}
