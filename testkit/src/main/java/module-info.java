/**
 * The test kit: the conformance runner and the differential duel ({@code io.yuma.testkit}) and
 * the seeded subnet generator ({@code io.yuma.testkit.random}), for testing any engine.
 */
module io.yuma.testkit {
    requires transitive io.yuma.engine.api;
    requires transitive io.yuma.vector;

    exports io.yuma.testkit;
    exports io.yuma.testkit.random;
}
