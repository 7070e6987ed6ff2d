package org.kpiengine.error;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Suggests the closest known name for a misspelt one. */
public final class DidYouMean {

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private DidYouMean() {
    }

    public static Optional<String> closest(String given, Collection<String> known) {
        int allowed = Math.max(2, given.length() / 3);
        return known.stream()
                .filter(candidate -> DISTANCE.apply(given, candidate) <= allowed
                        || (given.length() >= 4 && candidate.startsWith(given)))
                .min(Comparator.comparingInt((String candidate) -> DISTANCE.apply(given, candidate))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** {@code " (did you mean 'x'?)"} or an empty string. */
    public static String hint(String given, Collection<String> known) {
        return closest(given, known).map(name -> " (did you mean '" + name + "'?)").orElse("");
    }
}
