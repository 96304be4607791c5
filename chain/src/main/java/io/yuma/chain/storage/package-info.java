/**
 * Reads storage by the runtime's metadata: {@link io.yuma.chain.storage.ChainStorage} finds an item
 * by pallet and name, builds its keys ({@link io.yuma.chain.storage.StorageKeys}), reads one entry
 * or iterates a map in storage-key order, and decodes values and key parts;
 * {@link io.yuma.chain.storage.KeyParser} reads key parts typed on a command line and
 * {@link io.yuma.chain.storage.MetadataCache} keeps one metadata per runtime version.
 */
package io.yuma.chain.storage;
