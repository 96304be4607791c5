/**
 * A JSON-RPC 2.0 client for substrate nodes ({@link io.yuma.chain.rpc.SubstrateRpc}) over HTTP
 * and WebSocket, on {@code java.net.http}: batched requests, a timeout per request, retries with
 * exponential backoff on transport errors, timeouts and HTTP 5xx, a cap on requests in flight,
 * and errors that say what failed: {@link io.yuma.chain.rpc.RpcException} (no usable answer),
 * {@link io.yuma.chain.rpc.RpcErrorException} (the node's JSON-RPC error),
 * {@link io.yuma.chain.rpc.ArchiveNodeRequiredException} (pruned state) and
 * {@link io.yuma.chain.rpc.MalformedResponseException} (an answer that is not what JSON-RPC promises).
 */
package io.yuma.chain.rpc;
