// yuma_epoch.cu: the kernel. One launch computes every subnet of a chunk: one block per subnet
// at a time, the blocks striding over the chunk's subnets. Compiled to PTX and loaded through
// the driver API (cuModuleLoadData), so no CUDA runtime library is involved.
#include "yuma_epoch.cuh"

extern "C" __global__ void __launch_bounds__(yuma::MAX_THREADS) yuma_epoch(unsigned char* arena) {
    __shared__ yuma::BlockShared shared;
    const yuma::u64* args = (const yuma::u64*)arena;
    yuma::Buffers buffers;
    yuma::bind_buffers(args, [arena, args](int k) { return arena + args[yuma::ARG_FIRST_SLOT + 2 * k]; }, buffers);
    if (!yuma::args_valid(args, (int)gridDim.x, (int)blockDim.x)) {
        if (threadIdx.x == 0) {
            for (int s = blockIdx.x; s < buffers.subnets; s += gridDim.x) buffers.out_status[s] = yuma::STATUS_BAD_ARGS;
        }
        return;
    }
    yuma::Block block = {(int)threadIdx.x, (int)blockDim.x, &shared, nullptr};
    yuma::epoch_blocks(block, buffers, (int)blockIdx.x, (int)gridDim.x);
}
