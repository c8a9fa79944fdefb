package dev.withheld.codegen.check;

import dev.withheld.codegen.generate.SchemaDocumentReader;
import dev.withheld.codegen.generate.SchemaProblem;
import dev.withheld.codegen.pointer.JsonPointers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema files of one directory, parsed once, with their {@code $id}s mapped to files.
 *
 * <p>Files are read with the plugin's {@link SchemaDocumentReader} (JSON or YAML by extension,
 * duplicate keys rejected) and kept as Jackson 3 trees, the model networknt validates with.
 * Every {@code $ref} resolves against this map: nothing is looked up on the network.
 * Files named {@code *.suite.json} are suites, not schemas, and are left out.
 */
public final class SchemaWorkspace {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final com.fasterxml.jackson.databind.ObjectMapper JACKSON2 = new com.fasterxml.jackson.databind.ObjectMapper();

    private final Path directory;
    private final SchemaDocumentReader reader;
    private final List<SchemaFile> files;
    private final Map<URI, SchemaFile> byId;
    private final List<Finding> loadFindings;

    private SchemaWorkspace(Path directory, SchemaDocumentReader reader, List<SchemaFile> files, Map<URI, SchemaFile> byId,
            List<Finding> loadFindings) {
        this.directory = directory;
        this.reader = reader;
        this.files = files;
        this.byId = byId;
        this.loadFindings = loadFindings;
    }

    /** Reads every {@code .json}, {@code .yaml} and {@code .yml} file below the directory (suites excluded). */
    public static SchemaWorkspace load(Path directory) {
        Path root = directory.toAbsolutePath().normalize();
        SchemaDocumentReader reader = new SchemaDocumentReader();
        List<SchemaFile> files = new ArrayList<>();
        Map<URI, SchemaFile> byId = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (Path path : schemaFilesUnder(root)) {
            String relative = root.relativize(path).toString().replace('\\', '/');
            JsonNode document = null;
            try {
                document = JSON.readTree(JACKSON2.writeValueAsString(reader.read(path)));
            } catch (SchemaProblem problem) {
                findings.add(new Finding(path, problem.line(), problem.column(), "", CheckRule.NOT_WELL_FORMED, problem.reason()));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("cannot convert " + path + " to Jackson 3", e);
            }
            URI id = declaredId(document).orElse(path.toUri());
            SchemaFile file = new SchemaFile(path, relative, id, document);
            files.add(file);
            SchemaFile earlier = byId.putIfAbsent(id, file);
            if (earlier != null) {
                int[] at = reader.locate(path, "/$id");
                findings.add(new Finding(path, at[0], at[1], "/$id", CheckRule.DUPLICATE_ID,
                        "$id " + id + " is already the $id of " + earlier.relativePath() + "; every schema needs its own"));
            }
            byId.putIfAbsent(path.toUri(), file);
        }
        return new SchemaWorkspace(root, reader, List.copyOf(files), Collections.unmodifiableMap(byId), List.copyOf(findings));
    }

    /** Every schema file below the directory, sorted by path. */
    static List<Path> schemaFilesUnder(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(SchemaWorkspace::isSchemaFileName).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    /** Whether a file name is one the workspace reads as a schema. */
    public static boolean isSchemaFileName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.endsWith(".suite.json") && SchemaDocumentReader.isDocument(name);
    }

    private static Optional<URI> declaredId(JsonNode document) {
        if (document == null || !document.isObject() || !document.path("$id").isString()) {
            return Optional.empty();
        }
        try {
            URI id = withoutFragment(URI.create(document.get("$id").stringValue()));
            return id.isAbsolute() ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public Path directory() {
        return directory;
    }

    public SchemaDocumentReader reader() {
        return reader;
    }

    /** Every schema file, sorted by path; unreadable ones included (with no document). */
    public List<SchemaFile> files() {
        return files;
    }

    /** Problems met while loading: files that are not well-formed, and {@code $id}s declared twice. */
    public List<Finding> loadFindings() {
        return loadFindings;
    }

    /** The file whose {@code $id} (or file URI) is this document URI; a fragment is ignored. */
    public Optional<SchemaFile> byId(URI documentUri) {
        return Optional.ofNullable(byId.get(withoutFragment(documentUri)));
    }

    /** The file at this path, if it is one of the workspace's. */
    public Optional<SchemaFile> byPath(Path path) {
        Path normalized = path.toAbsolutePath().normalize();
        return files.stream().filter(file -> file.path().equals(normalized)).findFirst();
    }

    /** Every id a file can be found by: declared {@code $id}s first, then file URIs. */
    public Map<URI, SchemaFile> ids() {
        return byId;
    }

    /** Line and column of the value at {@code pointer} in a file, {0, 0} when unknown. */
    public int[] locate(Path file, String pointer) {
        return reader.locate(file, pointer);
    }

    /** A finding at a pointer of a file, with its line and column looked up. */
    public Finding finding(Path file, String pointer, CheckRule rule, String message) {
        int[] at = locate(file, pointer);
        return new Finding(file, at[0], at[1], pointer, rule, message);
    }

    /**
     * Resolves a {@code $ref} written in {@code from}: a JSON Pointer or anchor fragment, in the same
     * file or in another file of the workspace named by a relative path or an {@code $id}.
     */
    public Optional<Target> resolve(SchemaFile from, String ref) {
        SchemaFile file;
        String fragment;
        try {
            if (ref.startsWith("#")) {
                file = from;
                fragment = ref.substring(1);
            } else {
                URI target = from.id().resolve(URI.create(ref));
                file = byId(target).orElse(null);
                fragment = target.getRawFragment() == null ? "" : target.getRawFragment();
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (file == null || !file.readable()) {
            return Optional.empty();
        }
        String decoded = URLDecoder.decode(fragment, StandardCharsets.UTF_8);
        if (decoded.isEmpty() || decoded.startsWith("/")) {
            JsonNode node;
            try {
                node = file.document().at(JsonPointer.compile(decoded));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            return node.isMissingNode() ? Optional.empty() : Optional.of(new Target(file, decoded, node));
        }
        return findAnchor(file.document(), "", decoded).map(pointer -> new Target(file, pointer, file.document().at(pointer)));
    }

    private static Optional<String> findAnchor(JsonNode node, String pointer, String anchor) {
        if (node.isObject()) {
            if (node.path("$anchor").isString() && anchor.equals(node.get("$anchor").stringValue())) {
                return Optional.of(pointer);
            }
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                Optional<String> found = findAnchor(member.getValue(), JsonPointers.child(pointer, member.getKey()), anchor);
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<String> found = findAnchor(node.get(i), JsonPointers.child(pointer, i), anchor);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** The URI without its {@code #fragment}. */
    public static URI withoutFragment(URI uri) {
        String text = uri.toString();
        int hash = text.indexOf('#');
        return hash < 0 ? uri : URI.create(text.substring(0, hash));
    }

    /**
     * Where a {@code $ref} leads.
     *
     * @param file the file that holds the target
     * @param pointer the target's JSON Pointer in that file
     * @param node the target subschema
     */
    public record Target(SchemaFile file, String pointer, JsonNode node) {
    }
}
