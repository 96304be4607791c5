package io.yuma.chain.emulator;

import io.yuma.chain.emulator.TypeRegistry.Primitive;
import java.util.List;

/**
 * Runtime metadata V14 for the emulator's storage catalogue, SCALE-encoded as
 * {@code state_getMetadata} returns it: the magic {@code meta}, version 14, the type registry, one
 * pallet ({@code SubtensorModule}, index 7 as on the real runtime) with storage only, an opaque
 * extrinsic type and the runtime type.
 */
final class MetadataV14Writer {
    private static final byte[] MAGIC = {0x6d, 0x65, 0x74, 0x61};
    private static final int SUBTENSOR_PALLET_INDEX = 7;

    private MetadataV14Writer() {
    }

    static byte[] write(SubtensorStorage storage) {
        TypeRegistry types = storage.types;
        int extrinsic = types.sequence(types.primitive(Primitive.U8));
        int runtime = types.struct(List.of("node_subtensor_runtime", "Runtime"));
        List<StorageItem> items = storage.items();
        // Key tuples join the registry before it is written.
        int[] keyTypes = items.stream().mapToInt(item -> keyType(types, item)).toArray();
        ScaleOut out = new ScaleOut().raw(MAGIC).u8(14);
        types.write(out);
        out.compact(1);
        out.str(SubtensorStorage.PALLET);
        out.u8(1).str(SubtensorStorage.PALLET);
        out.compact(items.size());
        for (int i = 0; i < items.size(); i++) {
            entry(out, items.get(i), keyTypes[i]);
        }
        out.u8(0).u8(0).compact(0).u8(0).u8(SUBTENSOR_PALLET_INDEX);
        out.compact(extrinsic).u8(4).compact(0);
        out.compact(runtime);
        return out.toBytes();
    }

    /** {@return the map's key type: the one key's type, or the tuple of all keys; -1 for a plain value} */
    private static int keyType(TypeRegistry types, StorageItem item) {
        List<Integer> keys = item.keyTypes();
        return switch (keys.size()) {
            case 0 -> -1;
            case 1 -> keys.getFirst();
            default -> types.tuple(keys.stream().mapToInt(Integer::intValue).toArray());
        };
    }

    private static void entry(ScaleOut out, StorageItem item, int keyType) {
        out.str(item.name()).u8(item.optional() ? 0 : 1);
        if (item.hashers().isEmpty()) {
            out.u8(0).compact(item.valueType());
        } else {
            out.u8(1).compact(item.hashers().size());
            item.hashers().forEach(h -> out.u8(h.ordinal()));
            out.compact(keyType).compact(item.valueType());
        }
        out.byteVec(item.defaultValue()).compact(0);
    }
}
