package io.yuma.api;

import java.util.List;
import java.util.Objects;

/**
 * What {@code epoch_with_mechanisms} computes for one subnet: each mechanism's share of the
 * emission, each mechanism's full epoch result (its {@code incentive} and {@code bonds} are what
 * the chain stores at the mechanism's index), and the terms aggregated over the mechanisms.
 *
 * <p>{@code subnet} holds, per uid, what the chain stores for the netuid ({@code active},
 * {@code emission}, {@code consensus}, {@code dividend}, {@code validator_trust},
 * {@code new_validator_permit}, {@code stake_weight}) and the aggregated {@code incentive},
 * {@code server_emission}, {@code validator_emission} and {@code stake}; its bonds are empty rows
 * (the chain's aggregate keeps none) and it has no trace.
 *
 * @param mechanismEmission each mechanism's share of {@code rao_emission}, u64
 * @param mechanisms each mechanism's result, mechanism 0 first
 * @param subnet the aggregated terms
 */
public record SubnetResult(long[] mechanismEmission, List<EpochResult> mechanisms, EpochResult subnet) {

    /**
     * Checks the parts against each other.
     *
     * @throws IllegalArgumentException when the counts or uid counts disagree
     * @throws NullPointerException when a part is null
     */
    public SubnetResult {
        Objects.requireNonNull(mechanismEmission, "mechanismEmission");
        Objects.requireNonNull(subnet, "subnet");
        mechanisms = List.copyOf(Objects.requireNonNull(mechanisms, "mechanisms"));
        if (mechanisms.size() != mechanismEmission.length) {
            throw new IllegalArgumentException(mechanisms.size() + " mechanism results but "
                    + mechanismEmission.length + " mechanism emissions");
        }
        for (int m = 0; m < mechanisms.size(); m++) {
            if (mechanisms.get(m).n() != subnet.n()) {
                throw new IllegalArgumentException("mechanism " + m + " has n = " + mechanisms.get(m).n()
                        + " but the subnet terms have n = " + subnet.n());
            }
        }
        mechanismEmission = mechanismEmission.clone();
    }

    /** {@return a copy of each mechanism's share of the emission} */
    @Override
    public long[] mechanismEmission() {
        return mechanismEmission.clone();
    }

    /** {@return MechanismCountCurrent} */
    public int mechanismCount() {
        return mechanisms.size();
    }

    /** {@return the number of uids} */
    public int n() {
        return subnet.n();
    }

    /**
     * The first field where {@code actual} differs from this (expected) result, in the order
     * mechanism emissions, mechanism results (mechanism 0 first), aggregated terms; field names
     * carry their place, e.g. {@code mechanisms[1].dividend} or {@code subnet.emission}.
     *
     * @param actual the result to compare
     * @return the first difference, or null when equal (traces aside)
     */
    public Difference firstDifference(SubnetResult actual) {
        if (actual.mechanismCount() != mechanismCount()) {
            return new Difference("mechanisms", -1, Integer.toString(mechanismCount()),
                    Integer.toString(actual.mechanismCount()));
        }
        for (int m = 0; m < mechanismCount(); m++) {
            if (mechanismEmission[m] != actual.mechanismEmission[m]) {
                return new Difference("mechanism_emission[" + m + "]", -1, Long.toUnsignedString(mechanismEmission[m]),
                        Long.toUnsignedString(actual.mechanismEmission[m]));
            }
        }
        for (int m = 0; m < mechanismCount(); m++) {
            Difference d = mechanisms.get(m).firstDifference(actual.mechanisms.get(m));
            if (d != null) {
                return d.within("mechanisms[" + m + "].");
            }
        }
        Difference d = subnet.firstDifference(actual.subnet);
        return d == null ? null : d.within("subnet.");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SubnetResult r && firstDifference(r) == null;
    }

    @Override
    public int hashCode() {
        return subnet.hashCode() * 31 + mechanisms.size();
    }

    @Override
    public String toString() {
        return "SubnetResult[n=" + n() + ", mechanisms=" + mechanismCount() + ", subnet=" + subnet + "]";
    }
}
