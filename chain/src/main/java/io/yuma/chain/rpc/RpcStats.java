package io.yuma.chain.rpc;

/**
 * What a client has sent so far.
 *
 * @param calls JSON-RPC calls made (each call of a batch counts)
 * @param roundTrips requests sent over the wire (a batch is one; each retry is one more)
 * @param retries attempts after a failed first one
 */
public record RpcStats(long calls, long roundTrips, long retries) {
}
