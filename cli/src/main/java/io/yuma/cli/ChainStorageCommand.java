package io.yuma.cli;

import io.yuma.chain.ChainException;
import io.yuma.chain.metadata.StorageEntry;
import io.yuma.chain.rpc.RpcOptions;
import io.yuma.chain.rpc.SubstrateRpc;
import io.yuma.chain.scale.Value;
import io.yuma.chain.storage.ChainStorage;
import io.yuma.chain.storage.KeyParser;
import io.yuma.chain.storage.MetadataCache;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code yuma chain storage}: any storage item, decoded by the runtime's metadata, as JSON Lines. */
@Command(name = "storage", mixinStandardHelpOptions = true,
        description = {"Print a storage item decoded by the runtime's metadata, one JSON line per entry in storage-key order:"
                + " {\"key\": [k1, ...], \"value\": V}.",
            "Give a map's first keys to list only the entries under them, all of them to read one entry;"
                + " a missing entry prints its declared default (null for an optional item).",
            "Keys are typed by the metadata: integers in decimal, accounts as SS58 (prefix 42) or 0x-hex, bytes as 0x-hex."})
final class ChainStorageCommand implements Callable<Integer> {
    private static final Pattern BLOCK_HASH = Pattern.compile("0x[0-9a-fA-F]{64}");

    @Option(names = "--url", required = true, paramLabel = "URL",
            description = "The node's JSON-RPC endpoint, e.g. http://127.0.0.1:9944 or wss://archive.example:443.")
    private String url;

    @Option(names = "--at", paramLabel = "BLOCK", description = "A block number or 0x block hash (default: the best block).")
    private String at;

    @Parameters(index = "0", paramLabel = "PALLET", description = "The pallet, e.g. SubtensorModule.")
    private String pallet;

    @Parameters(index = "1", paramLabel = "ITEM", description = "The storage item, e.g. Weights.")
    private String item;

    @Parameters(index = "2..*", paramLabel = "KEY", description = "The map's first keys, in order.")
    private List<String> keys = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        try (SubstrateRpc rpc = SubstrateRpc.connect(url, RpcOptions.defaults())) {
            String block = blockHash(rpc);
            ChainStorage storage = new MetadataCache(rpc).storageAt(block);
            StorageEntry entry = storage.entry(pallet, item);
            List<Value> parts = parseKeys(storage, entry);
            PrintWriter out = spec.commandLine().getOut();
            storage.iterate(entry, parts, block).forEachRemaining(entryValue -> out.println(entryValue.toJsonLine()));
            return ExitCodes.OK;
        }
    }

    private String blockHash(SubstrateRpc rpc) {
        if (at == null) {
            return rpc.bestBlockHash();
        }
        if (BLOCK_HASH.matcher(at).matches()) {
            return at;
        }
        try {
            long number = Long.parseLong(at);
            if (number >= 0) {
                return rpc.blockHash(number);
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new ParameterException(spec.commandLine(), "--at " + at + " is neither a block number nor a 0x block hash of 32 bytes");
    }

    private List<Value> parseKeys(ChainStorage storage, StorageEntry entry) {
        if (keys.size() > entry.keyTypes().size()) {
            throw new ChainException(entry.qualifiedName() + " has " + storage.keys().keyCount(entry) + ", but "
                    + keys.size() + " were given");
        }
        KeyParser parser = new KeyParser(storage.metadata().types());
        List<Value> parts = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            int type = entry.keyTypes().get(i);
            try {
                parts.add(parser.parse(type, keys.get(i)));
            } catch (ChainException e) {
                throw new ChainException(entry.qualifiedName() + " key " + (i + 1) + " ("
                        + storage.metadata().types().describe(type) + "): " + e.getMessage(), e);
            }
        }
        return parts;
    }
}
