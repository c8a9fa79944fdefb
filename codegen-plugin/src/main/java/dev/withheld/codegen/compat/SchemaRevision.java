package dev.withheld.codegen.compat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.withheld.codegen.generate.LocalSchemaCatalog;
import dev.withheld.codegen.generate.SchemaDocumentReader;
import dev.withheld.codegen.generate.SchemaProblem;
import dev.withheld.codegen.generate.SchemaSource;
import dev.withheld.codegen.generate.SchemaSourceSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One revision of a set of schemas: every schema document under a directory, with {@code $ref}
 * resolution between them (by relative path or by {@code $id}, never over the network).
 *
 * <p>JSON and YAML files that are not schemas (example suites, instances) are skipped: a document
 * counts as a schema when it declares {@code $schema} or uses a schema keyword at its top.
 */
public final class SchemaRevision {

    /** Glob patterns of the files considered when none are given. */
    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.json", "**/*.yaml", "**/*.yml");

    private static final Set<String> SCHEMA_KEYWORDS = Set.of("$ref", "$defs", "definitions", "properties",
            "allOf", "anyOf", "oneOf", "if", "items", "enum", "const", "required", "additionalProperties",
            "patternProperties", "not", "$dynamicRef");
    private static final Set<String> TYPE_NAMES = Set.of("string", "number", "integer", "boolean", "object",
            "array", "null");

    private final String label;
    private final Path directory;
    private final LocalSchemaCatalog catalog;
    private final List<Document> documents;
    private final List<String> skipped;
    private final Map<String, int[]> lines = Collections.synchronizedMap(new HashMap<>());

    /**
     * A schema document of the revision.
     *
     * @param relativePath path below the revision's directory (or folder), with forward slashes
     * @param file the file
     * @param id the document's absolute {@code $id}, or {@code null}
     */
    public record Document(String relativePath, Path file, URI id) {
    }

    private SchemaRevision(String label, Path directory, LocalSchemaCatalog catalog, List<Document> documents,
            List<String> skipped) {
        this.label = label;
        this.directory = directory;
        this.catalog = catalog;
        this.documents = documents;
        this.skipped = skipped;
    }

    /**
     * Reads every schema document under a directory.
     *
     * @param label how reports name this revision, for example {@code previous (src/compat/before)}
     * @param includes glob patterns relative to the directory; {@link #DEFAULT_INCLUDES} when empty
     * @param excludes glob patterns of files to leave out
     * @throws CompatibilityProblem when the directory does not exist or holds no schema
     * @throws SchemaProblem when a file is not well-formed JSON or YAML
     */
    public static SchemaRevision load(String label, Path directory, List<String> includes, List<String> excludes) {
        List<String> globs = includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : includes;
        Path root = existing(label, directory);
        List<SchemaSource> sources = scan(root, globs, excludes == null ? List.of() : excludes);
        return read(label, root, sources, "", root + " holds no JSON Schema document (looked for " + globs);
    }

    /**
     * Reads one of several revisions kept in folders of one schema root, whose {@code $id}s mirror the folders
     * and whose {@code $ref}s cross from one revision's folder into an earlier one's
     * ({@code v1.1/profiles/content-sending.schema.json} referring to {@code ../../profiles/content-sending.schema.json}).
     * References resolve anywhere under the root; the revision's documents are the schemas in its folder, except
     * those in the other revisions' folders nested in it, and each is named by its path below the folder, so that
     * the files of two revisions pair by name. Reports still show where each file lies below the root.
     *
     * @param label how reports name this revision, for example {@code v1.1}
     * @param root the schema root
     * @param folder the revision's folder below the root, with {@code /} separators; empty for the root itself
     * @param otherFolders the folders of the other revisions
     * @throws CompatibilityProblem when the root does not exist or the folder holds no schema
     * @throws SchemaProblem when a file is not well-formed JSON or YAML
     */
    public static SchemaRevision loadFolder(String label, Path root, String folder, Collection<String> otherFolders) {
        Path directory = existing(label, root);
        String prefix = folder.isEmpty() || folder.endsWith("/") ? folder : folder + "/";
        List<String> nested = new ArrayList<>();
        for (String other : otherFolders) {
            String otherPrefix = other.isEmpty() || other.endsWith("/") ? other : other + "/";
            if (otherPrefix.length() > prefix.length() && otherPrefix.startsWith(prefix)) {
                nested.add(otherPrefix);
            }
        }
        List<SchemaSource> sources = new ArrayList<>();
        for (SchemaSource source : scan(directory, DEFAULT_INCLUDES, List.of())) {
            if (source.relativePath().startsWith(prefix) && nested.stream().noneMatch(source.relativePath()::startsWith)) {
                sources.add(source);
            }
        }
        return read(label, directory, sources, prefix, directory.resolve(prefix).normalize()
                + " holds no JSON Schema document of revision " + label + " (looked for " + DEFAULT_INCLUDES
                + (nested.isEmpty() ? "" : ", leaving out the folders of other revisions " + nested));
    }

    private static Path existing(String label, Path directory) {
        Path root = directory.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new CompatibilityProblem("The " + label + " schema directory " + root + " does not exist.");
        }
        return root;
    }

    private static List<SchemaSource> scan(Path root, List<String> includes, List<String> excludes) {
        try {
            return SchemaSourceSet.scan(root, includes, excludes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root + ": " + e.getMessage(), e);
        }
    }

    /**
     * The schema documents among the sources, named by their path below {@code prefix}.
     *
     * @param nothingFound the start of the message when no source is a schema, completed here
     */
    private static SchemaRevision read(String label, Path root, List<SchemaSource> sources, String prefix, String nothingFound) {
        LocalSchemaCatalog catalog = new LocalSchemaCatalog(root, new SchemaDocumentReader());
        List<Document> documents = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (SchemaSource source : sources) {
            String name = source.relativePath().substring(prefix.length());
            JsonNode document = catalog.document(source.file());
            if (document.has("$vocabulary")) {
                // A dialect's meta-schema: what it means for the schemas written in it (the formats it
                // asserts) is compared where they use it, as their own constraints.
                continue;
            }
            if (!isSchema(document)) {
                skipped.add(name);
                continue;
            }
            URI base = catalog.baseUri(source.file());
            documents.add(new Document(name, source.file(), "file".equals(base.getScheme()) ? null : base));
        }
        if (documents.isEmpty()) {
            throw new CompatibilityProblem("The " + label + " schema directory " + nothingFound
                    + (skipped.isEmpty() ? "" : "; skipped non-schemas " + skipped) + ").");
        }
        return new SchemaRevision(label, root, catalog, List.copyOf(documents), List.copyOf(skipped));
    }

    /** Whether a parsed document looks like a JSON Schema rather than data (a suite, an example). */
    static boolean isSchema(JsonNode document) {
        if (document.isBoolean()) {
            return true;
        }
        if (!document.isObject()) {
            return false;
        }
        if (document.has("$schema") || (document.path("$id").isTextual())) {
            return true;
        }
        for (String keyword : SCHEMA_KEYWORDS) {
            if (document.has(keyword)) {
                return true;
            }
        }
        JsonNode type = document.get("type");
        if (type != null && type.isTextual()) {
            return TYPE_NAMES.contains(type.asText());
        }
        if (type != null && type.isArray() && !type.isEmpty()) {
            for (JsonNode t : type) {
                if (!TYPE_NAMES.contains(t.asText())) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    public String label() {
        return label;
    }

    public Path directory() {
        return directory;
    }

    public List<Document> documents() {
        return documents;
    }

    /** JSON and YAML files under the directory that are not schemas. */
    public List<String> skipped() {
        return skipped;
    }

    SchemaDocumentReader reader() {
        return catalog.reader();
    }

    /** The whole document of a schema file, as a subschema. */
    SchemaNode root(Path file) {
        return new SchemaNode(this, file, catalog.document(file), "", catalog.baseUri(file));
    }

    /** How reports name a file of this revision: relative to the directory where possible. */
    String displayName(Path file) {
        Path normal = file.toAbsolutePath().normalize();
        return normal.startsWith(directory) ? directory.relativize(normal).toString().replace('\\', '/')
                : normal.toString();
    }

    /** Line and column of a pointer in a file, or {0, 0}. */
    int[] locate(Path file, String pointer) {
        return lines.computeIfAbsent(file + "#" + pointer, k -> catalog.reader().locate(file, pointer));
    }

    /**
     * The subschema a {@code $ref} names.
     *
     * @throws SchemaProblem at the {@code $ref} when it does not resolve
     */
    SchemaNode resolve(SchemaNode from, JsonNode ref) {
        String refPointer = from.pointerOf("$ref");
        if (!ref.isTextual()) {
            throw reader().problemAt(from.file(), refPointer, "$ref must be a string (a URI reference)");
        }
        URI target;
        try {
            target = from.base().resolve(ref.asText());
        } catch (IllegalArgumentException e) {
            throw reader().problemAt(from.file(), refPointer, "\"" + ref.asText() + "\" is not a valid URI reference");
        }
        URI documentUri = LocalSchemaCatalog.withoutFragment(target);
        Path file;
        if (ref.asText().startsWith("#") || documentUri.equals(LocalSchemaCatalog.withoutFragment(from.base()))) {
            file = from.file();
        } else {
            Optional<Path> found = catalog.fileFor(documentUri);
            if (found.isEmpty()) {
                throw reader().problemAt(from.file(), refPointer, "$ref \"" + ref.asText() + "\" names " + documentUri
                        + ", which is neither a file nor the $id of a schema in the " + label
                        + " schemas (remote schemas are never fetched)");
            }
            file = found.get();
        }
        SchemaNode document = root(file);
        String fragment = target.getRawFragment();
        if (fragment == null || fragment.isEmpty()) {
            return document;
        }
        String decoded = URLDecoder.decode(fragment, StandardCharsets.UTF_8);
        if (decoded.startsWith("/")) {
            JsonNode resolved;
            try {
                resolved = document.node().at(JsonPointer.compile(decoded));
            } catch (IllegalArgumentException e) {
                resolved = null;
            }
            if (resolved == null || resolved.isMissingNode()) {
                throw reader().problemAt(from.file(), refPointer, "$ref \"" + ref.asText() + "\" points to " + decoded
                        + ", which does not exist in " + displayName(file));
            }
            return new SchemaNode(this, file, resolved, decoded, document.base());
        }
        SchemaNode anchored = findAnchor(document, decoded);
        if (anchored == null) {
            throw reader().problemAt(from.file(), refPointer, "$ref \"" + ref.asText() + "\" names the anchor \""
                    + decoded + "\", which no $anchor in " + displayName(file) + " declares");
        }
        return anchored;
    }

    private SchemaNode findAnchor(SchemaNode node, String anchor) {
        JsonNode json = node.node();
        if (json.isObject()) {
            if (anchor.equals(json.path("$anchor").asText(null))) {
                return node;
            }
            for (Map.Entry<String, JsonNode> field : json.properties()) {
                String keyword = field.getKey();
                if (keyword.equals("const") || keyword.equals("enum") || keyword.equals("examples")
                        || keyword.equals("default")) {
                    continue;
                }
                SchemaNode found = findAnchor(node.child(keyword), anchor);
                if (found != null) {
                    return found;
                }
            }
        } else if (json.isArray()) {
            for (int i = 0; i < json.size(); i++) {
                SchemaNode found = findAnchor(node.child(Integer.toString(i)), anchor);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
