package io.yuma.recompute;

import java.util.Objects;

/**
 * An option of a recompute, a conversion or a synthesis with a value it cannot take. The message
 * is the option's name in this API followed by the problem, e.g. {@code chunk must be at least 1,
 * was 0}; a command line shows {@link #problem()} after its own name for the option.
 */
public final class InvalidOptionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The options, each with its name in this API. */
    public enum Option {
        /** {@link RecomputeOptions#inputs()}. */
        INPUTS("inputs"),
        /** {@link RecomputeOptions#chunk()}. */
        CHUNK("chunk"),
        /** {@link RecomputeOptions#interleave()}, or the interleave of a conversion. */
        INTERLEAVE("interleave"),
        /** {@link RecomputeOptions#checkpointInterval()}. */
        CHECKPOINT_INTERVAL("checkpointInterval"),
        /** One of the settings {@link Overrides#parse} reads. */
        OVERRIDE("override"),
        /** The number of subnets of a synthesis. */
        SUBNETS("subnets"),
        /** The number of epochs of a synthesis. */
        EPOCHS("epochs");

        private final String label;

        Option(String label) {
            this.label = label;
        }

        /**
         * The option's name in this API.
         *
         * @return a record component's or parameter's name
         */
        public String label() {
            return label;
        }
    }

    private final Option option;
    private final String problem;

    /**
     * Creates the error.
     *
     * @param option the option
     * @param problem what is wrong with its value, e.g. {@code must be at least 1, was 0}
     * @param cause the underlying error, or null
     */
    public InvalidOptionException(Option option, String problem, Throwable cause) {
        super(Objects.requireNonNull(option, "option").label() + " " + Objects.requireNonNull(problem, "problem"),
                cause);
        this.option = option;
        this.problem = problem;
    }

    /**
     * The option whose value is wrong.
     *
     * @return the option
     */
    public Option option() {
        return option;
    }

    /**
     * What is wrong with the value, without the option's name.
     *
     * @return the problem
     */
    public String problem() {
        return problem;
    }
}
