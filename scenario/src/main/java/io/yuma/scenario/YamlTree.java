package io.yuma.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a YAML (or JSON, which is YAML) document into {@link Node}s with Jackson's streaming
 * parser, keeping every value's line and column and every scalar's text as written. Duplicate
 * keys are errors; so is a second document.
 */
final class YamlTree {
    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private YamlTree() {
    }

    static Node read(String file, Reader reader) throws IOException {
        try (JsonParser parser = FACTORY.createParser(reader)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ScenarioException(file, 0, 0, null, "the file is empty");
            }
            Node root = value(file, "", parser);
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new ScenarioException(file, at.getLineNr(), at.getColumnNr(), null,
                        "a second YAML document: a scenario file holds one");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ScenarioException(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), null,
                    "not valid YAML: " + e.getOriginalMessage());
        }
    }

    private static Node value(String file, String path, JsonParser parser) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Node> entries = Node.newEntries();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    JsonLocation keyAt = parser.currentTokenLocation();
                    parser.nextToken();
                    String childPath = path.isEmpty() ? key : path + "." + key;
                    Node child = value(file, childPath, parser);
                    if (entries.putIfAbsent(key, child) != null) {
                        throw new ScenarioException(file, keyAt.getLineNr(), keyAt.getColumnNr(), childPath,
                                "the key '" + key + "' appears twice in this mapping");
                    }
                }
                return Node.map(file, path, line, column, entries);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(file, path + "[" + items.size() + "]", parser));
                }
                return Node.list(file, path, line, column, items);
            }
            case VALUE_NULL -> {
                return Node.scalar(file, path, line, column, null);
            }
            default -> {
                return Node.scalar(file, path, line, column, parser.getText());
            }
        }
    }
}
