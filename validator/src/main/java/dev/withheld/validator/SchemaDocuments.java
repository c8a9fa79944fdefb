package dev.withheld.validator;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.path.NodePath;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Looks up the JSON of schema objects by location, so that messages can quote what the schema
 * says (titles, descriptions, the {@code if} of a conditional, the alternatives of an
 * {@code anyOf}) instead of restating rules in Java.
 */
final class SchemaDocuments {

    private static final int MAX_REF_HOPS = 32;

    private final SchemaRegistry registry;

    SchemaDocuments(SchemaRegistry registry) {
        this.registry = registry;
    }

    /** The schema JSON at the given location, or null if it cannot be found. */
    JsonNode at(SchemaLocation location) {
        return at(location, 0);
    }

    /**
     * The schema JSON {@code levelsUp} pointer segments above the given location (1 = the
     * object holding the keyword the location names), or null if it cannot be found.
     */
    JsonNode at(SchemaLocation location, int levelsUp) {
        if (location == null || location.getAbsoluteIri() == null) {
            return null;
        }
        JsonNode node;
        try {
            Schema document = registry.getSchema(new SchemaLocation(location.getAbsoluteIri()));
            node = document.getSchemaNode();
        } catch (RuntimeException e) {
            return null;
        }
        NodePath fragment = location.getFragment();
        int count = (fragment == null ? 0 : fragment.getNameCount()) - levelsUp;
        if (count < 0) {
            return null;
        }
        for (int i = 0; i < count && node != null; i++) {
            node = child(node, fragment.getElement(i));
        }
        return node;
    }

    /**
     * The location of the schema object reached by following an evaluation path (the keywords
     * and {@code $ref}s that validation went through) from a root schema, or null if the path
     * cannot be followed.
     */
    SchemaLocation follow(SchemaLocation root, List<Object> evaluationPath) {
        SchemaLocation location = root;
        JsonNode node = at(root);
        int hops = 0;
        for (Object segment : evaluationPath) {
            if (node == null) {
                return null;
            }
            if ("$ref".equals(segment)) {
                JsonNode ref = node.get("$ref");
                if (ref == null || !ref.isString() || ++hops > MAX_REF_HOPS) {
                    return null;
                }
                location = resolve(location, ref.stringValue());
                node = at(location);
            } else {
                location = segment instanceof Integer index ? location.append(index) : location.append(String.valueOf(segment));
                node = child(node, segment);
            }
        }
        return node == null ? null : location;
    }

    /** Resolves a {@code $ref} found in the schema object at {@code from}. */
    SchemaLocation resolve(SchemaLocation from, String ref) {
        try {
            return new SchemaLocation(from.getAbsoluteIri()).resolve(ref);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static JsonNode child(JsonNode node, Object element) {
        if (element instanceof Integer index && node.isArray()) {
            return node.get(index);
        }
        return node.get(String.valueOf(element));
    }
}
