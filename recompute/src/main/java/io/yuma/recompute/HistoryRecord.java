package io.yuma.recompute;

import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.api.SubnetInput;
import io.yuma.api.SubnetResult;
import java.util.Objects;

/**
 * One recorded epoch of one subnet's history: what a history source yields and what an archive
 * record holds. The epoch is of one of two kinds, and a history holds one kind: a
 * single-mechanism epoch ({@link #input()}, {@link #recorded()}: what {@code epoch_mechanism}
 * reads and writes) or a subnet epoch with mechanisms ({@link #subnetInput()},
 * {@link #subnetRecorded()}: what {@code epoch_with_mechanisms} reads and writes, FORMAT.md's
 * families {@code subnet} and {@code subnet-sequence}). The two components of the other kind
 * are null, and their accessors refuse to be read, so code written for one kind cannot take an
 * epoch of the other for an empty one.
 *
 * @param subnet names the subnet whose history this epoch belongs to (a netuid, a vector name)
 * @param family the vector family it came from ({@code sequence}, {@code subnet}, ...), may be empty
 * @param epoch the epoch's number in its subnet's history; consecutive epochs differ by one
 * @param sequence true when the epoch came from (or goes to) a sequence file ({@code sequence},
 *     {@code subnet-sequence})
 * @param last true when no later epoch of this history follows, so replay can drop its state
 * @param input the recorded single-mechanism input, or null for a subnet epoch
 * @param recorded the recorded single-mechanism output, or null when the history holds inputs
 *     only or the epoch is a subnet's
 * @param subnetInput the recorded subnet input, or null for a single-mechanism epoch
 * @param subnetRecorded the recorded subnet output, or null when the history holds inputs only or
 *     the epoch is a single mechanism's
 * @param location where the record was read, for messages
 * @param origin where on the chain the epoch came from, or null when it did not come from a chain
 */
public record HistoryRecord(String subnet, String family, long epoch, boolean sequence, boolean last,
        EpochInput input, EpochResult recorded, SubnetInput subnetInput, SubnetResult subnetRecorded,
        RecordLocation location, ChainOrigin origin) {
    /**
     * Checks the required parts are present and the epoch is of one kind.
     *
     * @throws NullPointerException naming a missing part
     * @throws IllegalArgumentException when the epoch has inputs of both kinds or of none, or an
     *     output of the other kind than its input
     */
    public HistoryRecord {
        Objects.requireNonNull(subnet, "subnet");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(location, "location");
        if ((input == null) == (subnetInput == null)) {
            throw new IllegalArgumentException(location + ": a record holds a single-mechanism input or a subnet "
                    + "input, exactly one of them");
        }
        if (input == null ? recorded != null : subnetRecorded != null) {
            throw new IllegalArgumentException(location + ": the recorded output is not of the input's kind");
        }
    }

    /**
     * An epoch of either kind that did not come from a chain (no {@link #origin()}).
     *
     * @param subnet names the subnet whose history this epoch belongs to
     * @param family the vector family it came from, may be empty
     * @param epoch the epoch's number in its subnet's history
     * @param sequence true when the epoch came from (or goes to) a sequence file
     * @param last true when no later epoch of this history follows
     * @param input the recorded single-mechanism input, or null for a subnet epoch
     * @param recorded the recorded single-mechanism output, or null
     * @param subnetInput the recorded subnet input, or null for a single-mechanism epoch
     * @param subnetRecorded the recorded subnet output, or null
     * @param location where the record was read, for messages
     * @throws NullPointerException naming a missing part
     * @throws IllegalArgumentException when the epoch has inputs of both kinds or of none, or an
     *     output of the other kind than its input
     */
    public HistoryRecord(String subnet, String family, long epoch, boolean sequence, boolean last,
            EpochInput input, EpochResult recorded, SubnetInput subnetInput, SubnetResult subnetRecorded,
            RecordLocation location) {
        this(subnet, family, epoch, sequence, last, input, recorded, subnetInput, subnetRecorded, location, null);
    }

    /**
     * A single-mechanism epoch.
     *
     * @param subnet names the subnet whose history this epoch belongs to
     * @param family the vector family it came from, may be empty
     * @param epoch the epoch's number in its subnet's history
     * @param sequence true when the epoch came from (or goes to) a {@code sequence} file
     * @param last true when no later epoch of this history follows
     * @param input the recorded input
     * @param recorded the recorded output, or null when the history holds inputs only
     * @param location where the record was read, for messages
     * @throws NullPointerException naming a missing part
     */
    public HistoryRecord(String subnet, String family, long epoch, boolean sequence, boolean last,
            EpochInput input, EpochResult recorded, RecordLocation location) {
        this(subnet, family, epoch, sequence, last, Objects.requireNonNull(input, "input"), recorded, null, null,
                location, null);
    }

    /**
     * A subnet epoch with mechanisms.
     *
     * @param subnet names the subnet whose history this epoch belongs to
     * @param family the vector family it came from, may be empty
     * @param epoch the epoch's number in its subnet's history
     * @param sequence true when the epoch came from (or goes to) a {@code subnet-sequence} file
     * @param last true when no later epoch of this history follows
     * @param input the recorded subnet input
     * @param recorded the recorded subnet output, or null when the history holds inputs only
     * @param location where the record was read, for messages
     * @throws NullPointerException naming a missing part
     */
    public HistoryRecord(String subnet, String family, long epoch, boolean sequence, boolean last,
            SubnetInput input, SubnetResult recorded, RecordLocation location) {
        this(subnet, family, epoch, sequence, last, null, null, Objects.requireNonNull(input, "input"), recorded,
                location, null);
    }

    /**
     * Whether the epoch is a subnet's with mechanisms.
     *
     * @return true for a subnet epoch, false for a single-mechanism one
     */
    public boolean isSubnet() {
        return subnetInput != null;
    }

    /**
     * The number of uids.
     *
     * @return n, of either kind of input
     */
    public int n() {
        return isSubnet() ? subnetInput.n() : input.n();
    }

    /**
     * How many uid-sized units the epoch computes: n for a single mechanism, n times the
     * mechanism count for a subnet. Bounds a chunk's work and memory.
     *
     * @return the uids over every mechanism
     */
    public long uidsComputed() {
        return isSubnet() ? (long) subnetInput.n() * subnetInput.mechanismCount() : input.n();
    }

    /**
     * Whether the record holds its recorded output, of either kind.
     *
     * @return true when there is a recorded output to compare with
     */
    public boolean hasRecorded() {
        return recorded != null || subnetRecorded != null;
    }

    /**
     * The recorded single-mechanism input.
     *
     * @return the input
     * @throws IllegalStateException for a subnet epoch (read {@link #subnetInput()})
     */
    @Override
    public EpochInput input() {
        requireKind(false);
        return input;
    }

    /**
     * The recorded single-mechanism output.
     *
     * @return the output, or null when the history holds inputs only
     * @throws IllegalStateException for a subnet epoch (read {@link #subnetRecorded()})
     */
    @Override
    public EpochResult recorded() {
        requireKind(false);
        return recorded;
    }

    /**
     * The recorded subnet input.
     *
     * @return the input
     * @throws IllegalStateException for a single-mechanism epoch (read {@link #input()})
     */
    @Override
    public SubnetInput subnetInput() {
        requireKind(true);
        return subnetInput;
    }

    /**
     * The recorded subnet output.
     *
     * @return the output, or null when the history holds inputs only
     * @throws IllegalStateException for a single-mechanism epoch (read {@link #recorded()})
     */
    @Override
    public SubnetResult subnetRecorded() {
        requireKind(true);
        return subnetRecorded;
    }

    private void requireKind(boolean subnetKind) {
        if (isSubnet() != subnetKind) {
            throw new IllegalStateException(location + ": the epoch is " + (isSubnet()
                    ? "a subnet's with mechanisms: read subnetInput() and subnetRecorded()"
                    : "a single mechanism's: read input() and recorded()"));
        }
    }

    /**
     * This record with another single-mechanism input (hyperparameter overrides, carried state).
     *
     * @param changed the input to use
     * @return a record that differs from this one in its input only
     * @throws IllegalStateException for a subnet epoch
     */
    public HistoryRecord withInput(EpochInput changed) {
        requireKind(false);
        return new HistoryRecord(subnet, family, epoch, sequence, last, changed, recorded, null, null, location,
                origin);
    }

    /**
     * This record with another subnet input (hyperparameter overrides, carried state).
     *
     * @param changed the input to use
     * @return a record that differs from this one in its input only
     * @throws IllegalStateException for a single-mechanism epoch
     */
    public HistoryRecord withSubnetInput(SubnetInput changed) {
        requireKind(true);
        return new HistoryRecord(subnet, family, epoch, sequence, last, null, null, changed, subnetRecorded, location,
                origin);
    }

    /**
     * This record's epoch placed in another history: the same input and chain origin, and the
     * recorded output when asked for.
     *
     * @param otherSubnet the history's subnet name
     * @param otherFamily its family
     * @param otherEpoch the epoch's number in it
     * @param otherSequence whether it is a sequence
     * @param otherLast whether the epoch is its last
     * @param withRecorded false to leave the recorded output out
     * @return the record
     */
    public HistoryRecord placedIn(String otherSubnet, String otherFamily, long otherEpoch, boolean otherSequence,
            boolean otherLast, boolean withRecorded) {
        return new HistoryRecord(otherSubnet, otherFamily, otherEpoch, otherSequence, otherLast, input,
                withRecorded ? recorded : null, subnetInput, withRecorded ? subnetRecorded : null, location, origin);
    }

    /**
     * This record with a chain origin: where on the chain its epoch came from.
     *
     * @param chainOrigin the origin, or null for a record that did not come from a chain
     * @return a record that differs from this one in its origin only
     */
    public HistoryRecord withOrigin(ChainOrigin chainOrigin) {
        return new HistoryRecord(subnet, family, epoch, sequence, last, input, recorded, subnetInput, subnetRecorded,
                location, chainOrigin);
    }

    /**
     * The mechanism count of the epoch: 1 for a single mechanism's.
     *
     * @return the number of mechanisms computed
     */
    public int mechanismCount() {
        return isSubnet() ? subnetInput.mechanismCount() : 1;
    }
}
