package org.constellation.scenario.schema;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the valid name closest to a misspelt one, by case-insensitive edit distance. */
final class Suggestions {

    private static final int MAX_COMPARED = 64;

    private Suggestions() {
    }

    /**
     * @return the closest candidate if it is close enough to be a likely typo: at most 1 edit for
     *     words of up to 4 letters, 2 for up to 8, 3 beyond
     */
    static Optional<String> closest(String input, Collection<String> candidates) {
        if (input.length() > MAX_COMPARED) {
            return Optional.empty();
        }
        String in = input.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (candidate.length() > MAX_COMPARED) {
                continue;
            }
            int d = distance(in, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int length = Math.max(in.length(), best.length());
        int allowed = length <= 4 ? 1 : length <= 8 ? 2 : 3;
        return bestDistance <= allowed && bestDistance < length ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance, with a transposition of adjacent letters counting as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }
}
