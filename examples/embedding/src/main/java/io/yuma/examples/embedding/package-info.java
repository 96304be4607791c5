/**
 * Two small applications on the engine API: {@link io.yuma.examples.embedding.OneEpoch} computes
 * one subnet's epoch, {@link io.yuma.examples.embedding.BatchOfSubnets} a batch of subnets.
 */
package io.yuma.examples.embedding;
