package dev.withheld.validator;

import java.util.stream.Collectors;

/**
 * Thrown by the parse-and-validate entry points when a well-formed instance breaks a rule of its
 * schema: it carries every violation, so a caller can log or report them without validating again.
 */
public final class InvalidInstanceException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient ValidationResult result;

    public InvalidInstanceException(String what, ValidationResult result) {
        super(what + " breaks " + result.violations().size() + (result.violations().size() == 1 ? " rule: " : " rules: ")
                + result.violations().stream()
                        .map(v -> (v.pointer().isEmpty() ? "(root)" : v.pointer()) + ": " + v.message())
                        .collect(Collectors.joining("; ")));
        this.result = result;
    }

    /** The violations, with pointer, keyword and message each. */
    public ValidationResult result() {
        return result;
    }
}
