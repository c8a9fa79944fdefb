package dev.withheld.codegen.compat;

/**
 * A mistake in how the compatibility check was asked for (a missing directory, unusable
 * coordinates, an unknown option value), told in words for a person. Callers print the message and
 * no stack trace.
 */
public final class CompatibilityProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CompatibilityProblem(String message) {
        super(message);
    }
}
