package io.yuma.simd;

import io.yuma.api.Availability;
import io.yuma.api.EngineOptions;
import io.yuma.api.YumaEngine;
import io.yuma.api.YumaEngineProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * Registers the {@link SimdEngine}. It checks what Apache Lucene's {@code VectorizationProvider}
 * checks before it uses the Vector API, and says exactly why it declines:
 * <ul>
 * <li>the JVM is HotSpot's server VM, the one with the C2 compiler that turns vector operations
 *     into SIMD instructions (elsewhere they run as objects on the heap, slower than scalar code);
 * <li>C2 is in use: not {@code -XX:TieredStopAtLevel=1} or {@code -XX:CompilationMode=quick-only}
 *     (which HotSpot reports as "emulated-client" in {@code java.vm.info}), nor {@code -Xint};
 * <li>{@code jdk.incubator.vector} is in the module graph ({@code --add-modules jdk.incubator.vector});
 * <li>the preferred vector shape holds at least 128 bits: two 64-bit lanes.
 * </ul>
 * No class that touches the Vector API is loaded before the module check passes.
 */
public final class SimdEngineProvider implements YumaEngineProvider {
    /** The fewest bits a vector must hold to be worth the engine: two 64-bit lanes. */
    static final int MIN_VECTOR_BITS = 128;

    /** The provider {@link java.util.ServiceLoader} instantiates. */
    public SimdEngineProvider() {
    }

    @Override
    public String name() {
        return SimdEngine.NAME;
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public Availability availability() {
        return availability(System.getProperty("java.vm.name", ""), System.getProperty("java.vm.info", ""),
                Optional.ofNullable(SimdEngineProvider.class.getModule().getLayer()).orElse(ModuleLayer.boot())
                        .findModule("jdk.incubator.vector").isPresent(), () -> Lanes.lanes() * Long.SIZE);
    }

    /**
     * The decision, from the JVM's facts; every reason that applies is named.
     *
     * @param vmName {@code java.vm.name}
     * @param vmInfo {@code java.vm.info}
     * @param vectorModule whether {@code jdk.incubator.vector} is in the boot layer
     * @param preferredBits the preferred vector size in bits; asked only when the module is present
     */
    static Availability availability(String vmName, String vmInfo, boolean vectorModule, IntSupplier preferredBits) {
        List<String> reasons = new ArrayList<>();
        if (!(vmName.contains("HotSpot") || vmName.startsWith("OpenJDK")) || !vmName.contains("Server VM")) {
            reasons.add("the JVM is '" + vmName + "', not HotSpot's server VM with the C2 compiler that makes"
                    + " Vector API code fast");
        }
        if (vmInfo.contains("emulated-client")) {
            reasons.add("C2 is disabled (java.vm.info '" + vmInfo + "': -XX:TieredStopAtLevel=1 or"
                    + " -XX:CompilationMode=quick-only); drop that flag");
        }
        if (vmInfo.contains("interpreted mode")) {
            reasons.add("the JIT is off (java.vm.info '" + vmInfo + "': -Xint); drop that flag");
        }
        if (!vectorModule) {
            reasons.add("jdk.incubator.vector is not in the module graph: add --add-modules jdk.incubator.vector");
        } else {
            int bits = preferredBits.getAsInt();
            if (bits < MIN_VECTOR_BITS) {
                reasons.add("the preferred vector size is " + bits + " bits; the engine needs at least "
                        + MIN_VECTOR_BITS + " (two 64-bit lanes)");
            }
            if (reasons.isEmpty()) {
                return Availability.yes("Vector API, " + bits / Long.SIZE + " x 64-bit lanes");
            }
        }
        return Availability.no(String.join("; ", reasons));
    }

    @Override
    public YumaEngine create(EngineOptions options) {
        return new SimdEngine(options);
    }
}
