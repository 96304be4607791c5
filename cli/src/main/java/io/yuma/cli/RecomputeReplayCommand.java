package io.yuma.cli;

import io.yuma.recompute.RecomputeMode;
import picocli.CommandLine.Command;

/** {@code yuma recompute replay}: recompute histories carrying bonds and permits forward. */
@Command(name = "replay", mixinStandardHelpOptions = true, description = {
    "Recompute histories as the chain runs them: each epoch reads the bonds and validator permits its subnet's "
            + "previous epoch wrote, every other input as recorded. A history's first epoch starts from its recorded "
            + "state. Epochs with recorded outputs are compared with them.",
    "Exit status 0 when everything matched, 1 when there were divergences or skipped records, 2 on an error."})
final class RecomputeReplayCommand extends RecomputeModeCommand {
    @Override
    RecomputeMode mode() {
        return RecomputeMode.REPLAY;
    }
}
