/**
 * Scenarios ({@code io.yuma.scenario}): a YAML format for named Yuma cases (validators, servers,
 * weight schedules, events, variants, sweeps), a runner that computes every variant of a scenario
 * on any engine, exactly as the chain would, the per-uid result files, and self-contained HTML
 * reports of scenario runs and of recompute outputs.
 */
module io.yuma.scenario {
    requires transitive io.yuma.engine.api;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires com.fasterxml.jackson.dataformat.csv;
    requires com.fasterxml.jackson.databind;

    exports io.yuma.scenario;
}
