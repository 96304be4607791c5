package io.yuma.api;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds engines with {@link ServiceLoader}: by name, or the best available one. The system
 * property {@value YumaProperties#ENGINE} forces the choice {@link #openBest} makes.
 *
 * <p>This is the one place that checks an engine can run before creating it: providers'
 * {@link YumaEngineProvider#create} may assume it.
 */
public final class Engines {
    private static final Logger LOG = System.getLogger(Engines.class.getName());

    private Engines() {
    }

    /** {@return every registered provider, highest priority first (then by name)} */
    public static List<YumaEngineProvider> providers() {
        List<YumaEngineProvider> found = new ArrayList<>();
        ServiceLoader.load(YumaEngineProvider.class, Engines.class.getClassLoader()).forEach(found::add);
        found.sort(Comparator.comparingInt(YumaEngineProvider::priority).reversed()
                .thenComparing(YumaEngineProvider::name));
        return found;
    }

    /**
     * {@return the provider of the engine called {@code name}}
     *
     * @param name the engine's name, as {@link YumaEngineProvider#name()} gives it
     * @throws NullPointerException when {@code name} is null
     * @throws IllegalArgumentException for an unknown name, listing the names that exist
     */
    public static YumaEngineProvider provider(String name) {
        Objects.requireNonNull(name, "name");
        return find(providers(), name);
    }

    /**
     * Opens the engine called {@code name}.
     *
     * @param name the engine's name
     * @param options the settings to create it with
     * @return the engine, which the caller must close
     * @throws NullPointerException when an argument is null
     * @throws IllegalArgumentException for an unknown name
     * @throws IllegalStateException when that engine is not available here, with the reason
     */
    public static YumaEngine open(String name, EngineOptions options) {
        Objects.requireNonNull(options, "options");
        return create(provider(name), options);
    }

    /**
     * Picks the engine {@link #openBest} opens: the one {@value YumaProperties#ENGINE} names, or
     * else the available engine of highest priority; every other engine is listed with the reason
     * it was passed over (unavailable here and why, or a lower priority).
     *
     * @return the choice
     * @throws IllegalArgumentException when {@value YumaProperties#ENGINE} names an unknown engine
     * @throws IllegalStateException when the engine {@value YumaProperties#ENGINE} names, or every
     *     engine, is unavailable, with the reasons
     */
    public static EngineChoice choose() {
        return choose(providers(), YumaProperties.engine());
    }

    /**
     * Opens the engine {@link #choose()} picks, and logs the choice in one line through
     * {@link System#getLogger}: at {@code INFO}, or at {@code WARNING} when an engine of higher
     * priority was passed over because it cannot run here (so a missing
     * {@code --add-modules jdk.incubator.vector} does not go unnoticed).
     *
     * @param options the settings to create the engine with
     * @return the engine, which the caller must close
     * @throws NullPointerException when {@code options} is null
     * @throws IllegalArgumentException when {@value YumaProperties#ENGINE} names an unknown engine
     * @throws IllegalStateException when no engine (or not the one named) is available
     */
    public static YumaEngine openBest(EngineOptions options) {
        Objects.requireNonNull(options, "options");
        EngineChoice choice = choose();
        LOG.log(choice.fellBack() ? Level.WARNING : Level.INFO, choice.describe());
        return create(choice.chosen(), options);
    }

    /** The choice among {@code all} (highest priority first), {@code forced} naming one or not. */
    static EngineChoice choose(List<YumaEngineProvider> all, Optional<String> forced) {
        if (forced.isPresent()) {
            YumaEngineProvider named = find(all, forced.get());
            requireAvailable(named);
            return new EngineChoice(named, true, YumaProperties.ENGINE + " names it", passedOver(all, named,
                    other -> YumaProperties.ENGINE + " names " + named.name()));
        }
        for (YumaEngineProvider provider : all) {
            Availability availability = provider.availability();
            if (availability.available()) {
                return new EngineChoice(provider, false, "the available engine of highest priority (" + provider.priority()
                        + "): " + availability.reason(), passedOver(all, provider,
                        other -> "priority " + other.priority() + ", below " + provider.name() + "'s"));
            }
        }
        throw new IllegalStateException("no yuma engine is available; engines found: " + (all.isEmpty() ? "none"
                : all.stream().map(p -> p.name() + " (" + p.availability().reason() + ")")
                        .collect(Collectors.joining(", "))));
    }

    /** Every provider but {@code chosen}: unavailable ones with their reason, the others with {@code why}. */
    private static List<EngineChoice.PassedOver> passedOver(List<YumaEngineProvider> all, YumaEngineProvider chosen,
            Function<YumaEngineProvider, String> why) {
        List<EngineChoice.PassedOver> others = new ArrayList<>();
        for (YumaEngineProvider other : all) {
            if (other != chosen) {
                Availability availability = other.availability();
                others.add(new EngineChoice.PassedOver(other.name(), other.priority(), availability.available(),
                        availability.available() ? why.apply(other) : "not available: " + availability.reason()));
            }
        }
        return others;
    }

    private static YumaEngineProvider find(List<YumaEngineProvider> all, String name) {
        for (YumaEngineProvider provider : all) {
            if (provider.name().equals(name)) {
                return provider;
            }
        }
        throw new IllegalArgumentException("unknown engine '" + name + "'; engines found: "
                + (all.isEmpty() ? "none" : all.stream().map(YumaEngineProvider::name).collect(Collectors.joining(", "))));
    }

    private static void requireAvailable(YumaEngineProvider provider) {
        Availability availability = provider.availability();
        if (!availability.available()) {
            throw new IllegalStateException("engine '" + provider.name() + "' is not available: " + availability.reason());
        }
    }

    /** The one guarded way to create an engine: providers' {@code create} may assume it is available. */
    private static YumaEngine create(YumaEngineProvider provider, EngineOptions options) {
        requireAvailable(provider);
        return provider.create(options);
    }
}
