package dev.withheld.validator;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The outcome of checking one instance against one schema: valid, or the list of violations.
 *
 * @param violations the rules the instance breaks, most specific locations only; empty when valid
 */
public record ValidationResult(List<Violation> violations) {

    private static final ValidationResult VALID = new ValidationResult(List.of());

    /** Copies the list so that the result cannot change afterwards. */
    public ValidationResult {
        violations = List.copyOf(violations);
    }

    /** The result for an instance without violations. */
    public static ValidationResult valid() {
        return VALID;
    }

    /** Whether the instance satisfies the schema. */
    public boolean isValid() {
        return violations.isEmpty();
    }

    /** The distinct instance locations with violations, in report order. */
    public Set<String> pointers() {
        Set<String> pointers = new LinkedHashSet<>();
        for (Violation violation : violations) {
            pointers.add(violation.pointer());
        }
        return pointers;
    }
}
