package io.yuma.recompute;

import java.util.Set;

/**
 * The outputs the chain stores, by {@code divergences.csv} field name: an audit of a chain record
 * ({@link HistoryRecord#origin()}) compares only these, since a fetch can read nothing else from
 * state (the other fields of its recorded output hold 0). Per mechanism the chain stores
 * {@code Incentive} and {@code Bonds} ({@code mechanisms[m].incentive}, {@code mechanisms[m].bonds});
 * per netuid {@code Active}, {@code Emission}, {@code Consensus}, {@code Dividends},
 * {@code ValidatorTrust}, {@code ValidatorPermit} and {@code StakeWeight} ({@code subnet.FIELD});
 * a single mechanism's epoch stores all of these under their plain names. The sizes ({@code n},
 * {@code mechanisms}) are compared too.
 */
final class ChainStoredOutputs {
    private static final Set<String> PER_MECHANISM = Set.of("incentive", "bonds");
    private static final Set<String> PER_NETUID = Set.of("active", "emission", "consensus", "dividend",
            "validator_trust", "new_validator_permit", "stake_weight");

    private ChainStoredOutputs() {
    }

    /** Whether the chain stores the output named {@code field}. */
    static boolean stored(String field) {
        if (field.equals("n") || field.equals("mechanisms")) {
            return true;
        }
        if (field.startsWith("mechanisms[")) {
            return PER_MECHANISM.contains(field.substring(field.indexOf('.') + 1));
        }
        if (field.startsWith("subnet.")) {
            return PER_NETUID.contains(field.substring("subnet.".length()));
        }
        return PER_MECHANISM.contains(field) || PER_NETUID.contains(field);
    }
}
