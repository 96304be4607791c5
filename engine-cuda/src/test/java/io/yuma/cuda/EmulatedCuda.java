package io.yuma.cuda;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens the cuda engine on the CPU build of its kernels ({@link EmulatorDevice}) instead of a GPU:
 * the device harness's {@code --emulate} dry run ({@code scripts/cuda-device.sh --emulate}) uses
 * it to check itself and the scripts where there is no GPU. It lives in the test sources and
 * travels in engine-cuda's test jar, so production code can never run on the emulator. Everything
 * an emulated engine describes says "not a GPU".
 */
public final class EmulatedCuda {
    /** Threads per emulated block unless {@code yuma.cuda.threads} says otherwise: several, to exercise the barriers. */
    private static final int THREADS = 8;
    /** Blocks per launch unless {@code yuma.cuda.blocks} says otherwise: several, to exercise the striding. */
    private static final int BLOCKS = 3;
    /** Arena budget unless {@code yuma.cuda.memory} says otherwise. */
    private static final long MEMORY_BYTES = 1L << 30;

    private EmulatedCuda() {
    }

    /**
     * A cuda engine whose kernels run on the CPU through {@code emulator}, with the
     * {@code yuma.cuda.*} settings of the system properties.
     *
     * @param emulator the g++ build of {@code engine-cuda/src/test/cpp/yuma_emulator.cpp}
     *     ({@code scripts/cuda-prepare.sh --emulator} writes it to {@code target/cuda-emulator})
     * @return the engine, which the caller closes
     * @throws IllegalArgumentException when {@code emulator} is not an executable file
     */
    public static CudaEngine open(Path emulator) {
        if (!Files.isExecutable(emulator)) {
            throw new IllegalArgumentException("CUDA emulator " + emulator + " is not an executable file;"
                    + " build it with scripts/cuda-prepare.sh --emulator");
        }
        return new CudaEngine(new EmulatorDevice(emulator, DeviceSettings.fromProperties(THREADS, BLOCKS, MEMORY_BYTES)));
    }
}
