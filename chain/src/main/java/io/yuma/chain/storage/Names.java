package io.yuma.chain.storage;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Close names, to suggest when a pallet or item name is misspelt. */
final class Names {
    private static final int MOST = 3;

    private Names() {
    }

    /** Up to three names of {@code known} closest to {@code wanted}: same letters ignoring case, containing it, or few edits away. */
    static List<String> closest(String wanted, Collection<String> known) {
        String lower = wanted.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, wanted.length() / 3);
        return known.stream()
                .filter(name -> name.toLowerCase(Locale.ROOT).contains(lower) || distance(lower, name.toLowerCase(Locale.ROOT)) <= limit)
                .sorted(Comparator.comparingInt(name -> distance(lower, name.toLowerCase(Locale.ROOT))))
                .limit(MOST).toList();
    }

    /** " (did you mean A, B?)", or nothing when no name is close. */
    static String suggestion(String wanted, Collection<String> known) {
        List<String> close = closest(wanted, known);
        return close.isEmpty() ? "" : " (did you mean " + String.join(", ", close) + "?)";
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
