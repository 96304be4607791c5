/**
 * An application that embeds the Yuma engine: it compiles against the engine API alone and
 * finds its engine, as a service, among the engine modules on its module path.
 */
module io.yuma.examples.embedding {
    requires io.yuma.engine.api;
}
