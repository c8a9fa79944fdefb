package dev.withheld.codegen.compat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.withheld.codegen.pointer.JsonPointers;
import java.net.URI;
import java.nio.file.Path;

/**
 * A subschema inside one revision: its JSON, the file it lives in, its JSON Pointer there and the
 * base URI that its {@code $ref}s resolve against.
 */
record SchemaNode(SchemaRevision revision, Path file, JsonNode node, String pointer, URI base) {

    /** Identity of the subschema within its revision. */
    String key() {
        return file + "#" + pointer;
    }

    /** The subschema under a keyword (and further names or indexes), with {@code $id} applied. */
    SchemaNode child(String... segments) {
        JsonNode target = node;
        StringBuilder at = new StringBuilder(pointer);
        for (String segment : segments) {
            target = target.isArray() ? target.path(Integer.parseInt(segment)) : target.path(segment);
            at.append('/').append(JsonPointers.escape(segment));
        }
        URI childBase = base;
        JsonNode id = target.get("$id");
        if (target.isObject() && id != null && id.isTextual()) {
            try {
                childBase = base.resolve(id.asText());
            } catch (IllegalArgumentException e) {
                // An invalid $id is the check goal's business; keep the enclosing base.
            }
        }
        return new SchemaNode(revision, file, target, at.toString(), childBase);
    }

    /** The JSON Pointer of a keyword of this subschema. */
    String pointerOf(String keyword) {
        return JsonPointers.child(pointer, keyword);
    }

    /** A member of this subschema's object, or {@code null}. */
    JsonNode get(String keyword) {
        return node.isObject() ? node.get(keyword) : null;
    }
}
