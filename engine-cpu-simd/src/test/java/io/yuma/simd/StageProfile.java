package io.yuma.simd;

import io.yuma.api.EpochInput;
import io.yuma.batch.BatchResults;
import io.yuma.batch.SubnetBatch;
import io.yuma.simd.StageClock.Stage;
import io.yuma.vector.VectorReader;
import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A tool, not a test: the median time per epoch stage of the SIMD kernel on vector-format
 * inputs, one thread, after a warm-up of the same length as the measurement. Run by
 * {@code engine-cpu-simd/stage-profile.sh} (see the module README):
 * {@code StageProfile SECONDS FILE...}.
 */
final class StageProfile {
    private StageProfile() {
    }

    /**
     * Prints, per input, each stage's p50 and mean in microseconds, the whole epoch's, and the bytes
     * the measuring thread allocated per epoch once warm.
     *
     * @param args seconds per input (half warm-up), then the input files
     * @throws IOException when an input cannot be read
     */
    public static void main(String[] args) throws IOException {
        double seconds = Double.parseDouble(args[0]);
        for (String file : Arrays.copyOfRange(args, 1, args.length)) {
            for (EpochInput input : VectorReader.readInputs(Path.of(file)).epochs()) {
                profile(Path.of(file).getFileName().toString(), input, seconds);
            }
        }
    }

    private static void profile(String name, EpochInput input, double seconds) {
        StageClock clock = new StageClock(true);
        SubnetKernel kernel = new SubnetKernel(clock);
        try (SubnetBatch batch = SubnetBatch.of(List.of(input)); BatchResults out = new BatchResults(batch)) {
            long warmEnd = System.nanoTime() + (long) (seconds * 0.5e9);
            while (System.nanoTime() < warmEnd) {
                kernel.compute(batch, 0, out);
            }
            Stage[] stages = Stage.values();
            long[][] samples = new long[stages.length + 1][1 << 16];
            int epochs = 0;
            ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            long end = System.nanoTime() + (long) (seconds * 0.5e9);
            while (System.nanoTime() < end && epochs < samples[0].length) {
                clock.reset();
                long t0 = System.nanoTime();
                kernel.compute(batch, 0, out);
                samples[stages.length][epochs] = System.nanoTime() - t0;
                for (Stage stage : stages) {
                    samples[stage.ordinal()][epochs] = clock.nanos(stage);
                }
                epochs++;
            }
            // the sample arrays were allocated before the first reading: what remains is the kernel's
            double allocatedPerEpoch = (threads.getCurrentThreadAllocatedBytes() - allocatedBefore) / (double) epochs;
            System.out.printf("%s: %d epochs, %.1f bytes allocated per epoch%n%-18s %10s %10s%n", name, epochs,
                    allocatedPerEpoch, "stage", "p50 us", "mean us");
            for (int k = 0; k <= stages.length; k++) {
                long[] s = Arrays.copyOf(samples[k], epochs);
                Arrays.sort(s);
                double mean = Arrays.stream(s).average().orElse(0) / 1e3;
                if (mean > 0) {
                    System.out.printf("%-18s %10.1f %10.1f%n", k < stages.length ? stages[k].name() : "EPOCH",
                            s[epochs / 2] / 1e3, mean);
                }
            }
        }
    }
}
