package dev.withheld.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The normalisation rule that turns an implementation's errors into the {@code pointers} of a suite case.
 *
 * <p>Implementations differ in how many errors they report and where: composite keywords
 * ({@code $ref}, {@code allOf}, {@code anyOf}, {@code properties}, {@code if}/{@code else}) may or
 * may not add an error at an ancestor of the real problem, and {@code required} is reported at the
 * object rather than at the missing member. The rule makes those differences disappear:
 * <ol>
 *   <li>an error for missing required members is located at each missing member
 *       ({@code /content} missing {@code room_id} becomes {@code /content/room_id});</li>
 *   <li>a location that is a proper prefix (by reference tokens) of another reported location is dropped,
 *       so only the most specific locations remain.</li>
 * </ol>
 */
final class InstanceLocations {
    private InstanceLocations() {
    }

    /** The normalised, sorted set of instance locations of these errors. */
    static SortedSet<String> of(Collection<ReportedError> errors) {
        List<String> located = new ArrayList<>();
        for (ReportedError error : errors) {
            if (error.missingProperties().isEmpty()) {
                located.add(error.instanceLocation());
            } else {
                error.missingProperties().forEach(member -> located.add(error.instanceLocation() + "/" + escape(member)));
            }
        }
        SortedSet<String> mostSpecific = new TreeSet<>();
        for (String location : located) {
            if (located.stream().noneMatch(other -> isProperPrefix(location, other))) {
                mostSpecific.add(location);
            }
        }
        return mostSpecific;
    }

    /** Whether {@code ancestor} is a proper prefix of {@code descendant}, comparing whole reference tokens. */
    static boolean isProperPrefix(String ancestor, String descendant) {
        List<String> ancestorTokens = tokens(ancestor);
        List<String> descendantTokens = tokens(descendant);
        return ancestorTokens.size() < descendantTokens.size()
                && descendantTokens.subList(0, ancestorTokens.size()).equals(ancestorTokens);
    }

    /** Escapes a member name as a JSON Pointer reference token (RFC 6901). */
    static String escape(String member) {
        return member.replace("~", "~0").replace("/", "~1");
    }

    private static List<String> tokens(String pointer) {
        if (pointer.isEmpty()) {
            return List.of();
        }
        if (!pointer.startsWith("/")) {
            throw new IllegalArgumentException("not a JSON Pointer: " + pointer);
        }
        return Arrays.asList(pointer.substring(1).split("/", -1));
    }
}
