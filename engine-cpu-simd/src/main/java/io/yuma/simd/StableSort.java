package io.yuma.simd;

/** An allocation-free stable merge sort of indices by a long key, for {@code is_topk_nonzero}. */
final class StableSort {
    private StableSort() {
    }

    /**
     * Sorts {@code idx[0..n)} ascending by {@code key[idx]}, keeping the order of equal keys
     * (Rust's {@code sort_by_key} is stable).
     *
     * @param buffer scratch of at least n entries
     */
    static void sortByKey(int[] idx, int[] buffer, int n, long[] key) {
        int[] from = idx;
        int[] to = buffer;
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int a = lo;
                int b = mid;
                int t = lo;
                while (a < mid && b < hi) {
                    to[t++] = key[from[b]] < key[from[a]] ? from[b++] : from[a++];
                }
                while (a < mid) {
                    to[t++] = from[a++];
                }
                while (b < hi) {
                    to[t++] = from[b++];
                }
            }
            int[] swap = from;
            from = to;
            to = swap;
        }
        if (from != idx) {
            System.arraycopy(from, 0, idx, 0, n);
        }
    }
}
