package io.yuma.recompute;

/** How a recompute takes each epoch's bonds and validator permits. */
public enum RecomputeMode {
    /**
     * As the chain does: each epoch reads the bonds and validator permits the previous epoch of its
     * subnet wrote; every other input is the recorded one. A history's first epoch starts from its
     * recorded state.
     */
    REPLAY,
    /** Every epoch from its own recorded input, compared with its recorded output. */
    AUDIT;

    /**
     * The mode's name as the command line and the summary spell it.
     *
     * @return {@code replay} or {@code audit}
     */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
