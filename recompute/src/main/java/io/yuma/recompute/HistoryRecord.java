package io.yuma.recompute;

import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import java.util.Objects;

/**
 * One recorded epoch of one subnet's history: what a history source yields and what an archive
 * record holds.
 *
 * @param subnet names the subnet whose history this epoch belongs to (a netuid, a vector name)
 * @param family the vector family it came from ({@code sequence}, {@code random}, ...), may be empty
 * @param epoch the epoch's number in its subnet's history; consecutive epochs differ by one
 * @param sequence true when the epoch came from (or goes to) a {@code sequence} file
 * @param last true when no later epoch of this history follows, so replay can drop its state
 * @param input the recorded input
 * @param recorded the recorded output, or null when the history holds inputs only
 * @param location where the record was read, for messages
 */
public record HistoryRecord(String subnet, String family, long epoch, boolean sequence, boolean last,
        EpochInput input, EpochResult recorded, RecordLocation location) {
    /**
     * Checks the required parts are present.
     *
     * @throws NullPointerException naming a missing part
     */
    public HistoryRecord {
        Objects.requireNonNull(subnet, "subnet");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(location, "location");
    }

    /**
     * This record with another input (hyperparameter overrides, carried state).
     *
     * @param changed the input to use
     * @return a record that differs from this one in its input only
     */
    public HistoryRecord withInput(EpochInput changed) {
        return new HistoryRecord(subnet, family, epoch, sequence, last, changed, recorded, location);
    }
}
