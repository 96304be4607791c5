package io.yuma.cuda;

import io.yuma.api.Availability;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Picks the device the cuda engine runs on: the GPU, or, when the system property
 * {@code yuma.cuda.emulator} names the g++-built emulator of the kernels, the CPU emulation (for
 * testing the engine where there is no GPU; it says so in every description).
 */
final class Devices {
    /** System property: path of the {@code yuma_emulator} executable to use instead of a GPU. */
    static final String EMULATOR_PROPERTY = "yuma.cuda.emulator";
    private static final int GPU_THREADS = 128;
    private static final int EMULATOR_THREADS = 8;
    private static final int EMULATOR_BLOCKS = 3;
    private static final long EMULATOR_MEMORY = 1L << 30;

    private static volatile Availability gpuProbe;

    private Devices() {
    }

    static Availability availability() {
        Path emulator = emulator();
        if (emulator != null) {
            return Files.isExecutable(emulator)
                    ? Availability.yes("CPU emulation of the CUDA kernels (" + emulator + "), not a GPU")
                    : Availability.no(EMULATOR_PROPERTY + " names " + emulator + ", which is not an executable file");
        }
        Availability gpu = gpuProbe;
        if (gpu == null) { // once per JVM: a failed native load cannot be retried anyway
            try {
                gpu = JCudaProbe.probe(DeviceSettings.fromProperties(GPU_THREADS, 0, 0).ordinal());
            } catch (Throwable t) { // JCuda's classes themselves missing
                gpu = Availability.no("no CUDA driver / no device: " + JCudaProbe.class.getSimpleName() + " failed: " + t);
            }
            gpuProbe = gpu;
        }
        return gpu;
    }

    static EpochDevice open() {
        Path emulator = emulator();
        if (emulator != null) {
            return new EmulatorDevice(emulator,
                    DeviceSettings.fromProperties(EMULATOR_THREADS, EMULATOR_BLOCKS, EMULATOR_MEMORY));
        }
        return JCudaDevice.open(DeviceSettings.fromProperties(GPU_THREADS, 0, 0));
    }

    private static Path emulator() {
        String path = System.getProperty(EMULATOR_PROPERTY);
        return path == null || path.isBlank() ? null : Path.of(path.trim());
    }
}
