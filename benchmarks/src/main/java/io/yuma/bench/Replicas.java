package io.yuma.bench;

import io.yuma.api.EpochInput;
import java.util.ArrayList;
import java.util.List;

/**
 * Many subnets made from a few templates, for batch benchmarks: subnet {@code i} is template
 * {@code i mod t}, the first copy of each unchanged and every later copy with one uid's alpha
 * stake moved by a few rao, so no two subnets are the same input while every one does the same
 * work as its template (same sizes, same path through the epoch).
 *
 * <p>A copier, not a generator: the templates are real inputs (the benchmark inputs), and nothing
 * here draws random subnets. Generated subnets come from the testkit's {@code SubnetGenerator}
 * only.
 */
public final class Replicas {
    private Replicas() {
    }

    /**
     * {@code count} subnets cycling through {@code templates}. The copies share the templates'
     * weight and bond rows (inputs are immutable), so a few thousand of them cost little heap.
     *
     * @param templates the inputs to copy, at least one
     * @param count how many subnets to make
     * @return template {@code i mod templates.size()} at index {@code i}, copies varied
     * @throws IllegalArgumentException when there is no template or {@code count} is negative
     */
    public static List<EpochInput> of(List<EpochInput> templates, int count) {
        if (templates.isEmpty() || count < 0) {
            throw new IllegalArgumentException("need templates and count >= 0, got templates=" + templates.size()
                    + " count=" + count);
        }
        List<EpochInput> subnets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            EpochInput template = templates.get(i % templates.size());
            int copy = i / templates.size();
            subnets.add(copy == 0 || template.n() == 0 ? template : varied(template, copy));
        }
        return subnets;
    }

    /** Copy number {@code copy} (from 1): uid {@code copy mod n}'s stake moved by {@code copy} rao. */
    private static EpochInput varied(EpochInput template, int copy) {
        long[] stakes = template.alphaStakes();
        int uid = copy % template.n();
        // Up unless that would pass u64::MAX; (uid, amount) differs for every copy of a template.
        boolean roomAbove = Long.compareUnsigned(stakes[uid], -1L - copy) <= 0;
        stakes[uid] = roomAbove ? stakes[uid] + copy : stakes[uid] - copy;
        return template.toBuilder().alphaStake(stakes).build();
    }
}
