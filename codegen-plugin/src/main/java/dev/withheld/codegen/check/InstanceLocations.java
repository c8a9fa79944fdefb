package dev.withheld.codegen.check;

import com.networknt.schema.Error;
import dev.withheld.codegen.pointer.JsonPointers;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Turns a validator's errors into the {@code pointers} of a suite case, by the same rule as the
 * schema module's JUnit harness (see {@code schema/suites/README.md}):
 * <ol>
 *   <li>an error for a missing required member is located at that member
 *       ({@code /content} missing {@code room_id} becomes {@code /content/room_id});</li>
 *   <li>a location that is a proper prefix of another reported location is dropped, because
 *       composite keywords ({@code $ref}, {@code anyOf}, {@code if}/{@code else}...) flag the
 *       ancestors of the real problem.</li>
 * </ol>
 */
public final class InstanceLocations {
    private InstanceLocations() {
    }

    /** Where one error is: its instance location, or the missing member's location for {@code required}. */
    public static String located(Error error) {
        String location = error.getInstanceLocation().toString();
        if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
            return JsonPointers.child(location, error.getProperty());
        }
        return location;
    }

    /** The normalised, sorted set of locations of these errors. */
    public static SortedSet<String> of(Collection<Error> errors) {
        return mostSpecific(errors.stream().map(InstanceLocations::located).toList());
    }

    /** The locations that are no proper prefix of another one, sorted. */
    public static SortedSet<String> mostSpecific(Collection<String> locations) {
        List<String> all = new ArrayList<>(locations);
        SortedSet<String> result = new TreeSet<>();
        for (String location : all) {
            if (all.stream().noneMatch(other -> JsonPointers.isProperPrefix(location, other))) {
                result.add(location);
            }
        }
        return result;
    }
}
