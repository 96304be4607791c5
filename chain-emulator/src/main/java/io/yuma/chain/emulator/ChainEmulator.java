package io.yuma.chain.emulator;

import io.yuma.vector.Vector;
import io.yuma.vector.VectorFiles;
import io.yuma.vector.VectorReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * A loopback subtensor node serving golden vectors in the chain's storage layout (README.md,
 * CHAIN-STATE.md). Vector {@code i} runs on subnet {@code i + 1}, each epoch at its
 * {@code current_block}: the state after the block before holds its inputs, the state after its
 * block its outputs. Start one with {@link #builder()}; close it to stop serving.
 *
 * <pre>{@code
 * try (ChainEmulator node = ChainEmulator.builder().vectors(files).deferByCap(Set.of(name)).start()) {
 *     node.faults().http500(2);
 *     client.fetch(node.url(), ...);
 * }
 * }</pre>
 */
public final class ChainEmulator implements AutoCloseable {
    private final EmulatedChain chain;
    private final List<Placement> placements;
    private final List<Refusal> refusals;
    private final Faults faults = new Faults();
    private final RpcServer server;

    private ChainEmulator(Builder builder) throws IOException {
        ChainBuilder chainBuilder = new ChainBuilder();
        for (Vector v : builder.vectors) {
            chainBuilder.add(v, builder.parentChild.contains(v.name()), builder.deferred.contains(v.name()));
        }
        chain = chainBuilder.build(builder.specVersions);
        placements = chainBuilder.placements();
        refusals = chainBuilder.refusals();
        server = new RpcServer(new RpcMethods(chain, faults), faults, builder.port);
    }

    /** {@return a builder of an emulator over no vectors yet} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the node's HTTP JSON-RPC endpoint, {@code http://127.0.0.1:PORT}} */
    public String url() {
        return "http://127.0.0.1:" + server.port();
    }

    /** {@return the faults to inject and the request counters} */
    public Faults faults() {
        return faults;
    }

    /** {@return every epoch served, by vector in the order given, then by epoch} */
    public List<Placement> placements() {
        return placements;
    }

    /** {@return the vectors not served, each with the reason} */
    public List<Refusal> refusals() {
        return refusals;
    }

    /** {@return the best block's number: one past the last epoch block} */
    public long head() {
        return chain.head();
    }

    /**
     * The netuid a vector runs on.
     *
     * @param vector the vector's name
     * @return its netuid
     * @throws IllegalArgumentException when the vector is not served (never given, or refused)
     */
    public int netuid(String vector) {
        return placements.stream().filter(p -> p.vector().equals(vector)).mapToInt(Placement::netuid).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("vector " + vector + " is not served"));
    }

    /**
     * The AccountId32 of the hotkey at a uid.
     *
     * @param netuid the subnet
     * @param uid the uid
     * @return the 32 bytes of its hotkey
     */
    public static byte[] hotkey(int netuid, int uid) {
        return Accounts.hotkey(netuid, uid);
    }

    /**
     * The hash the emulator gives a block.
     *
     * @param number the block number
     * @return its hash as 0x-hex
     */
    public static String blockHash(long number) {
        return "0x" + HexFormat.of().formatHex(EmulatedChain.blockHash(number));
    }

    /** {@return the SCALE-encoded runtime metadata V14 the node serves} */
    public byte[] metadata() {
        return chain.metadata();
    }

    EmulatedChain chain() {
        return chain;
    }

    /** Stops serving; requests held by {@link Faults#silence(int)} end unanswered. */
    @Override
    public void close() {
        server.close();
    }

    /**
     * Serves vector files or folders of them until killed, printing the endpoint, the epochs
     * served and the vectors refused: {@code ChainEmulator [--port P] PATH...}.
     *
     * @param args an optional {@code --port P}, then vector files or folders
     * @throws IOException when a vector cannot be read or the port cannot be bound
     * @throws InterruptedException when interrupted while serving
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        Builder builder = builder();
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--port") && i + 1 < args.length) {
                builder.port(Integer.parseInt(args[++i]));
            } else {
                paths.add(Path.of(args[i]));
            }
        }
        try (ChainEmulator node = builder.vectors(VectorFiles.find(paths)).start()) {
            System.out.println(node.url() + ": " + node.placements().size() + " epochs on blocks up to " + node.head());
            node.refusals().forEach(r -> System.out.println("refused " + r.vector() + ": " + r.reason()));
            Thread.currentThread().join();
        }
    }

    /** Collects the vectors and options of an emulator. */
    public static final class Builder {
        private final List<Vector> vectors = new ArrayList<>();
        private final Set<String> parentChild = new HashSet<>();
        private final Set<String> deferred = new HashSet<>();
        private final NavigableMap<Long, Integer> specVersions = new TreeMap<>();
        private int port;

        private Builder() {
        }

        /**
         * Adds vector files; each runs on the next netuid.
         *
         * @param files vector files (FORMAT.md)
         * @return this builder
         * @throws IOException when a file cannot be read or is not a vector
         */
        public Builder vectors(List<Path> files) throws IOException {
            for (Path f : files) {
                vectors.add(VectorReader.read(f));
            }
            return this;
        }

        /**
         * Adds a vector read already; it runs on the next netuid.
         *
         * @param vector the vector
         * @return this builder
         */
        public Builder vector(Vector vector) {
            vectors.add(vector);
            return this;
        }

        /**
         * Lays these vectors' stake out through parent and child hotkeys (StakeLayout): the
         * inherited stake still equals the vector's.
         *
         * @param names vector names
         * @return this builder
         */
        public Builder parentChildStake(Set<String> names) {
            parentChild.addAll(names);
            return this;
        }

        /**
         * Lays these vectors' epochs out as deferred by the per-block cap where the gap allows
         * (a first epoch, or one {@code tempo + 1} blocks after the previous): due one block
         * earlier, where {@code MaxEpochsPerBlock} is 0, and run at their block from
         * {@code PendingEpochAt}.
         *
         * @param names vector names
         * @return this builder
         */
        public Builder deferByCap(Set<String> names) {
            deferred.addAll(names);
            return this;
        }

        /**
         * A runtime upgrade: from {@code block} on, the node reports {@code specVersion}
         * (before the first upgrade, 425). Only the reported version changes: the layout stays
         * that of spec 425.
         *
         * @param block the first block of the new runtime
         * @param specVersion its spec version
         * @return this builder
         */
        public Builder runtimeUpgrade(long block, int specVersion) {
            specVersions.put(block, specVersion);
            return this;
        }

        /**
         * The loopback port to bind; 0 (the default) takes a free one.
         *
         * @param port the port
         * @return this builder
         */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /**
         * Lays the vectors out and starts serving.
         *
         * @return the running emulator
         * @throws IOException when the port cannot be bound
         */
        public ChainEmulator start() throws IOException {
            return new ChainEmulator(this);
        }
    }
}
