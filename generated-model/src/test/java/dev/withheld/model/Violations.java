package dev.withheld.model;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Reads the violations of either model class, for tests that handle both. */
final class Violations {

    private Violations() {
    }

    static List<SchemaViolation> of(Object model) {
        if (model instanceof RoomKeyWithheldContent content) {
            return content.violations();
        }
        if (model instanceof RoomKeyWithheldEvent event) {
            return event.violations();
        }
        throw new IllegalArgumentException("not a model object: " + model);
    }

    static Set<String> pointers(Object model) {
        Set<String> pointers = new TreeSet<>();
        of(model).forEach(violation -> pointers.add(violation.pointer()));
        return pointers;
    }
}
