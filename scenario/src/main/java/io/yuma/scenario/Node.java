package io.yuma.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One value of a scenario file with the place it was read from, so that every error can name
 * the file, line, column and field path: a mapping, a list or a scalar (kept as the text written,
 * so that numbers are converted exactly once, by {@link Amounts}).
 */
final class Node {
    enum Kind { MAP, LIST, SCALAR }

    private final Kind kind;
    private final String file;
    private final String path;
    private final int line;
    private final int column;
    private final String text;
    private final Map<String, Node> entries;
    private final List<Node> items;

    private Node(Kind kind, String file, String path, int line, int column, String text,
            Map<String, Node> entries, List<Node> items) {
        this.kind = kind;
        this.file = file;
        this.path = path;
        this.line = line;
        this.column = column;
        this.text = text;
        this.entries = entries;
        this.items = items;
    }

    static Node map(String file, String path, int line, int column, Map<String, Node> entries) {
        return new Node(Kind.MAP, file, path, line, column, null, Collections.unmodifiableMap(entries), null);
    }

    static Node list(String file, String path, int line, int column, List<Node> items) {
        return new Node(Kind.LIST, file, path, line, column, null, null, List.copyOf(items));
    }

    /** A scalar; {@code text} is null for YAML's null. */
    static Node scalar(String file, String path, int line, int column, String text) {
        return new Node(Kind.SCALAR, file, path, line, column, text, null, null);
    }

    Kind kind() {
        return kind;
    }

    String path() {
        return path;
    }

    String file() {
        return file;
    }

    /** An error at this node. */
    ScenarioException error(String problem) {
        return new ScenarioException(file, line, column, path, problem);
    }

    boolean isMap() {
        return kind == Kind.MAP;
    }

    boolean isList() {
        return kind == Kind.LIST;
    }

    boolean isScalar() {
        return kind == Kind.SCALAR;
    }

    /** The scalar's text as written. */
    String text() {
        if (kind != Kind.SCALAR || text == null) {
            throw error("expected a single value, found " + describe());
        }
        return text;
    }

    /** The mapping's entries in file order. */
    Map<String, Node> entries() {
        if (kind != Kind.MAP) {
            throw error("expected a mapping (key: value lines), found " + describe());
        }
        return entries;
    }

    /** The list's items; a single value counts as a list of one. */
    List<Node> items() {
        if (kind == Kind.LIST) {
            return items;
        }
        if (kind == Kind.SCALAR && text != null) {
            return List.of(this);
        }
        throw error("expected a list, found " + describe());
    }

    /** The entry {@code key} of this mapping, or null when absent. */
    Node get(String key) {
        return entries().get(key);
    }

    /** The entry {@code key} of this mapping. */
    Node required(String key) {
        Node value = get(key);
        if (value == null) {
            throw error("missing '" + key + "'");
        }
        return value;
    }

    /** Fails on a key of this mapping outside {@code allowed}, naming the keys it takes. */
    Node only(Set<String> allowed) {
        for (Map.Entry<String, Node> entry : entries().entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                List<String> sorted = new ArrayList<>(allowed);
                Collections.sort(sorted);
                throw entry.getValue().error("unknown key '" + entry.getKey() + "', expected one of " + sorted);
            }
        }
        return this;
    }

    String describe() {
        return switch (kind) {
            case MAP -> "a mapping";
            case LIST -> "a list";
            case SCALAR -> text == null ? "nothing (null)" : "'" + text + "'";
        };
    }

    /** An ordered mapping builder for the reader. */
    static Map<String, Node> newEntries() {
        return new LinkedHashMap<>();
    }
}
