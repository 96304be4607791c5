package io.yuma.api;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One subnet's epoch as the chain runs it since runtime spec 320 ({@code epoch_with_mechanisms}):
 * the inputs of each of its mechanisms and the emission split between them.
 *
 * <p>Each mechanism is a full {@link EpochInput} carrying that mechanism's {@code last_update},
 * {@code commit_block}, {@code weights} and {@code bonds} (read at the mechanism's storage index)
 * and the fields every mechanism shares (stakes, permits, registration blocks, hyperparameters,
 * and {@code rao_emission}, the whole subnet's emission). The shared fields must agree across
 * mechanisms. Immutable.
 */
public final class SubnetInput {
    /** The chain's MAX_MECHANISM_COUNT_PER_SUBNET. */
    public static final int MAX_MECHANISMS = 16;
    /**
     * The chain refuses a mechanism count whose product with the subnet's uid limit exceeds this
     * (TooManyUIDsPerMechanism); here it bounds n times the mechanism count.
     */
    public static final int MAX_UIDS_ACROSS_MECHANISMS = 256;

    private final List<EpochInput> mechanisms;
    private final int[] emissionSplit;

    private SubnetInput(List<EpochInput> mechanisms, int[] emissionSplit) {
        this.mechanisms = mechanisms;
        this.emissionSplit = emissionSplit;
    }

    /**
     * A subnet of the given mechanisms.
     *
     * @param mechanisms each mechanism's input, mechanism 0 first (MechanismCountCurrent of them)
     * @param emissionSplit MechanismEmissionSplit as stored (u16 entries), or null when unset
     * @return the validated input
     * @throws InvalidInputException when there are no or more than 16 mechanisms, n times their
     *     count exceeds 256, a split entry is not a u16, or a shared field differs between
     *     mechanisms (named as {@code mechanisms[m].field})
     * @throws NullPointerException when {@code mechanisms} or one of them is null
     */
    public static SubnetInput of(List<EpochInput> mechanisms, int[] emissionSplit) {
        Objects.requireNonNull(mechanisms, "mechanisms");
        List<EpochInput> copy = List.copyOf(mechanisms);
        if (copy.isEmpty() || copy.size() > MAX_MECHANISMS) {
            throw new InvalidInputException("mechanisms", -1,
                    "has " + copy.size() + " mechanisms, expected 1 to " + MAX_MECHANISMS);
        }
        int n = copy.getFirst().n();
        if (n * copy.size() > MAX_UIDS_ACROSS_MECHANISMS) {
            throw new InvalidInputException("mechanisms", -1, "n = " + n + " times " + copy.size()
                    + " mechanisms is " + n * copy.size() + ", above the chain's limit of "
                    + MAX_UIDS_ACROSS_MECHANISMS + " (TooManyUIDsPerMechanism)");
        }
        for (int m = 1; m < copy.size(); m++) {
            SharedFields.requireEqual(copy.getFirst(), copy.get(m), "mechanisms[" + m + "].");
        }
        if (emissionSplit != null) {
            for (int i = 0; i < emissionSplit.length; i++) {
                if (emissionSplit[i] < 0 || emissionSplit[i] > 0xFFFF) {
                    throw new InvalidInputException("mechanism_emission_split", -1,
                            "entry " + i + " is " + emissionSplit[i] + ", expected a u16 (0..65535)");
                }
            }
        }
        return new SubnetInput(copy, emissionSplit == null ? null : emissionSplit.clone());
    }

    /** {@return MechanismCountCurrent, 1 to 16} */
    public int mechanismCount() {
        return mechanisms.size();
    }

    /** {@return the number of uids, the same in every mechanism} */
    public int n() {
        return mechanisms.getFirst().n();
    }

    /** {@return the whole subnet's emission this epoch, u64} */
    public long raoEmission() {
        return mechanisms.getFirst().raoEmission();
    }

    /**
     * One mechanism's input.
     *
     * @param mechanism the mechanism index
     * @return that mechanism's input as given, with the whole subnet's {@code rao_emission}
     * @throws IndexOutOfBoundsException naming the index and the count
     */
    public EpochInput mechanism(int mechanism) {
        Objects.checkIndex(mechanism, mechanisms.size());
        return mechanisms.get(mechanism);
    }

    /** {@return every mechanism's input, mechanism 0 first (an unmodifiable list)} */
    public List<EpochInput> mechanisms() {
        return mechanisms;
    }

    /** {@return a copy of MechanismEmissionSplit, or null when unset} */
    public int[] emissionSplit() {
        return emissionSplit == null ? null : emissionSplit.clone();
    }

    /** {@return each mechanism's share of the emission ({@link EmissionSplit#split})} */
    public long[] splitEmission() {
        return EmissionSplit.split(raoEmission(), mechanismCount(), emissionSplit);
    }

    /**
     * The input {@code epoch_mechanism} reads for one mechanism: its own fields with its share of
     * the emission.
     *
     * @param mechanism the mechanism index
     * @param share the mechanism's share, from {@link #splitEmission()}
     * @return that mechanism's epoch input
     */
    public EpochInput mechanismInput(int mechanism, long share) {
        return mechanism(mechanism).withRaoEmission(share);
    }

    @Override
    public String toString() {
        return "SubnetInput[n=" + n() + ", mechanisms=" + mechanismCount() + ", split="
                + (emissionSplit == null ? "null" : Arrays.toString(emissionSplit)) + "]";
    }
}
