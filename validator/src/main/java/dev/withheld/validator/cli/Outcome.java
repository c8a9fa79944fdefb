package dev.withheld.validator.cli;

import dev.withheld.validator.ValidationResult;

/**
 * What happened to one instance on the command line: checked (with its result) or not
 * checkable (with the problem).
 *
 * @param file    the file as given on the command line ({@code -} for standard input)
 * @param line    the 1-based line for JSON Lines input, or null for a whole file
 * @param result  the validation result, or null when there is a problem
 * @param problem why the instance could not be checked, or null
 */
record Outcome(String file, Long line, ValidationResult result, Problem problem) {

    static Outcome checked(String file, Long line, ValidationResult result) {
        return new Outcome(file, line, result, null);
    }

    static Outcome unreadable(String file, Long line, Problem problem) {
        return new Outcome(file, line, null, problem);
    }

    boolean valid() {
        return result != null && result.isValid();
    }

    /** Where the instance is, as {@code FILE} or {@code FILE:LINE}. */
    String where() {
        return line == null ? file : file + ":" + line;
    }

    /**
     * Why an instance could not be checked.
     *
     * @param reason  a stable label such as {@code not-json}, {@code duplicate-key} or {@code unreadable}
     * @param message what is wrong, for a person
     * @param pointer where in the instance reading stopped, or null
     * @param line    the line inside the instance, or 0 if unknown
     * @param column  the column inside the instance, or 0 if unknown
     */
    record Problem(String reason, String message, String pointer, long line, long column) {
    }
}
