package io.yuma.recompute;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An output that would overwrite what an earlier run left, refused because replacing was not asked
 * for ({@link RecomputeOptions.Existing#REFUSE}, or {@code replace} false in {@link Converter} and
 * {@link Synthesizer}).
 */
public final class OutputExistsException extends RecomputeException {
    private static final long serialVersionUID = 1L;

    /** What is in the way. */
    public enum Kind {
        /** The output directory holds the journal of an interrupted recompute. */
        INTERRUPTED_RUN,
        /** The output directory holds a completed recompute's outputs. */
        RUN_OUTPUTS,
        /** The archive to write exists. */
        ARCHIVE,
        /** The directory to write vector files to already holds some. */
        VECTOR_FILES
    }

    private final Kind kind;
    private final transient Path output;
    private final transient Path found;

    /**
     * Creates the error.
     *
     * @param kind what is in the way
     * @param output the output (directory or archive) that was asked for
     * @param found the first file found in the way (the output itself for an archive)
     */
    public OutputExistsException(Kind kind, Path output, Path found) {
        super(problem(kind, output, found), advice(kind), null);
        this.kind = kind;
        this.output = output;
        this.found = found;
    }

    private static String problem(Kind kind, Path output, Path found) {
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(found, "found");
        return switch (Objects.requireNonNull(kind, "kind")) {
            case INTERRUPTED_RUN -> output + " holds an interrupted run";
            case RUN_OUTPUTS -> output + " already holds recompute outputs (" + found.getFileName() + ")";
            case ARCHIVE -> output + " exists";
            case VECTOR_FILES -> output + " already holds vector files";
        };
    }

    private static String advice(Kind kind) {
        return switch (kind) {
            case INTERRUPTED_RUN -> "resume it, or start over replacing it";
            case RUN_OUTPUTS, VECTOR_FILES -> "replace them, or choose another directory";
            case ARCHIVE -> "replace it, or choose another name";
        };
    }

    /**
     * What is in the way.
     *
     * @return the kind of earlier output
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The output that was asked for.
     *
     * @return the output directory or archive
     */
    public Path output() {
        return output;
    }

    /**
     * The first file found in the way.
     *
     * @return a file in the output directory, or the archive itself
     */
    public Path found() {
        return found;
    }
}
