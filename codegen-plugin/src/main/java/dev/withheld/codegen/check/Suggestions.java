package dev.withheld.codegen.check;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean" for names: the closest known name within a small edit distance. */
public final class Suggestions {
    private Suggestions() {
    }

    /**
     * The known name closest to {@code written}: the same ignoring case, or at most two edits away
     * (a transposed pair such as {@code requried} is two edits) and fewer than half its length.
     */
    public static Optional<String> closest(String written, Collection<String> known) {
        LevenshteinDistance distance = new LevenshteinDistance(2);
        String lower = written.toLowerCase(Locale.ROOT);
        return known.stream()
                .filter(name -> !name.equals(written))
                .map(name -> new Candidate(name, name.toLowerCase(Locale.ROOT).equals(lower) ? 0 : distance.apply(name, written)))
                .filter(candidate -> candidate.distance() >= 0 && candidate.distance() * 2 < Math.max(written.length(), 2))
                .min(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::name))
                .map(Candidate::name);
    }

    private record Candidate(String name, int distance) {
    }
}
