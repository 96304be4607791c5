package io.yuma.cli;

import io.yuma.recompute.BadRecordException;
import io.yuma.recompute.InvalidOptionException;
import io.yuma.recompute.OutputExistsException;
import io.yuma.recompute.RecomputeException;
import io.yuma.recompute.ResumeException;
import io.yuma.recompute.RunStoppedException;

/**
 * The recompute library's errors in the words of {@code yuma recompute}: each typed error's facts
 * with the flags that deal with it ({@code --force}, {@code --resume}, {@code --on-error}), where
 * the library's own messages speak of its options.
 */
final class RecomputeMessages {
    private RecomputeMessages() {
    }

    /** The one-line message for a recompute error, with the flags that deal with it. */
    static String describe(RecomputeException error) {
        return switch (error) {
            case BadRecordException bad -> bad.getMessage();
            case RunStoppedException stopped -> stopped.problem() + " (--on-error=stop): what came before it is kept in "
                    + stopped.output() + ", continue past it with --resume --on-error=skip";
            case OutputExistsException exists -> exists.problem() + ": " + switch (exists.kind()) {
                case INTERRUPTED_RUN -> "continue it with --resume, or start over with --force";
                case RUN_OUTPUTS, VECTOR_FILES -> "replace them with --force, or choose another directory";
                case ARCHIVE -> "replace it with --force, or choose another name";
            };
            case ResumeException resume -> resume.problem() + "; " + switch (resume.kind()) {
                case NOTHING_TO_RESUME -> "run it without --resume";
                case RUN_COMPLETE -> "run it again with --force";
                case OTHER_RUN -> "run again with the same ones, or start over with --force";
                case DAMAGED, INPUTS_CHANGED -> "start over with --force";
            };
        };
    }

    /** The one-line message for an option the library refused, under the option's flag. */
    static String describe(InvalidOptionException error) {
        String flag = switch (error.option()) {
            case INPUTS -> "PATH";
            case CHUNK -> "--chunk";
            case INTERLEAVE -> "--interleave";
            case CHECKPOINT_INTERVAL -> "--checkpoint-interval";
            case OVERRIDE -> "--set";
            case SUBNETS -> "--subnets";
            case EPOCHS -> "--epochs";
        };
        return flag + " " + error.problem();
    }
}
