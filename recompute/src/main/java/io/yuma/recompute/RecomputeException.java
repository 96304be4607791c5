package io.yuma.recompute;

import java.io.IOException;

/**
 * Why a recompute, a conversion or a synthesis could not go on, as a value: each subclass carries
 * the facts (the file, the record, the kind of problem) as fields, and a message built from them
 * that says what is wrong and what can be done about it in this API's words. A command line shows
 * {@link #problem()} with its own advice (its flag names) instead.
 *
 * <ul>
 *   <li>{@link BadRecordException}: a record that cannot be used (corrupt, truncated, invalid);
 *   <li>{@link RunStoppedException}: a run stopped at a bad record, its work so far kept;
 *   <li>{@link OutputExistsException}: an earlier run's outputs are in the way;
 *   <li>{@link ResumeException}: an interrupted run cannot be resumed.
 * </ul>
 */
public abstract sealed class RecomputeException extends IOException
        permits BadRecordException, RunStoppedException, OutputExistsException, ResumeException {
    private static final long serialVersionUID = 1L;

    private final String problem;

    /**
     * Creates the error.
     *
     * @param problem what is wrong, without advice
     * @param advice what can be done about it, in this API's words, or null for nothing
     * @param cause the underlying error, or null
     */
    RecomputeException(String problem, String advice, Throwable cause) {
        super(advice == null ? problem : problem + "; " + advice, cause);
        this.problem = problem;
    }

    /**
     * What is wrong, without the advice that ends the message.
     *
     * @return the problem, one line
     */
    public String problem() {
        return problem;
    }
}
