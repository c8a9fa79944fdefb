package dev.withheld.codegen.docs;

import dev.withheld.codegen.compat.RevisionHistory;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One event to document, as configured in a POM:
 * {@code <event><schema>room-key-withheld-event.schema.json</schema><name>m.room_key.withheld</name></event>}.
 *
 * <p>The folder of the event's schema holds the schema files of its page (a profile belongs to the event whose folder
 * is nearest). With {@code <revision>msc2399</revision>}, that folder is also a named revision of the schemas: the
 * events that name one, in the order given, are the revisions the changelog compares, oldest first.
 *
 * <p>A plain class with a no-argument constructor, so that Maven can fill it from the configuration.
 */
public class DocumentedEvent {
    /** The event's schema, relative to the schema directory. */
    private String schema;

    /** The event type, used as the heading and the file name; defaults to the schema's file name. */
    private String name;

    /** The name of the schema revision the event's folder holds (for example {@code v1.1}); unset for none. */
    private String revision;

    public DocumentedEvent() {
    }

    public DocumentedEvent(String schema, String name) {
        this(schema, name, null);
    }

    public DocumentedEvent(String schema, String name, String revision) {
        this.schema = schema;
        this.name = name;
        this.revision = revision;
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

    /** The revision's name, or {@code null} when the event names none. */
    public String getRevision() {
        return revision == null || revision.isBlank() ? null : revision.trim();
    }

    /** The folder of the event's schema below the schema directory, ending in {@code /}; empty for the top. */
    public String folder() {
        String path = schema == null ? "" : schema.replace('\\', '/');
        return path.substring(0, path.lastIndexOf('/') + 1);
    }

    /**
     * The named revisions of some events, in their order: each event's revision with its folder (an event of a
     * revision already listed adds nothing).
     */
    public static List<RevisionHistory.Revision> revisions(List<DocumentedEvent> events) {
        Set<RevisionHistory.Revision> revisions = new LinkedHashSet<>();
        for (DocumentedEvent event : events) {
            if (event.getRevision() != null) {
                revisions.add(new RevisionHistory.Revision(event.getRevision(), event.folder()));
            }
        }
        return List.copyOf(revisions);
    }

    /** The Markdown file the docs are written to. */
    public String fileName() {
        return getName().replaceAll("[^A-Za-z0-9._-]", "_") + ".md";
    }

    @Override
    public String toString() {
        return getName() + " (" + schema + (getRevision() == null ? "" : ", revision " + getRevision()) + ")";
    }
}
