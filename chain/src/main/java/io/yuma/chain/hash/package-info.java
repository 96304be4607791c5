/**
 * The hashes substrate storage keys use ({@link io.yuma.chain.hash.Hashes}: Blake2b and xxHash64
 * from Bouncy Castle and lz4-java) and SS58 account addresses ({@link io.yuma.chain.hash.Ss58}).
 */
package io.yuma.chain.hash;
