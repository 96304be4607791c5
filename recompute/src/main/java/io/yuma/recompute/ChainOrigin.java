package io.yuma.recompute;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where on the chain a recorded epoch came from, and how far it can be trusted: the subnet, the
 * block the epoch ran in, that block's hash, the runtime in force, the inputs that could not be
 * read exactly, and whether this project implements that runtime's epoch rules. An archive keeps
 * it with the record (format version 4, flag {@code CHAIN}); an audit compares only what it
 * makes comparable (recompute/RECOMPUTE.md, "Records from a chain").
 *
 * @param netuid the subnet's netuid, 0 to 65535
 * @param block the number of the block whose {@code on_initialize} ran the epoch, u64
 * @param blockHash that block's hash, exactly 32 bytes (copied in and out)
 * @param specVersion the runtime's {@code spec_version} at that block, at least 0
 * @param unknown the inputs that could not be derived exactly from state or events and were
 *     recorded as placeholders; empty when every input is exact (copied, iterated in
 *     {@link UnknownInput} order)
 * @param rulesImplemented false for a runtime whose epoch rules this project does not implement
 *     (spec versions outside {@value #FIRST_SPEC_WITH_RULES} to {@value #LAST_SPEC_WITH_RULES},
 *     see chain-emulator/CHAIN-STATE.md, "Which spec versions share these rules"): such a record
 *     is kept but never compared
 */
public record ChainOrigin(int netuid, long block, byte[] blockHash, int specVersion, Set<UnknownInput> unknown,
        boolean rulesImplemented) {
    /** The length of a block hash (H256). */
    public static final int BLOCK_HASH_BYTES = 32;
    /** The first runtime spec version whose epoch rules the engines implement. */
    public static final int FIRST_SPEC_WITH_RULES = 423;
    /** The last runtime spec version whose epoch rules the engines implement (subtensor 14bc6f9). */
    public static final int LAST_SPEC_WITH_RULES = 425;

    /**
     * Checks every part and copies the hash and the set.
     *
     * @throws NullPointerException when {@code blockHash} or {@code unknown} is null, or holds null
     * @throws IllegalArgumentException when {@code netuid} is not a u16, the hash is not 32 bytes,
     *     or {@code specVersion} is negative
     */
    public ChainOrigin {
        Objects.requireNonNull(blockHash, "blockHash");
        Objects.requireNonNull(unknown, "unknown");
        if (netuid < 0 || netuid > 0xFFFF) {
            throw new IllegalArgumentException("netuid " + netuid + " is not a u16 (0..65535)");
        }
        if (blockHash.length != BLOCK_HASH_BYTES) {
            throw new IllegalArgumentException("block hash has " + blockHash.length + " bytes, expected "
                    + BLOCK_HASH_BYTES);
        }
        if (specVersion < 0) {
            throw new IllegalArgumentException("spec version " + specVersion + " is negative");
        }
        blockHash = blockHash.clone();
        EnumSet<UnknownInput> copy = EnumSet.noneOf(UnknownInput.class);
        for (UnknownInput input : unknown) {
            copy.add(Objects.requireNonNull(input, "unknown input"));
        }
        unknown = Collections.unmodifiableSet(copy);
    }

    /**
     * Whether the engines implement the epoch rules of a runtime.
     *
     * @param specVersion the runtime's {@code spec_version}
     * @return true for {@value #FIRST_SPEC_WITH_RULES} to {@value #LAST_SPEC_WITH_RULES}
     */
    public static boolean rulesImplementedAt(int specVersion) {
        return specVersion >= FIRST_SPEC_WITH_RULES && specVersion <= LAST_SPEC_WITH_RULES;
    }

    /**
     * The block hash.
     *
     * @return a copy of the 32 bytes
     */
    @Override
    public byte[] blockHash() {
        return blockHash.clone();
    }

    /**
     * The block hash as {@code 0x} and 64 lowercase hex digits, as a node prints it.
     *
     * @return the hash in hex
     */
    public String blockHashHex() {
        return "0x" + HexFormat.of().formatHex(blockHash);
    }

    /**
     * The recorded outputs an audit leaves out for this record, as patterns
     * ({@link UnknownInput#outputsNotCompared}): every output ({@link UnknownInput#EVERY_OUTPUT})
     * when the rules are not implemented or an input that reaches every output is unknown, else
     * the union over the unknown inputs; empty when everything is comparable.
     *
     * @param mechanismCount the epoch's mechanism count, 1 for a single mechanism's epoch
     * @return the patterns, in a fixed order
     * @throws IllegalArgumentException when {@code mechanismCount} is not 1 to 16
     */
    public List<String> outputsNotCompared(int mechanismCount) {
        Set<String> patterns = new LinkedHashSet<>();
        for (UnknownInput input : unknown) {
            patterns.addAll(input.outputsNotCompared(mechanismCount));
        }
        if (!rulesImplemented || patterns.contains(UnknownInput.EVERY_OUTPUT)) {
            return List.of(UnknownInput.EVERY_OUTPUT);
        }
        return List.copyOf(patterns);
    }

    /**
     * Whether every input is exact and the rules are implemented: the record compares whole.
     *
     * @return true when nothing is left out of a comparison
     */
    public boolean exact() {
        return rulesImplemented && unknown.isEmpty();
    }

    /**
     * Compares every part, the hash by its bytes.
     *
     * @param other another object
     * @return true when it is a chain origin with the same parts
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof ChainOrigin o && netuid == o.netuid && block == o.block
                && Arrays.equals(blockHash, o.blockHash) && specVersion == o.specVersion && unknown.equals(o.unknown)
                && rulesImplemented == o.rulesImplemented;
    }

    /**
     * A hash of every part, the block hash by its bytes.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(netuid, block, Arrays.hashCode(blockHash), specVersion, unknown, rulesImplemented);
    }

    /**
     * The parts, for messages.
     *
     * @return e.g. {@code ChainOrigin[netuid=7, block=4500123, blockHash=0x1f..., specVersion=425,
     *     unknown=[], rulesImplemented=true]}
     */
    @Override
    public String toString() {
        return "ChainOrigin[netuid=" + netuid + ", block=" + Long.toUnsignedString(block) + ", blockHash="
                + blockHashHex() + ", specVersion=" + specVersion + ", unknown=" + unknown + ", rulesImplemented="
                + rulesImplemented + "]";
    }
}
