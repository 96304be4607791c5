/**
 * Reads a subtensor node: a JSON-RPC client over HTTP and WebSocket ({@code io.yuma.chain.rpc}),
 * SCALE values decoded by the runtime's type registry ({@code io.yuma.chain.scale}), runtime
 * metadata V14 and V15 ({@code io.yuma.chain.metadata}), the storage hashers and SS58 addresses
 * ({@code io.yuma.chain.hash}) and a storage reader that builds keys, iterates maps and decodes
 * values ({@code io.yuma.chain.storage}).
 */
@SuppressWarnings("requires-automatic") // lz4-java (xxHash64) names its module in its manifest only
module io.yuma.chain {
    requires transitive com.fasterxml.jackson.databind;
    requires java.net.http;
    requires transitive io.yuma.engine.api;
    requires transitive io.yuma.recompute;
    requires io.yuma.vector;
    requires org.bouncycastle.provider;
    requires org.lz4.java;

    exports io.yuma.chain;
    exports io.yuma.chain.epoch;
    exports io.yuma.chain.fetch;
    exports io.yuma.chain.hash;
    exports io.yuma.chain.metadata;
    exports io.yuma.chain.rpc;
    exports io.yuma.chain.scale;
    exports io.yuma.chain.storage;
}
