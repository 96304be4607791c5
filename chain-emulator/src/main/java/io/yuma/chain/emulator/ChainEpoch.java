package io.yuma.chain.emulator;

import io.yuma.api.EpochInput;
import io.yuma.api.EpochResult;
import io.yuma.vector.SubnetEpoch;
import io.yuma.vector.VectorEpoch;
import java.util.List;

/**
 * One vector epoch as the chain holds it: the mechanisms' inputs and outputs, the aggregated
 * outputs stored per netuid, and whether the subnet declares its mechanisms (a subnet vector) or
 * leaves {@code MechanismCountCurrent} at its default of one (a single-mechanism vector).
 *
 * @param mechanisms each mechanism's input, mechanism 0 first (shared fields equal)
 * @param split MechanismEmissionSplit, or null when unset
 * @param mechanismResults each mechanism's output (its Incentive and Bonds are stored per mechanism)
 * @param subnetResult the outputs stored per netuid
 * @param declaresMechanisms true when {@code MechanismCountCurrent} is written
 */
record ChainEpoch(List<EpochInput> mechanisms, int[] split, List<EpochResult> mechanismResults, EpochResult subnetResult,
        boolean declaresMechanisms) {

    static ChainEpoch of(VectorEpoch e) {
        return new ChainEpoch(List.of(e.input()), null, List.of(e.expected()), e.expected(), false);
    }

    static ChainEpoch of(SubnetEpoch e) {
        return new ChainEpoch(e.input().mechanisms(), e.input().emissionSplit(), e.expected().mechanisms(),
                e.expected().subnet(), true);
    }

    /** {@return mechanism 0's input, which holds every shared field} */
    EpochInput shared() {
        return mechanisms.getFirst();
    }

    long block() {
        return shared().currentBlock();
    }
}
