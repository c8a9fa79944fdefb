package dev.withheld.validator;

/**
 * The input is not one JSON value within the {@link InputLimits}: too large, too deep, not UTF-8,
 * not JSON, with duplicate member names or with content after the value. No schema was checked.
 *
 * <p>This is a statement about the input, never about the schema or the program: its message
 * is written for the person who sent the input.
 */
public final class RejectedInputException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the input was rejected. */
    public enum Reason {
        /** Longer than {@link InputLimits#maxBytes()}. */
        TOO_LARGE("too-large"),
        /** Arrays and objects nest deeper than {@link InputLimits#maxDepth()}. */
        TOO_DEEP("too-deep"),
        /** A string or member name is longer than {@link InputLimits#maxStringLength()}. */
        STRING_TOO_LONG("string-too-long"),
        /** A number literal is longer than {@link InputLimits#maxNumberLength()}. */
        NUMBER_TOO_LONG("number-too-long"),
        /** A number whose exponent is beyond what a decimal can hold (such as {@code 0e99999999999}). */
        NUMBER_OUT_OF_RANGE("number-out-of-range"),
        /** An object names the same member twice; parsers disagree on which one wins. */
        DUPLICATE_KEY("duplicate-key"),
        /** Something follows the JSON value. */
        TRAILING_CONTENT("trailing-content"),
        /** The bytes are not well-formed UTF-8. */
        INVALID_UTF8("invalid-utf8"),
        /** Nothing but white space. */
        EMPTY("empty"),
        /** Not JSON syntax. */
        NOT_JSON("not-json");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        /** A stable, lower-case name for reports, such as {@code duplicate-key}. */
        public String label() {
            return label;
        }
    }

    private final Reason reason;
    private final String pointer;
    private final long line;
    private final long column;

    /**
     * Creates the exception.
     *
     * @param reason  why the input was rejected
     * @param message what is wrong, for a person
     * @param pointer the JSON Pointer where reading stopped, or null if unknown
     * @param line    the 1-based line where reading stopped, or 0 if unknown
     * @param column  the 1-based column where reading stopped, or 0 if unknown
     */
    public RejectedInputException(Reason reason, String message, String pointer, long line, long column) {
        super(message);
        this.reason = reason;
        this.pointer = pointer;
        this.line = line;
        this.column = column;
    }

    /** Why the input was rejected. */
    public Reason reason() {
        return reason;
    }

    /** The JSON Pointer where reading stopped (for a duplicate member: the member), or null if unknown. */
    public String pointer() {
        return pointer;
    }

    /** The 1-based line where reading stopped, or 0 if unknown. */
    public long line() {
        return line;
    }

    /** The 1-based column where reading stopped, or 0 if unknown. */
    public long column() {
        return column;
    }
}
