package io.yuma.testkit.random;

import io.yuma.api.SparseMatrix;

/**
 * Picks the stored weight and bond rows of one case. Weights have a shape (ordinary or dense, or
 * at the case's edge rate all-zero, self-weights only, tied values, or empty), and both have a
 * "mess" level that decides how often rows are stored the way no well-behaved extrinsic would
 * leave them: unsorted, with a column twice, with columns at or beyond n (left behind when a
 * subnet shrinks), with zeros.
 */
final class Rows {
    private static final int U16_MAX = 65535;
    /** The most entries {@link #perturb} adds to a row: a self entry, a repeat, three beyond n. */
    private static final int MAX_ADDED = 5;

    private Rows() {
    }

    /**
     * @param permits the uids holding a validator permit, who mostly are the ones setting weights
     * @param budget the most entries to generate
     * @param edge the probability of an adversarial shape and of heavy mess
     */
    static SparseMatrix weights(CaseRandom random, int n, boolean[] permits, int budget, double edge) {
        int shape = random.chance(edge) ? random.below(10) : 10 + random.below(5);
        double mess = random.chance(edge) ? 0.2 : random.pick(0, 1) * 0.05;
        long tiedValue = random.chance(0.5) ? U16_MAX : 1 + random.below(U16_MAX);
        int maxLength = random.chance(edge) ? random.pick(1, 4) : random.pick(16, 64, Math.max(n, 1), Math.max(n, 1));
        SparseMatrix.Builder matrix = new SparseMatrix.Builder(n);
        RowBuffer row = new RowBuffer();
        int remaining = budget;
        for (int i = 0; i < n; i++) {
            row.clear();
            boolean sets = random.chance(permits[i] ? 0.9 : 0.15);
            if (sets && remaining > MAX_ADDED) {
                int length = Math.min(remaining - MAX_ADDED, 1 + random.below(Math.min(n, maxLength)));
                switch (shape) {
                    case 0, 1 -> { // all-zero weights
                        fillColumns(random, row, n, length);
                        perturb(random, row, n, i, mess, true);
                    }
                    case 2, 3 -> row.add(i, 1 + random.below(U16_MAX)); // self-weight only
                    case 4, 5, 6 -> { // one value everywhere
                        fillColumns(random, row, n, length);
                        for (int k = 0; k < row.size(); k++) {
                            row.setValue(k, tiedValue);
                        }
                        perturb(random, row, n, i, mess, false);
                    }
                    case 7 -> { } // nobody sets weights
                    case 8, 9, 10 -> { // every column
                        for (int j = 0; j < Math.min(n, remaining - MAX_ADDED); j++) {
                            row.add(j, random.u16());
                        }
                        perturb(random, row, n, i, mess, false);
                    }
                    default -> {
                        fillColumns(random, row, n, length);
                        for (int k = 0; k < row.size(); k++) {
                            row.setValue(k, random.u16());
                        }
                        if (random.chance(0.5)) {
                            maxUpscale(row);
                        }
                        perturb(random, row, n, i, mess, false);
                    }
                }
            }
            remaining -= row.size();
            row.appendTo(matrix);
        }
        return matrix.build();
    }

    /**
     * Bond rows: held by some or most uids, ascending, with the same kinds of mess as weights.
     *
     * @param edge the probability of few holders and of heavy mess
     */
    static SparseMatrix bonds(CaseRandom random, int n, int budget, double edge) {
        double holders = random.chance(edge) ? random.pick(0, 1) * 0.1 : random.pick(5, 10) * 0.1;
        double mess = random.chance(edge) ? 0.2 : random.pick(0, 1) * 0.05;
        int maxLength = random.pick(1, 8, 64, Math.max(n, 1));
        boolean full = random.chance(0.2);
        SparseMatrix.Builder matrix = new SparseMatrix.Builder(n);
        RowBuffer row = new RowBuffer();
        int remaining = budget;
        for (int i = 0; i < n; i++) {
            row.clear();
            if (random.chance(holders) && remaining > MAX_ADDED) {
                fillColumns(random, row, n, Math.min(remaining - MAX_ADDED, 1 + random.below(Math.min(n, maxLength))));
                for (int k = 0; k < row.size(); k++) {
                    row.setValue(k, full && random.chance(0.5) ? U16_MAX : random.u16());
                }
                perturb(random, row, n, -1, mess, false);
            }
            remaining -= row.size();
            row.appendTo(matrix);
        }
        return matrix.build();
    }

    /** {@code length} distinct columns below n, ascending (selection sampling), values 0. */
    private static void fillColumns(CaseRandom random, RowBuffer row, int n, int length) {
        int needed = Math.min(length, n);
        for (int j = 0; j < n && needed > 0; j++) {
            if (random.below(n - j) < needed) {
                row.add(j, 0);
                needed--;
            }
        }
    }

    /** Scales values so the largest is 65535, as the chain stores a validator's weights. */
    private static void maxUpscale(RowBuffer row) {
        long max = row.max();
        if (max > 0) {
            for (int k = 0; k < row.size(); k++) {
                row.setValue(k, row.value(k) * U16_MAX / max);
            }
        }
    }

    /**
     * Leaves the row as a careless or historical store might: a self entry, zeros, a repeated
     * column, columns at or beyond n, entries out of order. {@code zeroOnly} keeps every value 0.
     *
     * @param self the row's own uid, or -1 for none
     */
    private static void perturb(CaseRandom random, RowBuffer row, int n, int self, double mess, boolean zeroOnly) {
        if (self >= 0 && random.chance(4 * mess)) {
            row.insertSorted(self, zeroOnly ? 0 : random.u16());
        }
        if (!zeroOnly && random.chance(2 * mess)) {
            for (int k = 0; k < row.size(); k++) {
                if (random.chance(0.3)) {
                    row.setValue(k, 0);
                }
            }
        }
        if (row.size() > 0 && random.chance(2 * mess)) {
            int twice = row.column(random.below(row.size()));
            row.insert(random.below(row.size() + 1), twice, zeroOnly ? 0 : random.u16());
        }
        if (n < U16_MAX && random.chance(2 * mess)) {
            for (int extra = 1 + random.below(3); extra > 0; extra--) {
                row.add((int) random.between(n, U16_MAX), zeroOnly ? 0 : random.u16());
            }
        }
        if (random.chance(3 * mess)) {
            row.shuffle(random);
        }
    }
}
