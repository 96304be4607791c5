package io.yuma.api;

import java.util.Arrays;
import java.util.Objects;

/**
 * Everything one epoch writes back, per uid, with FORMAT.md's {@code output} field names.
 * u16 fields are {@code int}s, u64 fields {@code long}s read unsigned.
 *
 * <p>Immutable: the arrays are copied on construction, the array accessors return copies, and
 * the per-uid accessors ({@link #stake(int)} and the like) read one value without copying, for
 * loops over uids. {@link #equals} compares every field exactly; {@link #firstDifference} names
 * the first field and uid that differ, which is what conformance reports print.
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

    /**
     * Checks every vector is given, with the same length, and the bonds that many rows; copies
     * the arrays.
     *
     * @throws NullPointerException naming the field that is null ({@code trace} may be null)
     * @throws IllegalArgumentException when the lengths differ
     */
    public EpochResult {
        active = Objects.requireNonNull(active, "active").clone();
        stake = Objects.requireNonNull(stake, "stake").clone();
        stakeWeight = Objects.requireNonNull(stakeWeight, "stake_weight").clone();
        consensus = Objects.requireNonNull(consensus, "consensus").clone();
        validatorTrust = Objects.requireNonNull(validatorTrust, "validator_trust").clone();
        incentive = Objects.requireNonNull(incentive, "incentive").clone();
        dividend = Objects.requireNonNull(dividend, "dividend").clone();
        newValidatorPermit = Objects.requireNonNull(newValidatorPermit, "new_validator_permit").clone();
        serverEmission = Objects.requireNonNull(serverEmission, "server_emission").clone();
        validatorEmission = Objects.requireNonNull(validatorEmission, "validator_emission").clone();
        emission = Objects.requireNonNull(emission, "emission").clone();
        Objects.requireNonNull(bonds, "bonds");
        int n = active.length;
        if (stake.length != n || stakeWeight.length != n || consensus.length != n || validatorTrust.length != n
                || incentive.length != n || dividend.length != n || newValidatorPermit.length != n
                || serverEmission.length != n || validatorEmission.length != n || emission.length != n
                || bonds.rows() != n) {
            throw new IllegalArgumentException("result vectors must all have length n = " + n);
        }
    }

    /** {@return the number of uids} */
    public int n() {
        return active.length;
    }

    /** {@return a copy of {@code active}} */
    @Override
    public boolean[] active() { return active.clone(); }
    /** {@return a copy of {@code stake}} */
    @Override
    public long[] stake() { return stake.clone(); }
    /** {@return a copy of {@code stake_weight}} */
    @Override
    public int[] stakeWeight() { return stakeWeight.clone(); }
    /** {@return a copy of {@code consensus}} */
    @Override
    public int[] consensus() { return consensus.clone(); }
    /** {@return a copy of {@code validator_trust}} */
    @Override
    public int[] validatorTrust() { return validatorTrust.clone(); }
    /** {@return a copy of {@code incentive}} */
    @Override
    public int[] incentive() { return incentive.clone(); }
    /** {@return a copy of {@code dividend}} */
    @Override
    public int[] dividend() { return dividend.clone(); }
    /** {@return a copy of {@code new_validator_permit}} */
    @Override
    public boolean[] newValidatorPermit() { return newValidatorPermit.clone(); }
    /** {@return a copy of {@code server_emission}} */
    @Override
    public long[] serverEmission() { return serverEmission.clone(); }
    /** {@return a copy of {@code validator_emission}} */
    @Override
    public long[] validatorEmission() { return validatorEmission.clone(); }
    /** {@return a copy of {@code emission}} */
    @Override
    public long[] emission() { return emission.clone(); }

    /**
     * {@return whether {@code uid} is active}
     *
     * @param uid a uid, {@code 0..n-1}
     * @throws IndexOutOfBoundsException when {@code uid} is out of range
     */
    public boolean active(int uid) { return active[uid(uid)]; }

    /**
     * {@return {@code uid}'s stake, u64}
     *
     * @param uid a uid, {@code 0..n-1}
     * @throws IndexOutOfBoundsException when {@code uid} is out of range
     */
    public long stake(int uid) { return stake[uid(uid)]; }

    /**
     * {@return {@code uid}'s stake weight, u16}
     *
     * @param uid a uid, {@code 0..n-1}
     * @throws IndexOutOfBoundsException when {@code uid} is out of range
     */
    public int stakeWeight(int uid) { return stakeWeight[uid(uid)]; }

    /**
     * {@return {@code uid}'s consensus, u16}
     *
     * @param uid a uid, {@code 0..n-1}
     * @throws IndexOutOfBoundsException when {@code uid} is out of range
     */
    public int consensus(int uid) { return consensus[uid(uid)]; }

    /**
     * {@return {@code uid}'s validator trust, u16}
     *
     * @param uid a uid, {@code 0..n-1}
     * @throws IndexOutOfBoundsException when {@code uid} is out of range
     */
    public int validatorTrust(int uid) { return validatorTrust[uid(uid)]; }

    /**
     * {@return {@code uid}'s incentive, u16}
     *
     * @param uid a uid, {@code 0..n-1}
     * @throws IndexOutOfBoundsException when {@code uid} is out of range
     */
    public int incentive(int uid) { return incentive[uid(uid)]; }

    /**
     * {@return {@code uid}'s dividend, u16}
     *
     * @param uid a uid, {@code 0..n-1}
     * @throws IndexOutOfBoundsException when {@code uid} is out of range
     */
    public int dividend(int uid) { return dividend[uid(uid)]; }

    /**
     * {@return whether {@code uid} holds a validator permit for the next epoch}
     *
     * @param uid a uid, {@code 0..n-1}
     * @throws IndexOutOfBoundsException when {@code uid} is out of range
     */
    public boolean newValidatorPermit(int uid) { return newValidatorPermit[uid(uid)]; }

    /**
     * {@return {@code uid}'s server emission, u64}
     *
     * @param uid a uid, {@code 0..n-1}
     * @throws IndexOutOfBoundsException when {@code uid} is out of range
     */
    public long serverEmission(int uid) { return serverEmission[uid(uid)]; }

    /**
     * {@return {@code uid}'s validator emission, u64}
     *
     * @param uid a uid, {@code 0..n-1}
     * @throws IndexOutOfBoundsException when {@code uid} is out of range
     */
    public long validatorEmission(int uid) { return validatorEmission[uid(uid)]; }

    /**
     * {@return {@code uid}'s combined emission, u64}
     *
     * @param uid a uid, {@code 0..n-1}
     * @throws IndexOutOfBoundsException when {@code uid} is out of range
     */
    public long emission(int uid) { return emission[uid(uid)]; }

    private int uid(int uid) {
        return Bounds.check(uid, active.length, "uid", "the result");
    }

    /** {@return this result without its trace} */
    public EpochResult withoutTrace() {
        return new EpochResult(active, stake, stakeWeight, consensus, validatorTrust, incentive, dividend,
                newValidatorPermit, serverEmission, validatorEmission, emission, bonds, null);
    }

    /**
     * The first output field where {@code actual} differs from this (expected) result. The trace
     * is not compared.
     *
     * @param actual the result to compare with this one
     * @return the first difference, or null when every output field is equal
     * @throws NullPointerException when {@code actual} is null
     */
    public Difference firstDifference(EpochResult actual) {
        Objects.requireNonNull(actual, "actual");
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
