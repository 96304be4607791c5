package io.yuma.chain.emulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal reader of runtime metadata V14, written for the tests apart from the emulator's
 * writer: it walks the type registry and the pallets and describes each storage entry of one
 * pallet by its hashers and the shapes of its key and value types, where a shape spells a type
 * out structurally with newtypes (one-field composites) unwrapped, so that {@code NetUid(u16)}
 * and {@code u16} compare equal.
 */
final class MetadataShapes {
    /** One storage entry: modifier (Optional or Default), hasher names, key shapes, value shape. */
    record Entry(String modifier, List<String> hashers, List<String> keys, String value) { }

    private static final String[] HASHERS = {"Blake2_128", "Blake2_256", "Blake2_128Concat", "Twox128", "Twox256", "Twox64Concat", "Identity"};
    private static final String[] PRIMITIVES = {"bool", "char", "str", "u8", "u16", "u32", "u64", "u128", "u256", "i8", "i16", "i32", "i64", "i128", "i256"};

    private final byte[] data;
    private int pos;
    private final Map<Integer, String> shapes = new HashMap<>();
    private final Map<Integer, Object[]> defs = new HashMap<>();

    private MetadataShapes(byte[] data) {
        this.data = data;
    }

    /** {@return the storage entries of {@code pallet}, by name, in declaration order} */
    static Map<String, Entry> storage(byte[] metadata, String pallet) {
        MetadataShapes r = new MetadataShapes(metadata);
        if (r.u8() != 'm' || r.u8() != 'e' || r.u8() != 't' || r.u8() != 'a' || r.u8() != 14) {
            throw new IllegalArgumentException("not metadata V14");
        }
        r.types();
        long pallets = r.compact();
        for (long p = 0; p < pallets; p++) {
            String name = r.str();
            Map<String, Entry> entries = r.palletStorage();
            if (name.equals(pallet)) {
                return entries;
            }
            r.palletRest();
        }
        throw new IllegalArgumentException("no pallet " + pallet);
    }

    private void types() {
        long count = compact();
        for (long i = 0; i < count; i++) {
            int id = (int) compact();
            long pathLength = compact();
            List<String> path = new ArrayList<>();
            for (long k = 0; k < pathLength; k++) {
                path.add(str());
            }
            long params = compact();
            for (long k = 0; k < params; k++) {
                str();
                if (u8() == 1) {
                    compact();
                }
            }
            defs.put(id, typeDef(path));
            docs();
        }
    }

    /** {@code [kind, ...]}: composite field types, variant count, sequence/array element, tuple elements, primitive name. */
    private Object[] typeDef(List<String> path) {
        int kind = u8();
        return switch (kind) {
            case 0 -> new Object[] {"composite", fields(), String.join("::", path)};
            case 1 -> {
                long variants = compact();
                List<String> names = new ArrayList<>();
                for (long v = 0; v < variants; v++) {
                    names.add(str());
                    List<Integer> f = fields();
                    u8();
                    docs();
                    names.set(names.size() - 1, names.getLast() + f);
                }
                yield new Object[] {"variant", names, String.join("::", path)};
            }
            case 2 -> new Object[] {"sequence", (int) compact()};
            case 3 -> {
                long length = u32();
                yield new Object[] {"array", (int) compact(), length};
            }
            case 4 -> {
                long n = compact();
                List<Integer> elements = new ArrayList<>();
                for (long k = 0; k < n; k++) {
                    elements.add((int) compact());
                }
                yield new Object[] {"tuple", elements};
            }
            case 5 -> new Object[] {"primitive", PRIMITIVES[u8()]};
            case 6 -> new Object[] {"compact", (int) compact()};
            case 7 -> {
                compact();
                compact();
                yield new Object[] {"bitsequence"};
            }
            default -> throw new IllegalArgumentException("type kind " + kind + " at byte " + pos);
        };
    }

    private List<Integer> fields() {
        long n = compact();
        List<Integer> types = new ArrayList<>();
        for (long k = 0; k < n; k++) {
            if (u8() == 1) {
                str();
            }
            types.add((int) compact());
            if (u8() == 1) {
                str();
            }
            docs();
        }
        return types;
    }

    /** {@return the structural shape of type {@code id}} */
    @SuppressWarnings("unchecked")
    String shape(int id) {
        String known = shapes.get(id);
        if (known != null) {
            return known;
        }
        Object[] d = defs.get(id);
        String s = switch ((String) d[0]) {
            case "composite" -> {
                List<Integer> f = (List<Integer>) d[1];
                yield f.size() == 1 ? shape(f.getFirst()) : "{" + String.join(",", f.stream().map(this::shape).toList()) + "}";
            }
            case "variant" -> d[2].equals("Option") ? "Option<...>" : "enum " + d[2];
            case "sequence" -> "Vec<" + shape((Integer) d[1]) + ">";
            case "array" -> "[" + shape((Integer) d[1]) + ";" + d[2] + "]";
            case "tuple" -> "(" + String.join(",", ((List<Integer>) d[1]).stream().map(this::shape).toList()) + ")";
            case "primitive" -> (String) d[1];
            case "compact" -> "Compact<" + shape((Integer) d[1]) + ">";
            default -> (String) d[0];
        };
        shapes.put(id, s);
        return s;
    }

    private Map<String, Entry> palletStorage() {
        Map<String, Entry> entries = new LinkedHashMap<>();
        if (u8() == 0) {
            return entries;
        }
        str();
        long n = compact();
        for (long i = 0; i < n; i++) {
            String name = str();
            String modifier = u8() == 0 ? "Optional" : "Default";
            List<String> hashers = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            String value;
            if (u8() == 0) {
                value = shape((int) compact());
            } else {
                long h = compact();
                for (long k = 0; k < h; k++) {
                    hashers.add(HASHERS[u8()]);
                }
                int key = (int) compact();
                value = shape((int) compact());
                @SuppressWarnings("unchecked")
                List<Integer> parts = hashers.size() > 1 ? (List<Integer>) defs.get(key)[1] : List.of(key);
                parts.forEach(p -> keys.add(shape(p)));
            }
            skip((int) compact());
            docs();
            entries.put(name, new Entry(modifier, hashers, keys, value));
        }
        return entries;
    }

    private void palletRest() {
        optionalCompact();
        optionalCompact();
        long constants = compact();
        for (long c = 0; c < constants; c++) {
            str();
            compact();
            skip((int) compact());
            docs();
        }
        optionalCompact();
        u8();
    }

    private void optionalCompact() {
        if (u8() == 1) {
            compact();
        }
    }

    private void docs() {
        long n = compact();
        for (long k = 0; k < n; k++) {
            str();
        }
    }

    private String str() {
        int length = (int) compact();
        String s = new String(data, pos, length, StandardCharsets.UTF_8);
        pos += length;
        return s;
    }

    private void skip(int n) {
        pos += n;
    }

    private int u8() {
        return data[pos++] & 0xFF;
    }

    private long u32() {
        long v = 0;
        for (int i = 0; i < 4; i++) {
            v |= (long) u8() << (8 * i);
        }
        return v;
    }

    private long compact() {
        int first = u8();
        return switch (first & 3) {
            case 0 -> first >>> 2;
            case 1 -> (first | u8() << 8) >>> 2;
            case 2 -> (first | u8() << 8 | u8() << 16 | (long) u8() << 24) >>> 2;
            default -> {
                int bytes = (first >>> 2) + 4;
                long v = 0;
                for (int i = 0; i < bytes; i++) {
                    int b = u8();
                    if (i < 8) {
                        v |= (long) b << (8 * i);
                    }
                }
                yield v;
            }
        };
    }
}
