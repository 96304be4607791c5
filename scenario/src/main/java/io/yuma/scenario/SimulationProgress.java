package io.yuma.scenario;

/** Told after each epoch step of a simulation, for a progress line. */
@FunctionalInterface
public interface SimulationProgress {
    /** Reports nothing. */
    SimulationProgress NONE = (done, total) -> { };

    /**
     * One more epoch step is computed (every variant of it).
     *
     * @param done epochs computed so far
     * @param total epochs in the scenario
     */
    void epochDone(int done, int total);
}
