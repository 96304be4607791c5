/**
 * Test support for the chain client: a loopback substrate JSON-RPC node that serves golden
 * vectors laid out in the subtensor chain's storage ({@code io.yuma.chain.emulator}). It encodes
 * SCALE and runtime metadata V14 on its own, sharing no code with the client it tests.
 */
@SuppressWarnings("requires-automatic") // lz4-java (xxHash64) names its module in its manifest only
module io.yuma.chain.emulator {
    requires transitive io.yuma.engine.api;
    requires transitive io.yuma.vector;
    requires com.fasterxml.jackson.databind;
    requires jdk.httpserver;
    requires org.bouncycastle.provider;
    requires org.lz4.java;

    exports io.yuma.chain.emulator;
}
