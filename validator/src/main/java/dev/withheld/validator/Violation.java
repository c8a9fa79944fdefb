package dev.withheld.validator;

import java.util.Objects;

/**
 * One rule that an instance breaks.
 *
 * @param pointer        the JSON Pointer (RFC 6901) of the offending value in the instance;
 *                       for a missing member it names the member itself ({@code /content/room_id}),
 *                       {@code ""} is the whole instance
 * @param keyword        the JSON Schema keyword that failed, such as {@code required} or {@code enum}
 * @param message        what is wrong, in words a person understands without reading the schema
 * @param schemaLocation the absolute location of the failing keyword in the schema, for schema authors
 */
public record Violation(String pointer, String keyword, String message, String schemaLocation) {

    /** Checks that no component is null. */
    public Violation {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(keyword, "keyword");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(schemaLocation, "schemaLocation");
    }

    @Override
    public String toString() {
        return (pointer.isEmpty() ? "(root)" : pointer) + ": " + message;
    }
}
