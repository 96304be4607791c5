package io.yuma.chain.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yuma.chain.testing.Recorded;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuntimeMetadataTest {
    @Test
    void v14AndV15GiveTheSameStorageEntriesAndTypes() {
        RuntimeMetadata v14 = RuntimeMetadata.parse(Recorded.metadataV14Bytes());
        RuntimeMetadata v15 = RuntimeMetadata.parseMetadataAtVersion(Recorded.metadataAtVersion15Bytes());
        assertEquals(14, v14.version());
        assertEquals(15, v15.version());
        assertEquals(v14.pallets().stream().map(PalletMetadata::name).toList(),
                v15.pallets().stream().map(PalletMetadata::name).toList());
        int entries = 0;
        for (PalletMetadata pallet : v14.pallets()) {
            List<StorageEntry> other = v15.pallet(pallet.name()).orElseThrow().storage();
            assertEquals(pallet.storage().size(), other.size(), pallet.name());
            for (int i = 0; i < other.size(); i++) {
                assertEquals(shape(v14, pallet.storage().get(i)), shape(v15, other.get(i)));
                entries++;
            }
        }
        assertTrue(entries > 250, "the subtensor runtime has hundreds of storage items, found " + entries);
        StorageEntry weights = v14.pallet("SubtensorModule").orElseThrow().storageEntry("Weights").orElseThrow();
        assertEquals(List.of(StorageHasher.IDENTITY, StorageHasher.IDENTITY), weights.hashers());
        assertEquals("Vec<(u16, u16)>", v14.types().describe(weights.valueType()));
    }

    /** Everything an entry says, its types written out structurally (V15 numbers its types differently). */
    private static String shape(RuntimeMetadata metadata, StorageEntry entry) {
        List<String> keys = new ArrayList<>();
        for (int type : entry.keyTypes()) {
            keys.add(structure(metadata.types(), type, new HashSet<>()));
        }
        return String.join(" | ", entry.qualifiedName(), entry.modifier().name(), entry.hashers().toString(),
                keys.toString(), structure(metadata.types(), entry.valueType(), new HashSet<>()),
                Arrays.toString(entry.defaultValue()), entry.docs().toString());
    }

    private static String structure(TypeRegistry types, int id, Set<Integer> open) {
        RegistryType type = types.type(id);
        if (!open.add(id)) {
            return String.join("::", type.path()); // a recursive type: its name stands for it
        }
        String fields = switch (type.definition()) {
            case TypeDef.Composite(List<Field> all) -> all.stream().map(f -> f.name() + ":" + structure(types, f.typeId(), open)).toList().toString();
            case TypeDef.Variant(List<VariantDef> all) -> all.stream().map(v -> v.index() + v.name()
                    + v.fields().stream().map(f -> f.name() + ":" + structure(types, f.typeId(), open)).toList()).toList().toString();
            case TypeDef.Sequence(int element) -> "Vec " + structure(types, element, open);
            case TypeDef.Array(int length, int element) -> "[" + length + "] " + structure(types, element, open);
            case TypeDef.Tuple(List<Integer> elements) -> elements.stream().map(e -> structure(types, e, open)).toList().toString();
            case TypeDef.Compact(int inner) -> "Compact " + structure(types, inner, open);
            default -> type.definition().toString();
        };
        open.remove(id);
        return String.join("::", type.path()) + "{" + fields + "}";
    }

    @Test
    void bytesThatAreNotMetadataAreOneClearError() {
        MetadataException notMeta = assertThrows(MetadataException.class, () -> RuntimeMetadata.parse(new byte[] {1, 2, 3, 4, 14}));
        assertTrue(notMeta.getMessage().contains("magic"), notMeta.getMessage());
        MetadataException v13 = assertThrows(MetadataException.class,
                () -> RuntimeMetadata.parse(new byte[] {0x6d, 0x65, 0x74, 0x61, 13}));
        assertTrue(v13.getMessage().contains("version 13 is not supported"), v13.getMessage());
        byte[] full = Recorded.metadataV14Bytes();
        MetadataException truncated = assertThrows(MetadataException.class,
                () -> RuntimeMetadata.parse(Arrays.copyOf(full, full.length - 1)));
        assertTrue(truncated.getMessage().contains("does not parse"), truncated.getMessage());
        MetadataException longer = assertThrows(MetadataException.class,
                () -> RuntimeMetadata.parse(Arrays.copyOf(full, full.length + 1)));
        assertTrue(longer.getMessage().contains("left over"), longer.getMessage());
        MetadataException none = assertThrows(MetadataException.class, () -> RuntimeMetadata.parseMetadataAtVersion(new byte[] {0}));
        assertTrue(none.getMessage().contains("None"), none.getMessage());
    }
}
