package io.yuma.cuda.device;

import io.yuma.api.EngineOptions;
import io.yuma.api.Engines;
import io.yuma.api.YumaEngine;
import io.yuma.cuda.EmulatedCuda;
import java.nio.file.Path;

/**
 * The engine a device run holds to the reference: one the engines' registry opens by name
 * (normally {@code cuda} on the GPU), or, for the {@code --emulate} dry run, the cuda engine on
 * the CPU build of its kernels, which says "not a GPU" in everything it describes.
 *
 * @param name the engine's name, for the report
 * @param emulator the g++ build of the kernels to run on instead of a GPU, or null for the engine named
 */
record EngineUnderTest(String name, Path emulator) {
    /**
     * The engine registered as {@code name}.
     *
     * @param name an engine name ({@code cuda}, {@code simd}, {@code reference})
     * @return the choice
     */
    static EngineUnderTest named(String name) {
        return new EngineUnderTest(name, null);
    }

    /**
     * The cuda engine on the emulator instead of a GPU.
     *
     * @param emulator the g++ build of {@code engine-cuda/src/test/cpp/yuma_emulator.cpp}
     * @return the choice
     */
    static EngineUnderTest emulated(Path emulator) {
        return new EngineUnderTest("cuda", emulator);
    }

    /**
     * Opens a fresh instance.
     *
     * @return the engine, which the caller closes
     * @throws IllegalStateException when the named engine is not available here
     * @throws IllegalArgumentException when the emulator is not an executable file
     */
    YumaEngine open() {
        return emulator == null ? Engines.open(name, EngineOptions.defaults()) : EmulatedCuda.open(emulator);
    }

    /**
     * How the report names it.
     *
     * @return the name, and the emulator when there is one
     */
    String describe() {
        return emulator == null ? name : name + " on the CPU emulator " + emulator + " (not a GPU)";
    }
}
