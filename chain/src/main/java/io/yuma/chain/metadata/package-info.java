/**
 * Runtime metadata V14 and V15 as {@code state_getMetadata} and {@code Metadata_metadata_at_version}
 * return it: {@link io.yuma.chain.metadata.RuntimeMetadata#parse} reads its type registry
 * ({@link io.yuma.chain.metadata.TypeRegistry}, scale-info's PortableRegistry) and every pallet's
 * storage entries ({@link io.yuma.chain.metadata.StorageEntry}) with their hashers
 * ({@link io.yuma.chain.metadata.StorageHasher}); the other sections are read exactly and skipped.
 */
package io.yuma.chain.metadata;
