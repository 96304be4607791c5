package io.yuma.recompute;

import io.yuma.api.SubnetInput;
import java.util.ArrayList;
import java.util.List;

/**
 * An epoch input that could not be derived exactly from the chain's state or events, and was
 * recorded as a placeholder (chain-emulator/CHAIN-STATE.md, "Not exact from state"). A record
 * names its unknown inputs in its {@link ChainOrigin}; an audit then compares only the outputs
 * that do not depend on them ({@link #outputsNotCompared}).
 *
 * <p>The outputs are named by patterns over the field names of {@code divergences.csv}: an
 * output field's name (FORMAT.md's, e.g. {@code emission}, or {@code mechanism_emission}) stands
 * for that field wherever it appears: a single mechanism's output, each mechanism's
 * ({@code mechanisms[1].emission}) and the aggregated terms ({@code subnet.emission});
 * {@link #AGGREGATED_OUTPUTS} stands for every aggregated term ({@code subnet.FIELD}), and
 * {@link #EVERY_OUTPUT} for the whole epoch.
 */
public enum UnknownInput {
    /**
     * {@code rao_emission}: the subnet's emission for the epoch, the parent block's pending
     * emission plus the epoch block's own increments, which no storage item or event holds.
     */
    RAO_EMISSION,
    /**
     * {@code weights} of a mechanism: timelocked commits revealed in the epoch block before the
     * epoch ran, so the parent state's weights are not the ones the epoch read.
     */
    WEIGHTS,
    /** {@code last_update} of a mechanism, changed with the weights by a reveal in the epoch block. */
    LAST_UPDATE,
    /**
     * {@code owner_uid}: the subnet owner changed in the epoch block before the epoch ran
     * (spec 425's {@code change_subnet_owner_if_needed}), and the new owner could not be told.
     */
    OWNER_UID,
    /** {@code alpha_stake} or {@code tao_stake}: a uid's inherited stake could not be derived exactly. */
    STAKE,
    /** {@code commit_block}: a uid's earliest unexpired weight commit could not be told exactly. */
    COMMIT_BLOCK;

    /** The pattern for every output of the epoch: nothing of it can be compared. */
    public static final String EVERY_OUTPUT = "*";
    /** The pattern for every aggregated term of a subnet epoch ({@code subnet.FIELD}). */
    public static final String AGGREGATED_OUTPUTS = "subnet.*";

    private static final List<String> EMISSIONS = List.of("server_emission", "validator_emission", "emission",
            "mechanism_emission");

    /**
     * The recorded outputs that stop being comparable when this input is unknown, as patterns
     * over {@code divergences.csv}'s field names (see the type's description).
     * {@link #RAO_EMISSION} decides the emissions: {@code server_emission},
     * {@code validator_emission}, {@code emission} and {@code mechanism_emission}; with two or
     * more mechanisms also every aggregated term, since the aggregation weighs each mechanism by
     * {@code sub_emission / rao_emission} (with one the weight is 1 whatever the emission). Every
     * other input reaches every output: the whole epoch, {@link #EVERY_OUTPUT}.
     *
     * @param mechanismCount the epoch's mechanism count, 1 for a single mechanism's epoch
     * @return the patterns, in a fixed order
     * @throws IllegalArgumentException when {@code mechanismCount} is not 1 to 16
     */
    public List<String> outputsNotCompared(int mechanismCount) {
        if (mechanismCount < 1 || mechanismCount > SubnetInput.MAX_MECHANISMS) {
            throw new IllegalArgumentException("mechanism count " + mechanismCount + " is not 1 to "
                    + SubnetInput.MAX_MECHANISMS);
        }
        if (this != RAO_EMISSION) {
            return List.of(EVERY_OUTPUT);
        }
        if (mechanismCount == 1) {
            return EMISSIONS;
        }
        List<String> patterns = new ArrayList<>(EMISSIONS);
        patterns.add(AGGREGATED_OUTPUTS);
        return List.copyOf(patterns);
    }

    /**
     * Whether a {@code divergences.csv} field name is one of {@code patterns}.
     *
     * @param patterns patterns as {@link #outputsNotCompared} gives them
     * @param field a field name: {@code emission}, {@code mechanisms[1].dividend},
     *     {@code mechanism_emission[0]}, {@code subnet.stake}, {@code n}, ...
     * @return true when a pattern stands for it
     */
    static boolean covers(List<String> patterns, String field) {
        String name = field.substring(field.lastIndexOf('.') + 1);
        int index = name.indexOf('[');
        String bare = index < 0 ? name : name.substring(0, index);
        for (String pattern : patterns) {
            if (pattern.equals(EVERY_OUTPUT) || pattern.equals(bare)
                    || (pattern.equals(AGGREGATED_OUTPUTS) && field.startsWith("subnet."))) {
                return true;
            }
        }
        return false;
    }
}
