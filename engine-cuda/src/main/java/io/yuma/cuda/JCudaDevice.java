package io.yuma.cuda;

import static jcuda.driver.JCudaDriver.cuCtxSetCurrent;
import static jcuda.driver.JCudaDriver.cuDeviceGet;
import static jcuda.driver.JCudaDriver.cuDeviceGetAttribute;
import static jcuda.driver.JCudaDriver.cuDeviceGetName;
import static jcuda.driver.JCudaDriver.cuDevicePrimaryCtxRelease;
import static jcuda.driver.JCudaDriver.cuDevicePrimaryCtxRetain;
import static jcuda.driver.JCudaDriver.cuEventCreate;
import static jcuda.driver.JCudaDriver.cuEventDestroy;
import static jcuda.driver.JCudaDriver.cuEventElapsedTime;
import static jcuda.driver.JCudaDriver.cuEventRecord;
import static jcuda.driver.JCudaDriver.cuEventSynchronize;
import static jcuda.driver.JCudaDriver.cuFuncGetAttribute;
import static jcuda.driver.JCudaDriver.cuInit;
import static jcuda.driver.JCudaDriver.cuLaunchKernel;
import static jcuda.driver.JCudaDriver.cuMemAlloc;
import static jcuda.driver.JCudaDriver.cuMemFree;
import static jcuda.driver.JCudaDriver.cuMemGetInfo;
import static jcuda.driver.JCudaDriver.cuMemcpyDtoH;
import static jcuda.driver.JCudaDriver.cuMemcpyHtoD;
import static jcuda.driver.JCudaDriver.cuMemsetD8;
import static jcuda.driver.JCudaDriver.cuModuleGetFunction;
import static jcuda.driver.JCudaDriver.cuModuleLoadData;
import static jcuda.driver.JCudaDriver.cuModuleUnload;

import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jcuda.Pointer;
import jcuda.driver.CUcontext;
import jcuda.driver.CUdevice;
import jcuda.driver.CUdevice_attribute;
import jcuda.driver.CUdeviceptr;
import jcuda.driver.CUevent;
import jcuda.driver.CUfunction;
import jcuda.driver.CUfunction_attribute;
import jcuda.driver.CUmodule;

/**
 * The GPU, through JCuda's driver API only (no CUDA runtime library): the device's primary
 * context, the kernel module JIT-compiled from the kept PTX, one arena allocation grown as slices
 * need, and events that time the uploads, the kernel and the downloads.
 *
 * <p>Copies go straight between the device and the batch's and results' off-heap columns
 * (pageable memory, so each copy completes before the call returns).
 */
final class JCudaDevice implements EpochDevice {
    private static final long PIECE = 1L << 30;

    private final CUdevice device = new CUdevice();
    private final CUcontext context = new CUcontext();
    private final CUmodule module = new CUmodule();
    private final CUfunction function = new CUfunction();
    private final CUevent[] events = new CUevent[4];
    private final String name;
    private final int threads;
    private final int maxBlocks;
    private final long budget;
    private CUdeviceptr arena;
    private long arenaBytes;
    private long cleanDenseOffset = -1;
    private long cleanDenseBytes = -1;

    private JCudaDevice(DeviceSettings settings) {
        Driver.check(cuInit(0), "cuInit");
        Driver.check(cuDeviceGet(device, settings.ordinal()), "cuDeviceGet(" + settings.ordinal() + ")");
        Driver.check(cuDevicePrimaryCtxRetain(context, device), "cuDevicePrimaryCtxRetain");
        try {
            Driver.check(cuCtxSetCurrent(context), "cuCtxSetCurrent");
            byte[] nameBytes = new byte[256];
            Driver.check(cuDeviceGetName(nameBytes, nameBytes.length, device), "cuDeviceGetName");
            this.name = new String(nameBytes, StandardCharsets.US_ASCII).replace("\0", "").strip();
            KernelImage image = KernelImage.load();
            Driver.check(cuModuleLoadData(module, image.nulTerminated()),
                    "cuModuleLoadData (JIT of the kept PTX, sources sha256 " + image.sha256() + ")");
            Driver.check(cuModuleGetFunction(function, module, KernelImage.ENTRY), "cuModuleGetFunction");
            int[] value = new int[1];
            Driver.check(cuFuncGetAttribute(value, CUfunction_attribute.CU_FUNC_ATTRIBUTE_MAX_THREADS_PER_BLOCK, function),
                    "cuFuncGetAttribute(MAX_THREADS_PER_BLOCK)");
            int limit = Math.min(value[0], DeviceSettings.MAX_THREADS);
            this.threads = Math.max(32, Math.min(settings.threads(), limit) / 32 * 32); // whole warps
            Driver.check(cuDeviceGetAttribute(value, CUdevice_attribute.CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT, device),
                    "cuDeviceGetAttribute(MULTIPROCESSOR_COUNT)");
            this.maxBlocks = settings.blocks() > 0 ? settings.blocks() : 4 * value[0];
            long[] free = new long[1];
            long[] total = new long[1];
            Driver.check(cuMemGetInfo(free, total), "cuMemGetInfo");
            this.budget = settings.memoryBytes() > 0 ? settings.memoryBytes() : free[0] / 10 * 6;
            for (int e = 0; e < events.length; e++) {
                events[e] = new CUevent();
                Driver.check(cuEventCreate(events[e], 0), "cuEventCreate");
            }
        } catch (RuntimeException e) {
            cuDevicePrimaryCtxRelease(device);
            throw e;
        }
    }

    static JCudaDevice open(DeviceSettings settings) {
        return new JCudaDevice(settings);
    }

    @Override
    public String describe() {
        return "GPU " + name + " (CUDA driver API through JCuda), " + threads + " threads x up to " + maxBlocks
                + " blocks, arena budget " + budget / (1 << 20) + " MiB";
    }

    @Override
    public int threads() {
        return threads;
    }

    @Override
    public int maxBlocks() {
        return maxBlocks;
    }

    @Override
    public long memoryBudget() {
        return budget;
    }

    @Override
    public LaunchTimings execute(ArenaLayout layout, List<Transfer> inputs, List<Transfer> outputs) {
        Driver.check(cuCtxSetCurrent(context), "cuCtxSetCurrent"); // the calling thread may be new
        reserve(layout.totalBytes());
        record(0);
        long[] args = layout.arguments();
        Driver.check(cuMemcpyHtoD(arena, Pointer.to(args), 8L * args.length), "cuMemcpyHtoD(arguments)");
        for (Transfer input : inputs) {
            upload(layout.offset(input.slot()), input.host(), input.slot());
        }
        clearDense(layout);
        record(1);
        cleanDenseBytes = -1; // until the kernel is known to have finished, its scratch is not known clean
        Pointer parameters = Pointer.to(Pointer.to(arena));
        Driver.check(cuLaunchKernel(function, layout.blocks(), 1, 1, layout.threads(), 1, 1, 0, null, parameters, null),
                "cuLaunchKernel(" + layout.blocks() + " x " + layout.threads() + ")");
        record(2);
        for (Transfer output : outputs) {
            download(layout.offset(output.slot()), output.host(), output.slot());
        }
        record(3);
        Driver.check(cuEventSynchronize(events[3]), "cuEventSynchronize (the kernel or a copy failed)");
        cleanDenseOffset = layout.offset(Slot.WORK_DENSE); // every row the kernel dirtied it zeroed again
        cleanDenseBytes = layout.bytes(Slot.WORK_DENSE);
        return new LaunchTimings(elapsed(0, 1), elapsed(1, 2), elapsed(2, 3));
    }

    /** Grows the arena to at least {@code bytes} (contents are not kept). */
    private void reserve(long bytes) {
        if (arena != null && arenaBytes >= bytes) {
            return;
        }
        if (arena != null) {
            Driver.check(cuMemFree(arena), "cuMemFree");
            arena = null;
        }
        CUdeviceptr fresh = new CUdeviceptr();
        Driver.check(cuMemAlloc(fresh, bytes), "cuMemAlloc(" + bytes + " bytes)");
        arena = fresh;
        arenaBytes = bytes;
        cleanDenseBytes = -1;
    }

    /** The dense scratch must start zeroed: the kernel leaves it zeroed, so only a moved or new one is cleared. */
    private void clearDense(ArenaLayout layout) {
        long offset = layout.offset(Slot.WORK_DENSE);
        long bytes = layout.bytes(Slot.WORK_DENSE);
        if (offset != cleanDenseOffset || bytes > cleanDenseBytes) {
            Driver.check(cuMemsetD8(arena.withByteOffset(offset), (byte) 0, bytes), "cuMemsetD8(dense scratch)");
        }
    }

    private void upload(long offset, MemorySegment host, Slot slot) {
        for (long at = 0; at < host.byteSize(); at += PIECE) {
            long size = Math.min(PIECE, host.byteSize() - at);
            Driver.check(cuMemcpyHtoD(arena.withByteOffset(offset + at), Pointer.to(host.asSlice(at, size).asByteBuffer()),
                    size), "cuMemcpyHtoD(" + slot + ")");
        }
    }

    private void download(long offset, MemorySegment host, Slot slot) {
        for (long at = 0; at < host.byteSize(); at += PIECE) {
            long size = Math.min(PIECE, host.byteSize() - at);
            Driver.check(cuMemcpyDtoH(Pointer.to(host.asSlice(at, size).asByteBuffer()), arena.withByteOffset(offset + at),
                    size), "cuMemcpyDtoH(" + slot + ")");
        }
    }

    private void record(int event) {
        Driver.check(cuEventRecord(events[event], null), "cuEventRecord");
    }

    private long elapsed(int from, int to) {
        float[] millis = new float[1];
        Driver.check(cuEventElapsedTime(millis, events[from], events[to]), "cuEventElapsedTime");
        return (long) (millis[0] * 1e6);
    }

    @Override
    public void close() {
        cuCtxSetCurrent(context);
        if (arena != null) {
            cuMemFree(arena);
            arena = null;
        }
        for (CUevent event : events) {
            if (event != null) {
                cuEventDestroy(event);
            }
        }
        cuModuleUnload(module);
        cuDevicePrimaryCtxRelease(device);
    }
}
