package dev.withheld.validator;

/**
 * What an instance is: only the content a client builds, or the whole to-device event
 * ({@code type}, {@code sender}, {@code content}) as the server delivers it.
 */
public enum Kind {
    /** The {@code content} object of an {@code m.room_key.withheld} event. */
    CONTENT("content"),
    /** The full event with its {@code type}, {@code sender} and {@code content}. */
    EVENT("event");

    private final String schemaName;

    Kind(String schemaName) {
        this.schemaName = schemaName;
    }

    /** The kind's name as used in schema file names and on the command line. */
    public String schemaName() {
        return schemaName;
    }
}
