package dev.withheld.codegen.generate;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.withheld.codegen.normalize.SchemaPositions;
import dev.withheld.codegen.pointer.JsonPointers;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Resolves every {@code $ref} reachable from a set of schema files before any code is generated,
 * so that a dangling reference is reported at its own file, JSON Pointer, line and column instead
 * of surfacing as an obscure failure deep inside generation.
 */
public final class ReferenceCheck {

    /** A qualified Java class name: dot-separated identifiers, nothing that could name another directory. */
    private static final java.util.regex.Pattern JAVA_NAME =
            java.util.regex.Pattern.compile("([\\p{L}_$][\\p{L}\\p{N}_$]*\\.)*[\\p{L}_$][\\p{L}\\p{N}_$]*");

    private final LocalSchemaCatalog catalog;

    public ReferenceCheck(LocalSchemaCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Checks the given files and every file they reach.
     *
     * @return the problems found, in a stable order (empty when every reference resolves)
     */
    public List<SchemaProblem> check(List<Path> roots) {
        List<SchemaProblem> problems = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        Deque<Path> pending = new ArrayDeque<>(roots);
        while (!pending.isEmpty()) {
            Path file = pending.removeFirst().toAbsolutePath().normalize();
            if (!seen.add(file)) {
                continue;
            }
            JsonNode document;
            try {
                document = catalog.document(file);
            } catch (SchemaProblem unreadable) {
                problems.add(unreadable);
                continue;
            }
            SchemaPositions.walk(document, "", catalog.baseUri(file),
                    (schema, pointer, base) -> visit(file, schema, pointer, base, problems, pending));
        }
        return problems;
    }

    /** Checks one subschema; returns the base URI of its own subschemas. */
    private URI visit(Path file, ObjectNode schema, String pointer, URI base, List<SchemaProblem> problems, Deque<Path> pending) {
        URI here = base;
        JsonNode id = schema.get("$id");
        if (id != null && id.isTextual() && !pointer.isEmpty()) {
            try {
                here = LocalSchemaCatalog.withoutFragment(base.resolve(id.asText()));
            } catch (IllegalArgumentException e) {
                problems.add(catalog.problemAt(file, pointer + "/$id", "\"" + id.asText() + "\" is not a valid URI"));
            }
        }
        JsonNode javaType = schema.get("javaType");
        if (javaType != null && !(javaType.isTextual() && JAVA_NAME.matcher(javaType.asText()).matches())) {
            problems.add(catalog.problemAt(file, pointer + "/javaType", "javaType must be a Java class name"
                    + " such as com.example.Thing, not " + javaType + "; it decides where the class is written"));
        }
        JsonNode ref = schema.get("$ref");
        if (ref != null) {
            String refPointer = pointer + "/$ref";
            if (!ref.isTextual()) {
                problems.add(catalog.problemAt(file, refPointer, "$ref must be a string (a URI reference)"));
            } else if (!isStandardMetaSchema(here, ref.asText())) {
                LocalSchemaCatalog.Resolution resolution = catalog.resolve(here, ref.asText());
                if (resolution instanceof LocalSchemaCatalog.Found found) {
                    if (!found.target().file().equals(file)) {
                        pending.add(found.target().file());
                    }
                } else if (resolution instanceof LocalSchemaCatalog.Missing missing) {
                    problems.add(catalog.problemAt(file, refPointer, missing.reason().startsWith("is not a valid")
                            ? "\"" + ref.asText() + "\" " + missing.reason()
                            : "$ref \"" + ref.asText() + "\" " + missing.reason()));
                }
            }
        }
        return here;
    }

    /**
     * Whether a {@code $ref} names one of the published meta-schemas (draft 4 to 2020-12 and their
     * vocabularies), as a dialect's own meta-schema does: every validator ships those, so they are
     * resolved without a file and without fetching.
     */
    static boolean isStandardMetaSchema(URI base, String ref) {
        try {
            URI target = base.resolve(ref);
            return "json-schema.org".equalsIgnoreCase(target.getHost()) && target.getPath() != null
                    && target.getPath().startsWith("/draft");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** "; did you mean /$defs/roomId?" when a sibling of the missing member has a near-identical name. */
    static String suggestion(JsonNode document, String pointer) {
        return suggestedPointer(document, pointer).map(p -> "; did you mean " + p + "?").orElse("");
    }

    /** The pointer of a sibling of the missing member with a near-identical name. */
    static Optional<String> suggestedPointer(JsonNode document, String pointer) {
        int slash = pointer.lastIndexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String parentPointer = pointer.substring(0, slash);
        String missing = JsonPointers.unescape(pointer.substring(slash + 1));
        JsonNode parent;
        try {
            parent = document.at(JsonPointer.compile(parentPointer));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (var names = parent.fieldNames(); names.hasNext();) {
            String name = names.next();
            int distance = name.equalsIgnoreCase(missing) ? 0 : LevenshteinDistance.getDefaultInstance().apply(name, missing);
            if (distance < bestDistance) {
                best = name;
                bestDistance = distance;
            }
        }
        return best != null && bestDistance <= 2 ? Optional.of(JsonPointers.child(parentPointer, best)) : Optional.empty();
    }
}
