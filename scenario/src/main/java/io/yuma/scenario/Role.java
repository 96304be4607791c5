package io.yuma.scenario;

/** What a neuron is in a scenario: it decides its chart and whether it starts with a permit. */
public enum Role {
    /** Sets weights; holds stake. */
    VALIDATOR,
    /** Receives weights; its incentive is charted. */
    SERVER;

    private final String word = name().toLowerCase(java.util.Locale.ROOT);

    /** {@return the word used in result files: validator or server} */
    public String word() {
        return word;
    }
}
