package io.yuma.recompute;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A run asked to resume ({@link RecomputeOptions.Existing#RESUME}) that cannot: there is nothing
 * to resume, the output directory belongs to another run, or what the last checkpoint recorded
 * no longer matches the files.
 */
public final class ResumeException extends RecomputeException {
    private static final long serialVersionUID = 1L;

    /** Why the run cannot resume. */
    public enum Kind {
        /** The output directory has no journal of an interrupted run. */
        NOTHING_TO_RESUME,
        /** The run in the output directory completed. */
        RUN_COMPLETE,
        /** The journal belongs to a run with other inputs, mode or output options. */
        OTHER_RUN,
        /** The journal, a partial output or a replay state file is damaged or was changed since its checkpoint. */
        DAMAGED,
        /** The inputs no longer hold the position the last checkpoint recorded. */
        INPUTS_CHANGED
    }

    private final Kind kind;
    private final transient Path file;

    /**
     * Creates the error.
     *
     * @param kind why the run cannot resume
     * @param file the file or directory the problem is in
     * @param problem what is wrong, naming that file
     */
    public ResumeException(Kind kind, Path file, String problem) {
        this(kind, file, problem, null);
    }

    /**
     * Creates the error.
     *
     * @param kind why the run cannot resume
     * @param file the file or directory the problem is in
     * @param problem what is wrong, naming that file
     * @param cause the underlying error, or null
     */
    public ResumeException(Kind kind, Path file, String problem, Throwable cause) {
        super(problem, advice(kind), cause);
        this.kind = kind;
        this.file = Objects.requireNonNull(file, "file");
    }

    private static String advice(Kind kind) {
        return switch (Objects.requireNonNull(kind, "kind")) {
            case NOTHING_TO_RESUME -> "start the run without resuming";
            case RUN_COMPLETE -> "start over replacing its outputs to run it again";
            case OTHER_RUN -> "resume with the same inputs and options, or start over replacing its outputs";
            case DAMAGED, INPUTS_CHANGED -> "start over replacing its outputs";
        };
    }

    /**
     * Why the run cannot resume.
     *
     * @return the kind of problem
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The file or directory the problem is in.
     *
     * @return the output directory, the journal, a partial output, a state file or an input
     */
    public Path file() {
        return file;
    }
}
