package io.yuma.chain.emulator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A scale-info portable type registry, built up as the storage catalogue declares its key and
 * value types, and written as metadata V14 carries it. Equal declarations share one id.
 */
final class TypeRegistry {
    /** scale-info's {@code TypeDefPrimitive} variants, in index order. */
    enum Primitive { BOOL, CHAR, STR, U8, U16, U32, U64, U128, U256, I8, I16, I32, I64, I128, I256 }

    private record Field(String name, int type, String typeName) { }

    private final List<Consumer<ScaleOut>> definitions = new ArrayList<>();
    private final Map<String, Integer> ids = new HashMap<>();

    private int define(String identity, Consumer<ScaleOut> writer) {
        Integer known = ids.get(identity);
        if (known != null) {
            return known;
        }
        int id = definitions.size();
        ids.put(identity, id);
        definitions.add(writer);
        return id;
    }

    int primitive(Primitive p) {
        return define("prim:" + p, out -> header(out, List.of(), List.of()).u8(5).u8(p.ordinal()));
    }

    int sequence(int element) {
        return define("seq:" + element, out -> header(out, List.of(), List.of()).u8(2).compact(element));
    }

    int array(int length, int element) {
        return define("arr:" + length + ":" + element,
                out -> header(out, List.of(), List.of()).u8(3).u32(length).compact(element));
    }

    int tuple(int... elements) {
        StringBuilder identity = new StringBuilder("tuple");
        for (int e : elements) {
            identity.append(':').append(e);
        }
        return define(identity.toString(), out -> {
            header(out, List.of(), List.of()).u8(4).compact(elements.length);
            for (int e : elements) {
                out.compact(e);
            }
        });
    }

    /** A composite with one unnamed field: a newtype such as {@code NetUid(u16)}. */
    int newtype(List<String> path, int inner, String innerName) {
        return composite(path, List.of(), List.of(new Field(null, inner, innerName)));
    }

    /** A composite with named fields, given as name, type id pairs. */
    int struct(List<String> path, Object... namesAndTypes) {
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            fields.add(new Field((String) namesAndTypes[i], (Integer) namesAndTypes[i + 1], null));
        }
        return composite(path, List.of(), fields);
    }

    /** {@code BoundedVec<T, S>}: a newtype over {@code Vec<T>} with its two type parameters. */
    int boundedVec(int element, int bound) {
        int vec = sequence(element);
        List<String[]> params = List.of(new String[] {"T", Integer.toString(element)}, new String[] {"S", null});
        return define("bvec:" + element + ":" + bound, out -> {
            header(out, List.of("bounded_collections", "bounded_vec", "BoundedVec"), params).u8(0).compact(1);
            field(out, new Field(null, vec, "Vec<T>"));
        });
    }

    /** {@code Option<T>}: the variant type with {@code None} (index 0) and {@code Some(T)} (index 1). */
    int option(int inner) {
        return define("opt:" + inner, out -> {
            header(out, List.of("Option"), List.<String[]>of(new String[] {"T", Integer.toString(inner)})).u8(1).compact(2);
            out.str("None").compact(0).u8(0).compact(0);
            out.str("Some").compact(1);
            field(out, new Field(null, inner, "T"));
            out.u8(1).compact(0);
        });
    }

    private int composite(List<String> path, List<String[]> params, List<Field> fields) {
        StringBuilder identity = new StringBuilder("comp:").append(String.join("::", path));
        for (Field f : fields) {
            identity.append(':').append(f.name()).append('=').append(f.type());
        }
        return define(identity.toString(), out -> {
            header(out, path, params).u8(0).compact(fields.size());
            for (Field f : fields) {
                field(out, f);
            }
        });
    }

    /** Writes path and type parameters ({@code [name, type id or null]}) before the definition. */
    private static ScaleOut header(ScaleOut out, List<String> path, List<String[]> params) {
        out.compact(path.size());
        path.forEach(out::str);
        out.compact(params.size());
        for (String[] p : params) {
            out.str(p[0]);
            if (p[1] == null) {
                out.u8(0);
            } else {
                out.u8(1).compact(Integer.parseInt(p[1]));
            }
        }
        return out;
    }

    private static void field(ScaleOut out, Field f) {
        optionalString(out, f.name());
        out.compact(f.type());
        optionalString(out, f.typeName());
        out.compact(0);
    }

    private static void optionalString(ScaleOut out, String s) {
        if (s == null) {
            out.u8(0);
        } else {
            out.u8(1).str(s);
        }
    }

    /** Writes the registry: each type's id, its path, parameters and definition, then empty docs. */
    void write(ScaleOut out) {
        out.compact(definitions.size());
        for (int id = 0; id < definitions.size(); id++) {
            out.compact(id);
            definitions.get(id).accept(out);
            out.compact(0);
        }
    }
}
