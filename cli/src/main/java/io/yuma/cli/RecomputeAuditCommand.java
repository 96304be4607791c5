package io.yuma.cli;

import io.yuma.recompute.RecomputeMode;
import picocli.CommandLine.Command;

/** {@code yuma recompute audit}: recompute each epoch from its recorded input and compare. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = {
    "Compute every recorded epoch from its recorded input and compare it with its recorded output, reporting every "
            + "divergence (subnet, epoch, uid, field, recorded, computed) in divergences.csv.",
    "Exit status 0 when everything matched, 1 when there were divergences or skipped records, 2 on an error."})
final class RecomputeAuditCommand extends RecomputeModeCommand {
    @Override
    RecomputeMode mode() {
        return RecomputeMode.AUDIT;
    }
}
