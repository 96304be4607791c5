// yuma_emulator: runs the CUDA kernel's code on the CPU, compiled by g++ from the same headers.
//
//   yuma_emulator REQUEST RESPONSE
//
// REQUEST (written by io.yuma.cuda.EmulatorDevice): "YUMAEMU1", u64 word count, the argument
// table (yuma_args.cuh), then the bytes of every IN_* slot in slot order. RESPONSE: "YUMARES1",
// the bytes of every OUT_* slot in slot order, then u64 nanoseconds spent in the kernel code.
//
// Each slot gets its own allocation (so AddressSanitizer sees an overrun of any one of them), and
// each emulated block is `threads` real threads meeting at a std::barrier where the device calls
// __syncthreads(), so a missing barrier or a cross-thread race shows up as wrong bits here too.
#include "../../main/resources/kernels/yuma_epoch.cuh"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <thread>
#include <vector>

using namespace yuma;

namespace {

[[noreturn]] void fail(const std::string& message) {
    std::fprintf(stderr, "yuma_emulator: %s\n", message.c_str());
    std::exit(2);
}

void read_exact(std::FILE* in, void* to, size_t bytes, const char* what) {
    if (bytes != 0 && std::fread(to, 1, bytes, in) != bytes) fail(std::string("request ends inside ") + what);
}

void write_exact(std::FILE* out, const void* from, size_t bytes) {
    if (bytes != 0 && std::fwrite(from, 1, bytes, out) != bytes) fail("cannot write the response");
}

bool is_input(int slot) { return slot <= SLOT_IN_BOND_VALUE; }
bool is_output(int slot) { return slot >= SLOT_OUT_ACTIVE && slot <= SLOT_OUT_STATUS; }

/** A zeroed, 64-byte aligned allocation of at least one byte. */
struct Allocation {
    void* data;
    explicit Allocation(u64 bytes) {
        u64 size = (bytes + 63) / 64 * 64;
        data = std::aligned_alloc(64, size == 0 ? 64 : size);
        if (data == nullptr) fail("out of memory for " + std::to_string(bytes) + " bytes");
        std::memset(data, 0, size == 0 ? 64 : size);
    }
    ~Allocation() { std::free(data); }
    Allocation(const Allocation&) = delete;
    Allocation& operator=(const Allocation&) = delete;
};

} // namespace

int main(int argc, char** argv) {
    if (argc != 3) fail("usage: yuma_emulator REQUEST RESPONSE");
    std::FILE* in = std::fopen(argv[1], "rb");
    if (in == nullptr) fail(std::string("cannot open ") + argv[1]);
    char magic[8];
    read_exact(in, magic, 8, "the magic");
    if (std::memcmp(magic, "YUMAEMU1", 8) != 0) fail("not a request (bad magic)");
    u64 words = 0;
    read_exact(in, &words, 8, "the word count");
    if (words < ARG_FIRST_SLOT + 2 * SLOT_COUNT || words > 4096) fail("bad argument table size");
    std::vector<u64> args(words);
    read_exact(in, args.data(), words * 8, "the argument table");
    int blocks = (int)args[ARG_BLOCKS];
    int threads = (int)args[ARG_THREADS];
    if (!args_valid(args.data(), blocks, threads) || blocks < 1 || threads < 1) fail("argument table rejected");

    std::vector<std::unique_ptr<Allocation>> slots;
    for (int k = 0; k < SLOT_COUNT; k++) {
        u64 bytes = args[ARG_FIRST_SLOT + 2 * k + 1];
        slots.emplace_back(new Allocation(bytes));
        if (is_input(k)) read_exact(in, slots.back()->data, bytes, "an input slot");
    }
    std::fclose(in);

    Buffers buffers;
    bind_buffers(args.data(), [&slots](int k) { return (u8*)slots[k]->data; }, buffers);

    auto started = std::chrono::steady_clock::now();
    std::vector<BlockShared> shared(blocks);
    std::vector<std::unique_ptr<HostBarrier>> barriers;
    for (int g = 0; g < blocks; g++) barriers.emplace_back(new HostBarrier(threads));
    std::vector<std::thread> workers;
    for (int g = 0; g < blocks; g++) {
        for (int t = 0; t < threads; t++) {
            workers.emplace_back([&, g, t] {
                Block block = {t, threads, &shared[g], barriers[g].get()};
                epoch_blocks(block, buffers, g, blocks);
            });
        }
    }
    for (std::thread& worker : workers) worker.join();
    u64 nanos = (u64)std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - started).count();

    std::FILE* out = std::fopen(argv[2], "wb");
    if (out == nullptr) fail(std::string("cannot create ") + argv[2]);
    write_exact(out, "YUMARES1", 8);
    for (int k = 0; k < SLOT_COUNT; k++) {
        if (is_output(k)) write_exact(out, slots[k]->data, args[ARG_FIRST_SLOT + 2 * k + 1]);
    }
    write_exact(out, &nanos, 8);
    if (std::fclose(out) != 0) fail("cannot write the response");
    return 0;
}
