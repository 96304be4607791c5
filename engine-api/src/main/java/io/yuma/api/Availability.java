package io.yuma.api;

import java.util.Objects;

/**
 * Whether an engine can run here, and if not, why (and how to fix it where that is known).
 *
 * @param available true when the engine can be created
 * @param reason why not, or a short description of what it will use when available
 */
public record Availability(boolean available, String reason) {
    /**
     * Checks the reason is given.
     *
     * @throws NullPointerException when {@code reason} is null
     */
    public Availability {
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * {@return available, with the note}
     *
     * @param note what the engine will use, e.g. "Vector API, 4 x 64-bit lanes"
     */
    public static Availability yes(String note) {
        return new Availability(true, note);
    }

    /**
     * {@return not available, with the reason}
     *
     * @param reason why the engine cannot run here, with the fix where known
     */
    public static Availability no(String reason) {
        return new Availability(false, reason);
    }
}
