package dev.withheld.codegen.docs;

/**
 * One event to document, as configured in a POM:
 * {@code <event><schema>room-key-withheld-event.schema.json</schema><name>m.room_key.withheld</name></event>}.
 *
 * <p>A plain class with a no-argument constructor, so that Maven can fill it from the configuration.
 */
public class DocumentedEvent {
    /** The event's schema, relative to the schema directory. */
    private String schema;

    /** The event type, used as the heading and the file name; defaults to the schema's file name. */
    private String name;

    public DocumentedEvent() {
    }

    public DocumentedEvent(String schema, String name) {
        this.schema = schema;
        this.name = name;
    }

    public String getSchema() {
        return schema;
    }

    /** The name, or the schema's file name without {@code .schema.json}, {@code .json}, {@code .yaml} or {@code .yml}. */
    public String getName() {
        if (name != null && !name.isBlank()) {
            return name.trim();
        }
        String file = schema.substring(schema.lastIndexOf('/') + 1);
        return file.replaceFirst("(\\.schema)?\\.(json|ya?ml)$", "");
    }

    /** The Markdown file the docs are written to. */
    public String fileName() {
        return getName().replaceAll("[^A-Za-z0-9._-]", "_") + ".md";
    }

    @Override
    public String toString() {
        return getName() + " (" + schema + ")";
    }
}
