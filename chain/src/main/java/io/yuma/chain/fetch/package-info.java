/**
 * {@code yuma chain fetch}: subnets' epochs in a block range read from a node into a history
 * archive, resumable ({@link io.yuma.chain.fetch.ChainFetch}).
 */
package io.yuma.chain.fetch;
