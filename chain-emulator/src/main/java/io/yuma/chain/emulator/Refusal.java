package io.yuma.chain.emulator;

/**
 * A vector the emulator could not lay out faithfully (none of its epochs is served), and why:
 * an input the chain's storage at spec 425 cannot hold, or a clash with another vector.
 *
 * @param vector the vector's name
 * @param reason one line naming the epoch, the field or item and the values
 */
public record Refusal(String vector, String reason) {
}
