package io.yuma.vector;

import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.api.EpochTrace;
import io.yuma.api.InvalidInputException;
import io.yuma.api.SparseMatrix;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * FORMAT.md's {@code input}, {@code output} and {@code trace} objects, field by field, tied to
 * {@link EpochInput}, {@link EpochResult} and {@link EpochTrace}. The reader and the writer both
 * use these tables, so a field cannot be read under one name and written under another.
 */
final class VectorSchema {
    /** Every input field is required; {@link EpochInput.Builder#build()} checks lengths and ranges. */
    static final Schema<EpochInput.Builder, EpochInput> INPUT = new Schema<>("input", "", true, List.of(
            new Field<>("n", Kind.U16, EpochInput.Builder::n, EpochInput::n),
            new Field<>("current_block", Kind.U64, EpochInput.Builder::currentBlock, EpochInput::currentBlock),
            new Field<>("tempo", Kind.U16, EpochInput.Builder::tempo, EpochInput::tempo),
            new Field<>("activity_cutoff", Kind.U64, EpochInput.Builder::activityCutoff, EpochInput::activityCutoff),
            new Field<>("last_mechanism_step_block", Kind.U64, EpochInput.Builder::lastMechanismStepBlock,
                    EpochInput::lastMechanismStepBlock),
            new Field<>("kappa", Kind.U16, EpochInput.Builder::kappa, EpochInput::kappa),
            new Field<>("bonds_penalty", Kind.U16, EpochInput.Builder::bondsPenalty, EpochInput::bondsPenalty),
            new Field<>("bonds_moving_average", Kind.U64, EpochInput.Builder::bondsMovingAverage,
                    EpochInput::bondsMovingAverage),
            new Field<>("liquid_alpha", Kind.BOOL, EpochInput.Builder::liquidAlpha, EpochInput::liquidAlpha),
            new Field<>("yuma3", Kind.BOOL, EpochInput.Builder::yuma3, EpochInput::yuma3),
            new Field<>("alpha_low", Kind.U16, EpochInput.Builder::alphaLow, EpochInput::alphaLow),
            new Field<>("alpha_high", Kind.U16, EpochInput.Builder::alphaHigh, EpochInput::alphaHigh),
            new Field<>("alpha_sigmoid_steepness", Kind.I16, EpochInput.Builder::alphaSigmoidSteepness,
                    EpochInput::alphaSigmoidSteepness),
            new Field<>("max_allowed_validators", Kind.U16, EpochInput.Builder::maxAllowedValidators,
                    EpochInput::maxAllowedValidators),
            new Field<>("stake_threshold", Kind.U64, EpochInput.Builder::stakeThreshold, EpochInput::stakeThreshold),
            new Field<>("owner_uid", Kind.U16_OR_NULL, EpochInput.Builder::ownerUid, EpochInput::ownerUid),
            new Field<>("tao_weight", Kind.U64, EpochInput.Builder::taoWeight, EpochInput::taoWeight),
            new Field<>("rao_emission", Kind.U64, EpochInput.Builder::raoEmission, EpochInput::raoEmission),
            new Field<>("commit_reveal", Kind.BOOL, EpochInput.Builder::commitReveal, EpochInput::commitReveal),
            new Field<>("alpha_stake", Kind.U64S, EpochInput.Builder::alphaStake, EpochInput::alphaStakes),
            new Field<>("tao_stake", Kind.U64S, EpochInput.Builder::taoStake, EpochInput::taoStakes),
            new Field<>("last_update", Kind.U64S, EpochInput.Builder::lastUpdate, EpochInput::lastUpdates),
            new Field<>("block_at_registration", Kind.U64S, EpochInput.Builder::blockAtRegistration,
                    EpochInput::blocksAtRegistration),
            new Field<>("validator_permit", Kind.BOOLS, EpochInput.Builder::validatorPermit, EpochInput::validatorPermits),
            new Field<>("commit_block", Kind.U64S, EpochInput.Builder::commitBlock, EpochInput::commitBlocks),
            new Field<>("weights", Kind.U16_ROWS, EpochInput.Builder::weights, EpochInput::weights),
            new Field<>("bonds", Kind.U16_ROWS, EpochInput.Builder::bonds, EpochInput::bonds)));

    /** Every output field is required; read values are collected by name, then checked against n. */
    static final Schema<Map<String, Object>, EpochResult> OUTPUT = new Schema<>("output", "output.", true, List.of(
            output("active", Kind.BOOLS, EpochResult::active),
            output("stake", Kind.U64S, EpochResult::stake),
            output("stake_weight", Kind.U16S, EpochResult::stakeWeight),
            output("consensus", Kind.U16S, EpochResult::consensus),
            output("validator_trust", Kind.U16S, EpochResult::validatorTrust),
            output("incentive", Kind.U16S, EpochResult::incentive),
            output("dividend", Kind.U16S, EpochResult::dividend),
            output("new_validator_permit", Kind.BOOLS, EpochResult::newValidatorPermit),
            output("server_emission", Kind.U64S, EpochResult::serverEmission),
            output("validator_emission", Kind.U64S, EpochResult::validatorEmission),
            output("emission", Kind.U64S, EpochResult::emission),
            output("bonds", Kind.U16_ROWS, EpochResult::bonds)));

    /** A trace may hold any subset of the steps: {@link EpochTrace#firstDifference} skips missing ones. */
    static final Schema<Map<String, Object>, EpochTrace> TRACE = new Schema<>("trace", "trace.", false, traceFields());

    private static final String EMA_BONDS = "ema_bonds";

    private VectorSchema() {
    }

    /**
     * The expected result from the output values, each checked to have length {@code n}.
     *
     * @param trace the vector's trace, or null
     * @throws InvalidInputException naming the first field of the wrong length
     */
    static EpochResult result(Map<String, Object> output, EpochTrace trace, int n) {
        output.forEach((name, value) -> checkLength("output." + name, value, n));
        return new EpochResult((boolean[]) output.get("active"), (long[]) output.get("stake"),
                (int[]) output.get("stake_weight"), (int[]) output.get("consensus"),
                (int[]) output.get("validator_trust"), (int[]) output.get("incentive"),
                (int[]) output.get("dividend"), (boolean[]) output.get("new_validator_permit"),
                (long[]) output.get("server_emission"), (long[]) output.get("validator_emission"),
                (long[]) output.get("emission"), (SparseMatrix) output.get("bonds"), trace);
    }

    /**
     * The trace from the trace values, each checked to have length {@code n}.
     *
     * @throws InvalidInputException naming the first field of the wrong length
     */
    static EpochTrace trace(Map<String, Object> values, int n) {
        values.forEach((name, value) -> checkLength("trace." + name, value, n));
        Map<String, long[]> vectors = new LinkedHashMap<>();
        for (String step : EpochTrace.STEPS) {
            if (values.containsKey(step)) {
                vectors.put(step, (long[]) values.get(step));
            }
        }
        return new EpochTrace(vectors, (SparseMatrix) values.get(EMA_BONDS));
    }

    private static <V> Field<Map<String, Object>, EpochResult, V> output(String name, Kind<V> kind,
            Function<EpochResult, V> getter) {
        return new Field<>(name, kind, (values, value) -> values.put(name, value), getter);
    }

    private static List<Field<Map<String, Object>, EpochTrace, ?>> traceFields() {
        List<Field<Map<String, Object>, EpochTrace, ?>> fields = new ArrayList<>();
        for (String step : EpochTrace.STEPS) {
            fields.add(new Field<>(step, Kind.I64S, (values, value) -> values.put(step, value),
                    trace -> trace.vectors().get(step)));
        }
        fields.add(new Field<>(EMA_BONDS, Kind.I64_ROWS, (values, value) -> values.put(EMA_BONDS, value),
                EpochTrace::emaBonds));
        return fields;
    }

    private static void checkLength(String field, Object value, int n) {
        int length = switch (value) {
            case boolean[] values -> values.length;
            case int[] values -> values.length;
            case long[] values -> values.length;
            case SparseMatrix rows -> rows.rows();
            default -> throw new IllegalStateException("no per-uid value in " + field);
        };
        if (length != n) {
            throw new InvalidInputException(field, -1, "has length " + length + ", expected n = " + n);
        }
    }
}
