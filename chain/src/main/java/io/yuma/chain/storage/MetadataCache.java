package io.yuma.chain.storage;

import io.yuma.chain.metadata.RuntimeMetadata;
import io.yuma.chain.rpc.RuntimeVersion;
import io.yuma.chain.rpc.SubstrateRpc;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The metadata of each runtime met, fetched once per spec version: reading a range of blocks asks
 * the node for each block's runtime version (a small answer) and for the metadata (hundreds of
 * kilobytes) only when the runtime changed.
 */
public final class MetadataCache {
    private final SubstrateRpc rpc;
    private final Map<Long, RuntimeMetadata> bySpecVersion = new ConcurrentHashMap<>();

    /**
     * A cache of the runtimes of the node behind {@code rpc}.
     *
     * @param rpc the node
     */
    public MetadataCache(SubstrateRpc rpc) {
        this.rpc = rpc;
    }

    /**
     * {@return the metadata of the runtime in force at block {@code blockHash}}
     *
     * @param blockHash the block, or {@code null} for the best block
     */
    public RuntimeMetadata at(String blockHash) {
        RuntimeVersion version = rpc.runtimeVersion(blockHash);
        return forVersion(version.specVersion(), blockHash);
    }

    /**
     * {@return the metadata of spec version {@code specVersion}, read at {@code blockHash} if not yet cached}
     *
     * @param specVersion the runtime's spec version
     * @param blockHash a block at which that runtime is in force
     */
    public RuntimeMetadata forVersion(long specVersion, String blockHash) {
        return bySpecVersion.computeIfAbsent(specVersion, version -> RuntimeMetadata.parse(rpc.metadata(blockHash)));
    }

    /**
     * {@return storage at the runtime in force at block {@code blockHash}}
     *
     * @param blockHash the block, or {@code null} for the best block
     */
    public ChainStorage storageAt(String blockHash) {
        return new ChainStorage(rpc, at(blockHash));
    }
}
