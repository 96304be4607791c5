package io.yuma.cuda;

import static jcuda.driver.JCudaDriver.cuDeviceGet;
import static jcuda.driver.JCudaDriver.cuDeviceGetCount;
import static jcuda.driver.JCudaDriver.cuDeviceGetName;
import static jcuda.driver.JCudaDriver.cuDriverGetVersion;
import static jcuda.driver.JCudaDriver.cuInit;

import io.yuma.api.Availability;
import java.nio.charset.StandardCharsets;
import jcuda.driver.CUdevice;

/**
 * Whether JCuda's native driver bindings load here and a CUDA device exists. Everything that can
 * go wrong (no JCuda natives for this platform, no libcuda, no device, a driver error) comes back
 * as an unavailable {@link Availability} with the reason; nothing is thrown.
 */
final class JCudaProbe {
    private JCudaProbe() {
    }

    static Availability probe(int ordinal) {
        try {
            Driver.check(cuInit(0), "cuInit");
            int[] count = new int[1];
            Driver.check(cuDeviceGetCount(count), "cuDeviceGetCount");
            if (count[0] <= ordinal) {
                return Availability.no("no CUDA driver / no device: the driver reports " + count[0]
                        + " device(s), device " + ordinal + " asked for (yuma.cuda.device)");
            }
            CUdevice device = new CUdevice();
            Driver.check(cuDeviceGet(device, ordinal), "cuDeviceGet");
            byte[] name = new byte[256];
            Driver.check(cuDeviceGetName(name, name.length, device), "cuDeviceGetName");
            int[] version = new int[1];
            Driver.check(cuDriverGetVersion(version), "cuDriverGetVersion");
            KernelImage.load(); // a stale or missing PTX makes the engine unavailable, not broken
            return Availability.yes("GPU " + ordinal + ": " + cString(name) + ", CUDA driver " + version[0] / 1000 + "."
                    + version[0] % 1000 / 10 + ", kernels as PTX through JCuda's driver API");
        } catch (Throwable t) { // UnsatisfiedLinkError, NoClassDefFoundError, CudaException, ...
            return Availability.no("no CUDA driver / no device: " + reason(t));
        }
    }

    /** The most useful line of a failure: JCuda's load errors are pages long, the cause is one line of it. */
    static String reason(Throwable t) {
        String message = String.valueOf(t.getMessage());
        String chosen = message.lines().findFirst().orElse("");
        for (String line : message.split("\n")) {
            if (line.contains("cannot open shared object file") || line.contains("CUDA_ERROR")) {
                chosen = line;
                break;
            }
        }
        chosen = chosen.strip();
        String prefix = t.getClass().getName() + ": ";
        String line = chosen.startsWith(prefix) ? chosen.substring(prefix.length()) : chosen;
        return t.getClass().getSimpleName() + ": " + line;
    }

    private static String cString(byte[] bytes) {
        int end = 0;
        while (end < bytes.length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, 0, end, StandardCharsets.US_ASCII);
    }
}
