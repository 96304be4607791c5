// yuma_platform.cuh: what differs between the CUDA build and the plain host C++ build.
//
// Every per-subnet function of the epoch is `YUMA_HD`: nvcc compiles it for the device, g++
// compiles the very same text for the host emulator and the host tests, so the arithmetic the GPU
// runs is the arithmetic the CPU checks. Only four things differ, and all of them live here:
// 64x64 high products, count-leading-zeros, atomics, and the block barrier.
#pragma once

#if defined(__CUDACC__)
#define YUMA_HD __host__ __device__ __forceinline__
#define YUMA_STEP __host__ __device__
#else
#define YUMA_HD inline
#define YUMA_STEP inline
#include <atomic>
#include <barrier>
#endif

namespace yuma {

typedef long long i64;
typedef unsigned long long u64;
typedef int i32;
typedef unsigned int u32;
typedef unsigned short u16;
typedef unsigned char u8;

static_assert(sizeof(i64) == 8 && sizeof(u16) == 2 && sizeof(i32) == 4, "fixed-width types");

/** High 64 bits of the unsigned 128-bit product. */
YUMA_HD u64 umulhi(u64 a, u64 b) {
#if defined(__CUDA_ARCH__)
    return __umul64hi(a, b);
#else
    return (u64)(((unsigned __int128)a * b) >> 64);
#endif
}

/** High 64 bits of the signed 128-bit product. */
YUMA_HD i64 mulhi(i64 a, i64 b) {
#if defined(__CUDA_ARCH__)
    return __mul64hi(a, b);
#else
    return (i64)(((__int128)a * b) >> 64);
#endif
}

/** Leading zero bits of a non-zero value. */
YUMA_HD int clz64(u64 v) {
#if defined(__CUDA_ARCH__)
    return __clzll((long long)v);
#else
    return __builtin_clzll(v);
#endif
}

// Atomics: used only where the result cannot depend on their order (counts, exact 128-bit sums
// of non-negative terms, maxima); see yuma_block.cuh.

YUMA_HD i32 atomic_add_i32(i32* p, i32 v) {
#if defined(__CUDA_ARCH__)
    return atomicAdd(p, v);
#elif defined(__CUDACC__)
    i32 old = *p; // nvcc's host pass: never called, the kernels run on the device
    *p += v;
    return old;
#else
    return std::atomic_ref<i32>(*p).fetch_add(v);
#endif
}

YUMA_HD u64 atomic_add_u64(u64* p, u64 v) {
#if defined(__CUDA_ARCH__)
    return atomicAdd(p, v);
#elif defined(__CUDACC__)
    u64 old = *p;
    *p += v;
    return old;
#else
    return std::atomic_ref<u64>(*p).fetch_add(v);
#endif
}

YUMA_HD void atomic_max_i64(i64* p, i64 v) {
#if defined(__CUDA_ARCH__)
    atomicMax(p, v);
#elif defined(__CUDACC__)
    if (*p < v) *p = v;
#else
    std::atomic_ref<i64> ref(*p);
    i64 seen = ref.load();
    while (seen < v && !ref.compare_exchange_weak(seen, v)) {
    }
#endif
}

/** The most threads a block may have: the size of the per-block reduction arrays. */
const int MAX_THREADS = 256;

/** What the threads of a block share: __shared__ memory on the device, one struct per emulated block on the host. */
struct BlockShared {
    u64 red[MAX_THREADS];
    u64 redHi[MAX_THREADS];
    u64 scalar[4];
};

#if defined(__CUDACC__)
struct HostBarrier; // only the host emulator has one
#else
/** The host emulator's __syncthreads: every thread of the emulated block waits for the others. */
struct HostBarrier {
    std::barrier<> barrier;
    explicit HostBarrier(int threads) : barrier(threads) {}
    void wait() { barrier.arrive_and_wait(); }
};
#endif

/** One thread's view of its block: its index, the block size, the shared memory, the barrier. */
struct Block {
    int tid;
    int nt;
    BlockShared* sh;
    HostBarrier* barrier;
};

/** __syncthreads(): every thread of the block reaches it, in uniform control flow. */
YUMA_HD void block_sync(Block& b) {
#if defined(__CUDA_ARCH__)
    (void)b;
    __syncthreads();
#elif defined(__CUDACC__)
    (void)b;
#else
    if (b.nt > 1) {
        b.barrier->wait();
    }
#endif
}

} // namespace yuma
