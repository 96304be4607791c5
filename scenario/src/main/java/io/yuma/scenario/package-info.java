/**
 * Scenarios: {@link io.yuma.scenario.ScenarioReader} reads a scenario file (SCENARIOS.md),
 * {@link io.yuma.scenario.Simulation} computes its variants on an engine, {@link
 * io.yuma.scenario.SimulationOutput} writes the per-uid results and the report, and {@link
 * io.yuma.scenario.RecomputeReport} draws the outputs of {@code yuma recompute}. The shipped
 * scenarios are listed by {@link io.yuma.scenario.ScenarioLibrary}.
 */
package io.yuma.scenario;
