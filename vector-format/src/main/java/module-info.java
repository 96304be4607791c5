/**
 * The vector file format: reading and writing epoch inputs, recorded outputs and traces as
 * JSON ({@code io.yuma.vector}). Needs the engine API and Jackson's streaming core only.
 */
module io.yuma.vector {
    requires transitive io.yuma.engine.api;
    requires com.fasterxml.jackson.core;

    exports io.yuma.vector;
}
