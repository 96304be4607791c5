package io.yuma.api;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Which engine {@link Engines#choose()} picked, why, and why each other registered engine was
 * passed over: what {@link Engines#openBest} logs, for a caller that wants to show or check it.
 *
 * @param chosen the provider of the engine to open
 * @param forced whether {@value YumaProperties#ENGINE} named it (rather than priority)
 * @param reason why it was chosen
 * @param passedOver every other registered engine, highest priority first, with the reason
 */
public record EngineChoice(YumaEngineProvider chosen, boolean forced, String reason, List<PassedOver> passedOver) {
    /**
     * Checks every part is given and copies the list.
     *
     * @throws NullPointerException when a part is null
     */
    public EngineChoice {
        Objects.requireNonNull(chosen, "chosen");
        Objects.requireNonNull(reason, "reason");
        passedOver = List.copyOf(passedOver);
    }

    /**
     * An engine that was not chosen.
     *
     * @param name the engine's name
     * @param priority its priority
     * @param available whether it could have run here
     * @param reason why it was not chosen: why it cannot run here (with the fix where known), or
     *     what was preferred to it
     */
    public record PassedOver(String name, int priority, boolean available, String reason) {
        /**
         * Checks the name and reason are given.
         *
         * @throws NullPointerException when one is null
         */
        public PassedOver {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * {@return true when, choosing by priority, an engine of higher priority than the chosen one was passed over because it cannot run here: the caller gets a slower engine than it could have, and should be told}
     *
     */
    public boolean fellBack() {
        return !forced && passedOver.stream().anyMatch(other -> !other.available() && other.priority() > chosen.priority());
    }

    /** {@return one line: the engine chosen and why, then each engine passed over and why} */
    public String describe() {
        String others = passedOver.isEmpty() ? "" : "; passed over: " + passedOver.stream()
                .map(other -> other.name() + " (" + other.reason() + ")").collect(Collectors.joining(", "));
        return "engine " + chosen.name() + " chosen: " + reason + others;
    }
}
