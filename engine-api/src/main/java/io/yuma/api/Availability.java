package io.yuma.api;

/**
 * Whether an engine can run here, and if not, why (and how to fix it where that is known).
 *
 * @param available true when the engine can be created
 * @param reason why not, or a short description of what it will use when available
 */
public record Availability(boolean available, String reason) {
    /** Available, with a note on what it will use. */
    public static Availability yes(String note) {
        return new Availability(true, note);
    }

    /** Not available, with the reason. */
    public static Availability no(String reason) {
        return new Availability(false, reason);
    }
}
