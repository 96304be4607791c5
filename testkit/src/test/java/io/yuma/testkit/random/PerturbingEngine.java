package io.yuma.testkit.random;

import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.api.SparseMatrix;
import io.yuma.api.YumaEngine;
import io.yuma.reference.ReferenceEngine;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A deliberately wrong engine for testing duels: the reference, with one output changed on the
 * inputs a predicate selects, on one entry point only or on all of them.
 */
final class PerturbingEngine implements YumaEngine {
    private final ReferenceEngine reference = new ReferenceEngine();
    private final Predicate<EpochInput> when;
    private final UnaryOperator<EpochResult> change;
    private final EnginePath path;

    /**
     * @param path the entry point that goes wrong, or null for all of them
     */
    PerturbingEngine(Predicate<EpochInput> when, UnaryOperator<EpochResult> change, EnginePath path) {
        this.when = when;
        this.change = change;
        this.path = path;
    }

    @Override
    public String name() {
        return "perturbed";
    }

    @Override
    public EpochResult run(EpochInput input) {
        return compute(input, EnginePath.RUN);
    }

    @Override
    public List<EpochResult> runAll(List<EpochInput> inputs) {
        return inputs.stream().map(in -> compute(in, EnginePath.RUN_ALL)).toList();
    }

    private EpochResult compute(EpochInput input, EnginePath via) {
        EpochResult right = reference.run(input);
        return (path == null || path == via) && when.test(input) ? change.apply(right) : right;
    }

    /** Adds 1 (mod 2^16) to the dividend of the last uid. */
    static EpochResult bumpLastDividend(EpochResult r) {
        int[] dividend = r.dividend().clone();
        dividend[r.n() - 1] = (dividend[r.n() - 1] + 1) & 0xFFFF;
        return new EpochResult(r.active(), r.stake(), r.stakeWeight(), r.consensus(), r.validatorTrust(), r.incentive(),
                dividend, r.newValidatorPermit(), r.serverEmission(), r.validatorEmission(), r.emission(), r.bonds(),
                null);
    }

    /** Appends the entry (0, 1) to the bond row of uid 1. */
    static EpochResult extraBond(EpochResult r) {
        SparseMatrix bonds = r.bonds();
        SparseMatrix.Builder changed = new SparseMatrix.Builder(bonds.rows());
        for (int row = 0; row < bonds.rows(); row++) {
            for (int k = 0; k < bonds.rowLength(row); k++) {
                changed.add(bonds.column(row, k), bonds.value(row, k));
            }
            if (row == 1) {
                changed.add(0, 1);
            }
            changed.endRow();
        }
        return new EpochResult(r.active(), r.stake(), r.stakeWeight(), r.consensus(), r.validatorTrust(), r.incentive(),
                r.dividend(), r.newValidatorPermit(), r.serverEmission(), r.validatorEmission(), r.emission(),
                changed.build(), null);
    }
}
