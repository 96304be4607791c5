package io.yuma.testkit;

import io.yuma.api.Difference;
import io.yuma.vector.SubnetEpoch;
import io.yuma.vector.VectorEpoch;

/**
 * Checks that consecutive epochs of a sequence follow on, as FORMAT.md requires: an epoch's
 * {@code bonds} input is the previous epoch's {@code bonds} output and its
 * {@code validator_permit} input the previous {@code new_validator_permit}; in a subnet sequence
 * each mechanism's bonds follow on and the shared permits are the previous aggregated
 * {@code subnet.new_validator_permit}. Without this check reversed or spliced epochs pass, each
 * one matching on its own.
 */
final class SequenceLinks {
    private SequenceLinks() {
    }

    /**
     * Where {@code next} does not follow from {@code previous}.
     *
     * @param previous an epoch
     * @param next the epoch after it in the sequence
     * @return the first input field (and uid) that is not the previous output, expected being the
     *     previous output's value; null when the epochs follow on
     */
    static Difference firstBreak(VectorEpoch previous, VectorEpoch next) {
        Difference bonds = Difference.ofRows("input.bonds", previous.expected().bonds(), next.input().bonds());
        return bonds != null ? bonds
                : permits(previous.expected().newValidatorPermit(), next.input().validatorPermits());
    }

    /**
     * Where subnet epoch {@code next} does not follow from {@code previous}.
     *
     * @param previous a subnet epoch
     * @param next the subnet epoch after it in the sequence
     * @return the first input field (and uid) that is not the previous output, null when the
     *     epochs follow on
     */
    static Difference firstBreak(SubnetEpoch previous, SubnetEpoch next) {
        int before = previous.expected().mechanismCount();
        int after = next.input().mechanismCount();
        if (before != after) {
            return new Difference("input.mechanisms", -1, before + " mechanisms", after + " mechanisms");
        }
        for (int m = 0; m < after; m++) {
            Difference bonds = Difference.ofRows("input.mechanisms[" + m + "].bonds",
                    previous.expected().mechanisms().get(m).bonds(), next.input().mechanism(m).bonds());
            if (bonds != null) {
                return bonds;
            }
        }
        // every mechanism shares the permits, so mechanism 0's are the subnet's
        return permits(previous.expected().subnet().newValidatorPermit(), next.input().mechanism(0).validatorPermits());
    }

    private static Difference permits(boolean[] previous, boolean[] next) {
        String field = "input.validator_permit";
        if (previous.length != next.length) {
            return new Difference(field, -1, "length " + previous.length, "length " + next.length);
        }
        for (int uid = 0; uid < next.length; uid++) {
            if (previous[uid] != next[uid]) {
                return new Difference(field, uid, Boolean.toString(previous[uid]), Boolean.toString(next[uid]));
            }
        }
        return null;
    }
}
