package io.yuma.chain.metadata;

import java.util.List;

/**
 * One type of the registry.
 *
 * @param id its id, which other types and the storage entries refer to
 * @param path its Rust path, e.g. {@code [sp_core, crypto, AccountId32]} (empty for primitives, tuples, ...)
 * @param parameters its generic parameters' names
 * @param parameterTypes its generic parameters' type ids, {@code -1} where the metadata leaves one out
 * @param definition its shape
 */
public record RegistryType(int id, List<String> path, List<String> parameters, List<Integer> parameterTypes,
        TypeDef definition) {
    /** Copies the lists. */
    public RegistryType {
        path = List.copyOf(path);
        parameters = List.copyOf(parameters);
        parameterTypes = List.copyOf(parameterTypes);
    }

    /** {@return the last segment of its path, or an empty string when it has none} */
    public String simpleName() {
        return path.isEmpty() ? "" : path.getLast();
    }
}
