package io.yuma.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Finds engines with {@link ServiceLoader}: by name, or the best available one. The system
 * property {@code yuma.engine} forces the choice {@link #openBest} makes.
 */
public final class Engines {
    /** System property naming the engine {@link #openBest} must use. */
    public static final String ENGINE_PROPERTY = "yuma.engine";

    private Engines() {
    }

    /** Every registered provider, highest priority first. */
    public static List<YumaEngineProvider> providers() {
        List<YumaEngineProvider> found = new ArrayList<>();
        ServiceLoader.load(YumaEngineProvider.class, Engines.class.getClassLoader()).forEach(found::add);
        found.sort(Comparator.comparingInt(YumaEngineProvider::priority).reversed()
                .thenComparing(YumaEngineProvider::name));
        return found;
    }

    /**
     * The provider of the engine called {@code name}.
     *
     * @throws IllegalArgumentException for an unknown name, listing the names that exist
     */
    public static YumaEngineProvider provider(String name) {
        List<YumaEngineProvider> all = providers();
        for (YumaEngineProvider provider : all) {
            if (provider.name().equals(name)) {
                return provider;
            }
        }
        throw new IllegalArgumentException("unknown engine '" + name + "'; engines found: "
                + all.stream().map(YumaEngineProvider::name).collect(Collectors.joining(", ")));
    }

    /**
     * Opens the engine called {@code name}.
     *
     * @throws IllegalArgumentException for an unknown name
     * @throws IllegalStateException when that engine is not available here, with the reason
     */
    public static YumaEngine open(String name, EngineOptions options) {
        YumaEngineProvider provider = provider(name);
        Availability availability = provider.availability();
        if (!availability.available()) {
            throw new IllegalStateException("engine '" + name + "' is not available: " + availability.reason());
        }
        return provider.create(options);
    }

    /**
     * Opens the engine named by {@code yuma.engine}, or else the available engine of highest
     * priority.
     *
     * @throws IllegalStateException when no engine is available
     */
    public static YumaEngine openBest(EngineOptions options) {
        String forced = System.getProperty(ENGINE_PROPERTY);
        if (forced != null && !forced.isBlank()) {
            return open(forced.trim(), options);
        }
        for (YumaEngineProvider provider : providers()) {
            if (provider.availability().available()) {
                return provider.create(options);
            }
        }
        throw new IllegalStateException("no yuma engine is available; engines found: "
                + providers().stream().map(p -> p.name() + " (" + p.availability().reason() + ")")
                        .collect(Collectors.joining(", ")));
    }
}
