/**
 * The test kit: the conformance runner and the differential duel ({@code io.yuma.testkit}) and
 * the seeded subnet generator ({@code io.yuma.testkit.random}), for testing any engine, and the
 * contract every fuzz target checks ({@code io.yuma.testkit.fuzz}).
 */
module io.yuma.testkit {
    requires transitive io.yuma.engine.api;
    requires transitive io.yuma.vector;
    requires jdk.management;

    exports io.yuma.testkit;
    exports io.yuma.testkit.random;
    exports io.yuma.testkit.fuzz;
}
