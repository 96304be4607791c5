package io.yuma.chain.metadata;

import io.yuma.chain.scale.Hex;
import io.yuma.chain.scale.ScaleReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A runtime's metadata: its type registry and its pallets' storage items.
 *
 * @param version the metadata version, 14 or 15
 * @param types the type registry
 * @param pallets the pallets, in the metadata's order
 */
public record RuntimeMetadata(int version, TypeRegistry types, List<PalletMetadata> pallets) {
    /** The first four bytes of encoded metadata: "meta". */
    public static final int MAGIC = 0x6174656d;

    /** Copies the list. */
    public RuntimeMetadata {
        pallets = List.copyOf(pallets);
    }

    /**
     * Parses SCALE-encoded metadata as {@code state_getMetadata} returns it: the magic "meta", a
     * version byte (14 or 15), then the metadata, to the last byte.
     *
     * @param bytes the encoded metadata
     * @return the metadata
     * @throws MetadataException when it is not V14 or V15 metadata, or bytes are missing or left over
     */
    public static RuntimeMetadata parse(byte[] bytes) {
        return MetadataParser.parse(new ScaleReader(bytes), bytes.length);
    }

    /**
     * Parses the answer of the runtime API {@code Metadata_metadata_at_version}: an
     * {@code Option<OpaqueMetadata>}, i.e. a tag, a compact length and the encoded metadata.
     *
     * @param bytes the runtime API's answer
     * @return the metadata
     * @throws MetadataException when the runtime has no metadata of the version asked, or it does not parse
     */
    public static RuntimeMetadata parseMetadataAtVersion(byte[] bytes) {
        ScaleReader reader = new ScaleReader(bytes);
        if (!reader.optionTag("Metadata_metadata_at_version answer")) {
            throw new MetadataException("the runtime has no metadata of the version asked (Metadata_metadata_at_version answered None)");
        }
        byte[] metadata = reader.byteString();
        reader.expectEnd("Metadata_metadata_at_version answer");
        return parse(metadata);
    }

    /**
     * {@return the pallet named {@code name}, if there is one}
     *
     * @param name the pallet's name, exactly
     */
    public Optional<PalletMetadata> pallet(String name) {
        return pallets.stream().filter(pallet -> pallet.name().equals(name)).findFirst();
    }

    /**
     * An index of every storage item by its 32-byte key prefix, to tell which item a raw storage
     * key belongs to.
     *
     * @return the items by {@code 0x}-hex prefix
     */
    public Map<String, StorageEntry> storageByPrefix() {
        Map<String, StorageEntry> byPrefix = new HashMap<>();
        for (PalletMetadata pallet : pallets) {
            for (StorageEntry entry : pallet.storage()) {
                byPrefix.put(Hex.encode(entry.prefix()), entry);
            }
        }
        return byPrefix;
    }
}
