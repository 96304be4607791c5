/**
 * Recompute: the epoch history archive, replay and audit, streaming and resumable
 * ({@code io.yuma.recompute}).
 */
module io.yuma.recompute {
    requires transitive io.yuma.engine.api;
    requires io.yuma.vector;

    exports io.yuma.recompute;
}
