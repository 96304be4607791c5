package io.yuma.cuda;

import static io.yuma.batch.layout.BatchLayout.I32;

import io.yuma.batch.BatchResults;
import io.yuma.batch.SubnetBatch;
import java.lang.foreign.MemorySegment;

/**
 * After a slice ran: each subnet's status checked, and each subnet's bonds block (written by the
 * kernel in BatchResults' block layout, at the place yuma_emission.cuh's bonds_block_offset
 * gives) copied into the results.
 */
final class SliceResults {
    private SliceResults() {
    }

    /** @throws IllegalStateException naming the first subnet the kernel did not compute */
    static void checkStatus(SubnetSlice slice, MemorySegment status, SubnetBatch batch) {
        for (int k = 0; k < slice.subnets(); k++) {
            int code = status.getAtIndex(I32, k);
            if (code != 0) {
                int s = slice.firstSubnet() + k;
                throw new IllegalStateException("cuda engine: subnet " + s + " (n=" + batch.n(s) + ") was not computed: "
                        + switch (code) {
                            case 1 -> "n above the slice's maximum (dense scratch sized wrong; an engine bug)";
                            case 2 -> "a row outgrew its capacity (an engine bug)";
                            case 3 -> "the kernel rejected its argument table (kernel and engine versions differ)";
                            default -> "status " + code + " (did the kernel run at all?)";
                        });
            }
        }
    }

    static void copyBonds(SubnetSlice slice, MemorySegment bonds, SubnetBatch batch, BatchResults results) {
        for (int k = 0; k < slice.subnets(); k++) {
            int s = slice.firstSubnet() + k;
            int n = batch.n(s);
            long uidBase = batch.uidBase(s);
            long weightRow = batch.weights().start(uidBase) - slice.weightOffset();
            long bondRow = batch.bonds().start(uidBase) - slice.bondOffset();
            long offset = 4 * (uidBase - slice.uidOffset() + k) + 4 * (weightRow + bondRow);
            int entries = bonds.get(I32, offset + 4L * n);
            long capacity = batch.weights().start(uidBase + n) - batch.weights().start(uidBase)
                    + batch.bonds().start(uidBase + n) - batch.bonds().start(uidBase);
            if (entries < 0 || entries > capacity) {
                throw new IllegalStateException("cuda engine: subnet " + s + " came back with " + entries
                        + " bond entries, capacity " + capacity + " (an engine bug)");
            }
            MemorySegment block = results.allocateBonds(s, entries);
            MemorySegment.copy(bonds, offset, block, 0, 4L * (n + 1) + 4L * entries);
        }
    }
}
