package dev.withheld.validator;

/**
 * A schema could not be found, read or compiled: a problem of the set-up (a missing file, a
 * {@code $ref} to a schema outside the set, which is never fetched from the network), not of
 * the instance being checked.
 */
public final class SchemaLoadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with what went wrong and the underlying cause. */
    public SchemaLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
