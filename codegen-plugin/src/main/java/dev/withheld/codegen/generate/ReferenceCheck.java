package dev.withheld.codegen.generate;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.withheld.codegen.pointer.JsonPointers;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
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
            walk(file, document, document, catalog.baseUri(file), "", problems, pending);
        }
        return problems;
    }

    private void walk(Path file, JsonNode document, JsonNode node, URI base, String pointer,
            List<SchemaProblem> problems, Deque<Path> pending) {
        if (node.isObject()) {
            URI here = base;
            JsonNode id = node.get("$id");
            if (id != null && id.isTextual() && !pointer.isEmpty()) {
                try {
                    here = base.resolve(id.asText());
                } catch (IllegalArgumentException e) {
                    problems.add(catalog.reader().problemAt(file, pointer + "/$id", "\"" + id.asText() + "\" is not a valid URI"));
                }
            }
            JsonNode javaType = node.get("javaType");
            if (javaType != null && !(javaType.isTextual() && JAVA_NAME.matcher(javaType.asText()).matches())) {
                problems.add(catalog.reader().problemAt(file, pointer + "/javaType", "javaType must be a Java class name"
                        + " such as com.example.Thing, not " + javaType + "; it decides where the class is written"));
            }
            JsonNode ref = node.get("$ref");
            if (ref != null) {
                checkReference(file, document, here, ref, pointer + "/$ref", problems, pending);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (isDataKeyword(field.getKey())) {
                    continue;
                }
                if (isSchemaMap(field.getKey()) && field.getValue().isObject()) {
                    // The members are names ("$ref" may name a property); each value is a schema.
                    String map = JsonPointers.child(pointer, field.getKey());
                    for (Map.Entry<String, JsonNode> member : field.getValue().properties()) {
                        walk(file, document, member.getValue(), here, JsonPointers.child(map, member.getKey()), problems, pending);
                    }
                    continue;
                }
                walk(file, document, field.getValue(), here, JsonPointers.child(pointer, field.getKey()), problems, pending);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(file, document, node.get(i), base, pointer + "/" + i, problems, pending);
            }
        }
    }

    /** Keywords whose values map names to subschemas: a "$ref" member there is a name, not a reference. */
    private static boolean isSchemaMap(String keyword) {
        return keyword.equals("properties") || keyword.equals("patternProperties") || keyword.equals("$defs")
                || keyword.equals("definitions") || keyword.equals("dependentSchemas");
    }

    /** Keywords whose values are instance data, not subschemas: a "$ref" member inside them is data. */
    private static boolean isDataKeyword(String keyword) {
        return keyword.equals("const") || keyword.equals("enum") || keyword.equals("examples")
                || keyword.equals("default");
    }

    private void checkReference(Path file, JsonNode document, URI base, JsonNode ref, String refPointer,
            List<SchemaProblem> problems, Deque<Path> pending) {
        if (!ref.isTextual()) {
            problems.add(catalog.reader().problemAt(file, refPointer, "$ref must be a string (a URI reference)"));
            return;
        }
        URI target;
        try {
            target = base.resolve(ref.asText());
        } catch (IllegalArgumentException e) {
            problems.add(catalog.reader().problemAt(file, refPointer, "\"" + ref.asText() + "\" is not a valid URI reference"));
            return;
        }
        URI documentUri = LocalSchemaCatalog.withoutFragment(target);
        Path targetFile;
        JsonNode targetDocument;
        if (documentUri.equals(LocalSchemaCatalog.withoutFragment(base)) || ref.asText().startsWith("#")) {
            targetFile = file;
            targetDocument = document;
        } else {
            Optional<Path> found = catalog.fileFor(documentUri);
            if (found.isEmpty()) {
                problems.add(catalog.reader().problemAt(file, refPointer, "$ref \"" + ref.asText() + "\" names "
                        + documentUri + ", which is neither a file nor the $id of a schema in the source directory"
                        + " (remote schemas are never fetched)"));
                return;
            }
            targetFile = found.get();
            try {
                targetDocument = catalog.document(targetFile);
            } catch (SchemaProblem unreadable) {
                problems.add(catalog.reader().problemAt(file, refPointer, "$ref \"" + ref.asText()
                        + "\" names a file that cannot be read: " + unreadable.getMessage()));
                return;
            }
            pending.add(targetFile);
        }
        String fragment = target.getRawFragment();
        if (fragment == null || fragment.isEmpty()) {
            return;
        }
        String decoded = URLDecoder.decode(fragment, StandardCharsets.UTF_8);
        if (decoded.startsWith("/")) {
            JsonNode resolved;
            try {
                resolved = targetDocument.at(JsonPointer.compile(decoded));
            } catch (IllegalArgumentException e) {
                resolved = null;
            }
            if (resolved == null || resolved.isMissingNode()) {
                problems.add(catalog.reader().problemAt(file, refPointer, "$ref \"" + ref.asText()
                        + "\" points to " + decoded + ", which does not exist in " + targetFile.getFileName()
                        + suggestion(targetDocument, decoded)));
            }
        } else if (!hasAnchor(targetDocument, decoded)) {
            problems.add(catalog.reader().problemAt(file, refPointer, "$ref \"" + ref.asText()
                    + "\" names the anchor \"" + decoded + "\", which no $anchor in " + targetFile.getFileName() + " declares"));
        }
    }

    /** "; did you mean /$defs/roomId?" when a sibling of the missing member has a near-identical name. */
    static String suggestion(JsonNode document, String pointer) {
        int slash = pointer.lastIndexOf('/');
        if (slash < 0) {
            return "";
        }
        String parentPointer = pointer.substring(0, slash);
        String missing = JsonPointers.unescape(pointer.substring(slash + 1));
        JsonNode parent;
        try {
            parent = document.at(JsonPointer.compile(parentPointer));
        } catch (IllegalArgumentException e) {
            return "";
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
        return best != null && bestDistance <= 2 ? "; did you mean " + JsonPointers.child(parentPointer, best) + "?" : "";
    }

    private static boolean hasAnchor(JsonNode node, String anchor) {
        if (node.isObject()) {
            if (anchor.equals(node.path("$anchor").asText(null))) {
                return true;
            }
            for (JsonNode child : node) {
                if (hasAnchor(child, anchor)) {
                    return true;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                if (hasAnchor(child, anchor)) {
                    return true;
                }
            }
        }
        return false;
    }
}
