/**
 * SCALE, substrate's encoding: {@link io.yuma.chain.scale.ScaleReader} and
 * {@link io.yuma.chain.scale.ScaleWriter} for its primitives, {@link io.yuma.chain.scale.ValueDecoder}
 * and {@link io.yuma.chain.scale.ValueEncoder} for whole values by their type in the runtime's
 * registry, {@link io.yuma.chain.scale.Value} for decoded values and
 * {@link io.yuma.chain.scale.ValueJson} for their JSON.
 */
package io.yuma.chain.scale;
