package dev.withheld.validator;

/**
 * Bounds on untrusted input, enforced while it is read and before any schema sees it, so that
 * hostile documents fail fast with a clear error instead of exhausting memory or the stack.
 *
 * @param maxBytes        the largest document accepted, in UTF-8 bytes; the default is the
 *                        Matrix event size limit of 64 KiB
 * @param maxDepth        how deeply arrays and objects may nest
 * @param maxStringLength the longest string value or member name, in characters
 * @param maxNumberLength the longest number literal, in digits (as the parser counts: sign, point and exponent marker not included)
 */
public record InputLimits(int maxBytes, int maxDepth, int maxStringLength, int maxNumberLength) {

    /** 64 KiB documents, nesting depth 64, strings up to 64 Ki characters, numbers up to 100 digits. */
    public static final InputLimits DEFAULT = new InputLimits(64 * 1024, 64, 64 * 1024, 100);

    /** Checks that every limit is positive. */
    public InputLimits {
        requirePositive("maxBytes", maxBytes);
        requirePositive("maxDepth", maxDepth);
        requirePositive("maxStringLength", maxStringLength);
        requirePositive("maxNumberLength", maxNumberLength);
    }

    /** These limits with another document size limit. */
    public InputLimits withMaxBytes(int value) {
        return new InputLimits(value, maxDepth, maxStringLength, maxNumberLength);
    }

    /** These limits with another nesting depth limit. */
    public InputLimits withMaxDepth(int value) {
        return new InputLimits(maxBytes, value, maxStringLength, maxNumberLength);
    }

    /** These limits with another string length limit. */
    public InputLimits withMaxStringLength(int value) {
        return new InputLimits(maxBytes, maxDepth, value, maxNumberLength);
    }

    /** These limits with another number length limit. */
    public InputLimits withMaxNumberLength(int value) {
        return new InputLimits(maxBytes, maxDepth, maxStringLength, value);
    }

    private static void requirePositive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
