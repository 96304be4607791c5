package io.yuma.api;

import java.util.Arrays;
import java.util.Objects;

/**
 * Everything one epoch writes back, per uid, with FORMAT.md's {@code output} field names.
 * u16 fields are {@code int}s, u64 fields {@code long}s read unsigned.
 *
 * <p>Arrays are owned by the result: engines hand over fresh arrays and callers must not modify
 * them. {@link #equals} compares every field exactly; {@link #firstDifference} names the first
 * field and uid that differ, which is what conformance reports print.
 *
 * @param active not inactive (last_update + activity_cutoff >= current_block)
 * @param stake total stake, integer part (u64)
 * @param stakeWeight normalized stake as a u16 proportion
 * @param consensus stake-weighted median weight (u16 proportion)
 * @param validatorTrust row sum of clipped weights (u16 proportion)
 * @param incentive normalized rank (u16 proportion)
 * @param dividend normalized dividends (u16 proportion)
 * @param newValidatorPermit top-k stake permits for the next epoch
 * @param serverEmission incentive share of rao_emission (u64)
 * @param validatorEmission dividend share of rao_emission (u64)
 * @param emission combined share of rao_emission (u64)
 * @param bonds the Bonds row written for each uid (u16 values)
 * @param trace intermediates for locating divergences, or null when not requested
 */
public record EpochResult(
        boolean[] active,
        long[] stake,
        int[] stakeWeight,
        int[] consensus,
        int[] validatorTrust,
        int[] incentive,
        int[] dividend,
        boolean[] newValidatorPermit,
        long[] serverEmission,
        long[] validatorEmission,
        long[] emission,
        SparseMatrix bonds,
        EpochTrace trace) {

    /** Checks every vector has the same length and the bonds that many rows. */
    public EpochResult {
        int n = active.length;
        if (stake.length != n || stakeWeight.length != n || consensus.length != n || validatorTrust.length != n
                || incentive.length != n || dividend.length != n || newValidatorPermit.length != n
                || serverEmission.length != n || validatorEmission.length != n || emission.length != n
                || bonds.rows() != n) {
            throw new IllegalArgumentException("result vectors must all have length n = " + n);
        }
    }

    /** Number of uids. */
    public int n() {
        return active.length;
    }

    /** This result without its trace. */
    public EpochResult withoutTrace() {
        return new EpochResult(active, stake, stakeWeight, consensus, validatorTrust, incentive, dividend,
                newValidatorPermit, serverEmission, validatorEmission, emission, bonds, null);
    }

    /**
     * The first output field where {@code actual} differs from this (expected) result, or null
     * when every output field is equal. The trace is not compared.
     */
    public Difference firstDifference(EpochResult actual) {
        if (actual.n() != n()) {
            return new Difference("n", -1, Integer.toString(n()), Integer.toString(actual.n()));
        }
        Difference d;
        if ((d = Difference.of("active", active, actual.active)) != null) return d;
        if ((d = Difference.ofU64("stake", stake, actual.stake)) != null) return d;
        if ((d = Difference.of("stake_weight", stakeWeight, actual.stakeWeight)) != null) return d;
        if ((d = Difference.of("consensus", consensus, actual.consensus)) != null) return d;
        if ((d = Difference.of("validator_trust", validatorTrust, actual.validatorTrust)) != null) return d;
        if ((d = Difference.of("incentive", incentive, actual.incentive)) != null) return d;
        if ((d = Difference.of("dividend", dividend, actual.dividend)) != null) return d;
        if ((d = Difference.of("new_validator_permit", newValidatorPermit, actual.newValidatorPermit)) != null) return d;
        if ((d = Difference.ofU64("server_emission", serverEmission, actual.serverEmission)) != null) return d;
        if ((d = Difference.ofU64("validator_emission", validatorEmission, actual.validatorEmission)) != null) return d;
        if ((d = Difference.ofU64("emission", emission, actual.emission)) != null) return d;
        return Difference.ofRows("bonds", bonds, actual.bonds);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EpochResult r && firstDifference(r) == null && Objects.equals(trace, r.trace);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(stake) * 31 + bonds.hashCode();
    }

    @Override
    public String toString() {
        return "EpochResult[n=" + n() + ", stake=" + Arrays.toString(stake) + ", incentive="
                + Arrays.toString(incentive) + ", dividend=" + Arrays.toString(dividend) + "]";
    }
}
