package dev.withheld.codegen.differential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ratchet: the failures of this project's generator that are known today, one per line as
 * {@code category schema subject -- reason}. The harness fails when a failure is not listed (a
 * regression, or a new corpus entry that needs a look) and when a listed failure no longer happens (so
 * the list only ever shrinks and stays exact). The target is an empty file.
 */
final class KnownFailures {

    private final Set<String> keys;

    private KnownFailures(Set<String> keys) {
        this.keys = keys;
    }

    static KnownFailures read(Path file) {
        Set<String> keys = new LinkedHashSet<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String content = line.replaceFirst("\\s+--\\s.*$", "").strip();
                if (!content.isEmpty() && !content.startsWith("#")) {
                    keys.add(content.replaceAll("\\s+", " "));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new KnownFailures(keys);
    }

    /** Failures found but not listed. */
    List<Finding> unlisted(List<Finding> findings) {
        return findings.stream().filter(f -> f.category().failure() && !keys.contains(f.key())).toList();
    }

    /** Listed failures that did not happen. */
    List<String> fixed(List<Finding> findings) {
        Set<String> found = new TreeSet<>();
        findings.forEach(f -> found.add(f.key()));
        List<String> gone = new ArrayList<>();
        keys.stream().filter(k -> !found.contains(k)).forEach(gone::add);
        return gone;
    }

    /** The lines a baseline for these findings would hold (to paste into the file after a review). */
    static String lines(List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        findings.stream().filter(f -> f.category().failure()).map(f -> f.key() + " -- " + shorten(f.detail())).sorted().distinct()
                .forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    private static String shorten(String detail) {
        String one = detail.replace('\n', ' ');
        return one.length() > 160 ? one.substring(0, 157) + "..." : one;
    }
}
