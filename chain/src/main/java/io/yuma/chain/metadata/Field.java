package io.yuma.chain.metadata;

import java.util.List;

/**
 * A field of a composite or enum variant.
 *
 * @param name its name, or {@code null} for a tuple-like field
 * @param typeId its type in the registry
 * @param typeName the type as the Rust source spells it, or {@code null}
 * @param docs its documentation lines
 */
public record Field(String name, int typeId, String typeName, List<String> docs) {
    /** Copies the docs. */
    public Field {
        docs = List.copyOf(docs);
    }
}
