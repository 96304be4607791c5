package io.yuma.cuda;

import io.yuma.api.Availability;

/**
 * The GPU the cuda engine runs on: whether there is one (probed once per JVM) and opening it with
 * the settings the system properties give. The CPU build of the kernels that tests and the device
 * harness's dry run use instead is not reachable from here: production code only ever runs on a
 * GPU.
 */
final class Devices {
    /** Threads per block unless {@code yuma.cuda.threads} says otherwise. */
    private static final int GPU_THREADS = 128;

    private static volatile Availability gpuProbe;

    private Devices() {
    }

    /**
     * Whether a GPU the engine can use is here. Never throws.
     *
     * @return available with the device's description, or unavailable with the reason
     */
    static Availability availability() {
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

    /**
     * Opens the GPU.
     *
     * @return the device, which the caller closes
     * @throws CudaException when a driver call fails
     */
    static EpochDevice open() {
        return JCudaDevice.open(DeviceSettings.fromProperties(GPU_THREADS, 0, 0));
    }
}
