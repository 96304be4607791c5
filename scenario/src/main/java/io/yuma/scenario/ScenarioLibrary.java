package io.yuma.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The scenarios shipped with the library (resources under {@code io/yuma/scenario/library/},
 * listed in its {@code INDEX}): the chain's own Yuma tests and the cases of yuma-simulation.
 */
public final class ScenarioLibrary {
    private static final String FOLDER = "library/";

    private ScenarioLibrary() {
    }

    /** {@return the shipped scenarios' names, in the index's order} */
    public static List<String> names() {
        return text("INDEX").lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    /**
     * Whether a scenario of that name is shipped.
     *
     * @param name a scenario name
     * @return true when {@link #load} finds it
     */
    public static boolean contains(String name) {
        return names().contains(name);
    }

    /**
     * Reads a shipped scenario.
     *
     * @param name its name, from {@link #names()}
     * @return the scenario
     * @throws IllegalArgumentException when no scenario of that name is shipped, listing the names
     */
    public static Scenario load(String name) {
        if (!contains(name)) {
            throw new IllegalArgumentException("no shipped scenario is named '" + name + "' (yuma simulate --list): "
                    + names());
        }
        return ScenarioReader.read("library:" + name, text(name + ".yaml"));
    }

    private static String text(String resource) {
        try (InputStream in = ScenarioLibrary.class.getResourceAsStream(FOLDER + resource)) {
            if (in == null) {
                throw new IllegalStateException("the scenario library lacks " + FOLDER + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
