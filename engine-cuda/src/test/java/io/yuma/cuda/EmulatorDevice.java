package io.yuma.cuda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the kernel's own source, compiled for the CPU by g++ ({@code src/test/cpp/yuma_emulator.cpp};
 * {@link HostBuild} builds it for the tests, {@code scripts/cuda-prepare.sh --emulator} for the
 * device harness), as a child process: the arena's inputs go out in a request file, the outputs come back in a
 * response file. Every emulated block is real threads meeting at a barrier where the GPU has
 * {@code __syncthreads()}. This is how the kernels' arithmetic and the engine's packing are checked
 * without a GPU; it proves nothing about the GPU itself.
 */
final class EmulatorDevice implements EpochDevice {
    private static final byte[] REQUEST_MAGIC = "YUMAEMU1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RESPONSE_MAGIC = "YUMARES1".getBytes(StandardCharsets.US_ASCII);
    private static final int PIECE = 1 << 30;

    private final Path executable;
    private final DeviceSettings settings;
    private final Path workDir;

    /**
     * @param executable the g++ build of {@code yuma_emulator.cpp}
     * @param settings threads per emulated block, blocks per launch and the arena budget
     * @throws UncheckedIOException when the request and response files have no directory to go to
     */
    EmulatorDevice(Path executable, DeviceSettings settings) {
        this.executable = executable;
        this.settings = settings;
        try {
            this.workDir = Files.createTempDirectory("yuma-cuda-emulator");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a work directory for the CUDA emulator", e);
        }
    }

    @Override
    public String describe() {
        return "CPU emulation of the CUDA kernels (" + executable + "), " + settings.threads() + " threads x "
                + settings.blocks() + " blocks; not a GPU";
    }

    @Override
    public int threads() {
        return settings.threads();
    }

    @Override
    public int maxBlocks() {
        return settings.blocks();
    }

    @Override
    public long memoryBudget() {
        return settings.memoryBytes();
    }

    @Override
    public LaunchTimings execute(ArenaLayout layout, List<Transfer> inputs, List<Transfer> outputs) {
        Path request = workDir.resolve("request.bin");
        Path response = workDir.resolve("response.bin");
        try {
            long started = System.nanoTime();
            writeRequest(request, layout, inputs);
            long written = System.nanoTime();
            runEmulator(request, response);
            long ran = System.nanoTime();
            readResponse(response, outputs);
            long read = System.nanoTime();
            return new LaunchTimings(written - started, ran - written, read - ran);
        } catch (IOException e) {
            throw new UncheckedIOException("CUDA emulator I/O failed in " + workDir, e);
        }
    }

    private static void writeRequest(Path request, ArenaLayout layout, List<Transfer> inputs) throws IOException {
        long[] args = layout.arguments();
        ByteBuffer header = ByteBuffer.allocate(16 + 8 * args.length).order(ByteOrder.LITTLE_ENDIAN);
        header.put(REQUEST_MAGIC).putLong(args.length);
        for (long word : args) {
            header.putLong(word);
        }
        header.flip();
        try (FileChannel out = FileChannel.open(request, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            writeFully(out, header);
            for (Transfer input : sorted(inputs)) {
                for (long at = 0; at < input.host().byteSize(); at += PIECE) {
                    MemorySegment piece = input.host().asSlice(at, Math.min(PIECE, input.host().byteSize() - at));
                    writeFully(out, piece.asByteBuffer());
                }
            }
        }
    }

    private void runEmulator(Path request, Path response) throws IOException {
        Process process = new ProcessBuilder(executable.toString(), request.toString(), response.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("CUDA emulator " + executable + " did not finish in 10 minutes");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the CUDA emulator ran", e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("CUDA emulator " + executable + " exited with " + process.exitValue()
                    + ": " + output.strip());
        }
    }

    private static void readResponse(Path response, List<Transfer> outputs) throws IOException {
        try (FileChannel in = FileChannel.open(response, StandardOpenOption.READ)) {
            ByteBuffer magic = ByteBuffer.allocate(RESPONSE_MAGIC.length);
            readFully(in, magic);
            if (!ByteBuffer.wrap(RESPONSE_MAGIC).equals(magic.flip())) {
                throw new IllegalStateException("CUDA emulator response " + response + " has a bad magic");
            }
            for (Transfer output : sorted(outputs)) {
                for (long at = 0; at < output.host().byteSize(); at += PIECE) {
                    MemorySegment piece = output.host().asSlice(at, Math.min(PIECE, output.host().byteSize() - at));
                    readFully(in, piece.asByteBuffer());
                }
            }
        }
    }

    private static List<Transfer> sorted(List<Transfer> transfers) {
        return transfers.stream().sorted(Comparator.comparing(Transfer::slot)).toList();
    }

    private static void writeFully(FileChannel out, ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            out.write(bytes);
        }
    }

    private static void readFully(FileChannel in, ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            if (in.read(bytes) < 0) {
                throw new IOException("CUDA emulator response ends early");
            }
        }
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.list(workDir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(workDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the CUDA emulator's work directory " + workDir, e);
        }
    }
}
