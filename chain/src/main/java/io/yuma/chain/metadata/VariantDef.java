package io.yuma.chain.metadata;

import java.util.List;

/**
 * A variant of an enum type.
 *
 * @param name its name
 * @param fields its fields (none for a unit variant)
 * @param index its SCALE tag
 * @param docs its documentation lines
 */
public record VariantDef(String name, List<Field> fields, int index, List<String> docs) {
    /** Copies the lists. */
    public VariantDef {
        fields = List.copyOf(fields);
        docs = List.copyOf(docs);
    }
}
