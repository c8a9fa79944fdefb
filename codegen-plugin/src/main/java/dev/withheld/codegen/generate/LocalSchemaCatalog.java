package dev.withheld.codegen.generate;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.withheld.codegen.normalize.Draft;
import dev.withheld.codegen.normalize.DraftNormalizer;
import dev.withheld.codegen.normalize.SchemaPositions;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Every schema document that generation may read, found on the local file system only, each read
 * once and {@link DraftNormalizer normalised} to 2020-12 vocabulary as it is loaded, so that the
 * reference check, the generator and the spec-editor goals all see one vocabulary.
 *
 * <p>A {@code $ref} names a document by a path relative to the base URI where it is written, or by
 * an {@code $id} (top-level or embedded) of a schema in the source directory or in any file loaded
 * so far; its fragment is a JSON Pointer (percent-encoded, {@code ~0}/{@code ~1} escaped, written
 * against the document as written, whatever its draft) or an {@code $anchor}. A reference that
 * plain relative resolution would not find (an anchor, an embedded {@code $id}, a pointer that
 * normalisation moved, a percent-encoded one, or any other file) is rewritten in the loaded
 * document to the absolute file URI and JSON Pointer of its target, so that every later reader
 * (jsonschema2pojo included) follows it without knowing these rules.
 *
 * <p>Files may lie anywhere under the base directory (the Maven project's directory) or the source
 * directory (which a module may share from outside its own directory); a reference that leaves
 * both is an error. Nothing is ever fetched from the network.
 */
public final class LocalSchemaCatalog {

    private final Path sourceDirectory;
    private final Path baseDirectory;
    private final SchemaDocumentReader reader;
    private final DraftNormalizer drafts;
    private final Map<Path, DraftNormalizer.Result> loaded = new HashMap<>();
    private final Map<Path, JsonNode> documents = new HashMap<>();
    /** The meta-schema file of each loaded document written in a local dialect. */
    private final Map<Path, Path> dialects = new HashMap<>();
    private final Map<URI, Target> resources = new HashMap<>();
    private boolean sourceDirectoryIndexed;

    /** A catalog of one directory: references may not leave it; documents without {@code $schema} are 2020-12. */
    public LocalSchemaCatalog(Path sourceDirectory, SchemaDocumentReader reader) {
        this(sourceDirectory, sourceDirectory, Draft.DRAFT_2020_12, reader);
    }

    /**
     * @param sourceDirectory the directory whose schemas are indexed by {@code $id}
     * @param baseDirectory the directory references may reach into besides {@code sourceDirectory}
     *     (the project's base directory)
     * @param defaultDraft the draft of documents without a {@code $schema} the plugin knows
     */
    public LocalSchemaCatalog(Path sourceDirectory, Path baseDirectory, Draft defaultDraft, SchemaDocumentReader reader) {
        this.sourceDirectory = sourceDirectory.toAbsolutePath().normalize();
        this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
        this.drafts = new DraftNormalizer(defaultDraft);
        this.reader = reader;
    }

    public SchemaDocumentReader reader() {
        return reader;
    }

    public Path baseDirectory() {
        return baseDirectory;
    }

    /** Where a reference leads: a file and the JSON Pointer of the target in its normalised document. */
    public record Target(Path file, String pointer) {
        /** The absolute form of a reference to this target: file URI, and the pointer as a fragment. */
        public String uri() {
            return file.toUri() + (pointer.isEmpty() ? "" : "#" + fragment(pointer));
        }
    }

    /** The outcome of resolving one {@code $ref}: a target, or why there is none. */
    public sealed interface Resolution {
    }

    /** The reference leads to {@code target}. */
    public record Found(Target target) implements Resolution {
    }

    /** The reference leads nowhere; {@code reason} completes a sentence that starts with the reference. */
    public record Missing(String reason) implements Resolution {
    }

    /**
     * The normalised document of a file (read once), with every reference that needs it rewritten
     * to its absolute target.
     *
     * @throws SchemaProblem when the file cannot be read or parsed
     */
    public synchronized JsonNode document(Path file) {
        Path key = file.toAbsolutePath().normalize();
        JsonNode document = documents.get(key);
        if (document == null) {
            document = load(key).document().deepCopy();
            resolveReferences(key, document);
            documents.put(key, document);
        }
        return document;
    }

    /** The pointer, in the file as written, of the value at {@code pointer} in its normalised document. */
    public synchronized String sourcePointer(Path file, String pointer) {
        DraftNormalizer.Result result = loaded.get(file.toAbsolutePath().normalize());
        return result == null || pointer == null ? pointer : result.sourceMap().toSource(pointer);
    }

    /** A problem at a pointer of a normalised document, reported at its place in the file as written. */
    public SchemaProblem problemAt(Path file, String pointer, String reason) {
        return reader.problemAt(file, sourcePointer(file, pointer), reason);
    }

    /**
     * The file that holds the document named by {@code documentUri} (no fragment): the {@code $id}
     * of a schema in the source directory, or a {@code file:} URI of a file under the base or source directory.
     */
    public synchronized Optional<Path> fileFor(URI documentUri) {
        Resolution found = resource(withoutFragment(documentUri));
        return found instanceof Found f ? Optional.of(f.target().file()) : Optional.empty();
    }

    /** The base URI of a document: its {@code $id} resolved against its file, or its file URI. */
    public synchronized URI baseUri(Path file) {
        Path key = file.toAbsolutePath().normalize();
        JsonNode id = load(key).document().path("$id");
        if (id.isTextual()) {
            try {
                return withoutFragment(key.toUri().resolve(id.asText()));
            } catch (IllegalArgumentException e) {
                // An invalid $id is reported by the reference check; resolution falls back to the file.
            }
        }
        return key.toUri();
    }

    /**
     * Resolves a {@code $ref} written in {@code file} where the base URI is {@code base}.
     *
     * @param ref the reference as written
     */
    public synchronized Resolution resolve(URI base, String ref) {
        URI target;
        URI reference;
        try {
            reference = new URI(ref);
            target = ref.startsWith("#") ? new URI(withoutFragment(base) + ref) : base.resolve(reference);
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return new Missing("is not a valid URI reference");
        }
        Resolution resource = resource(withoutFragment(target));
        if (!(resource instanceof Found) && !reference.isAbsolute() && !ref.startsWith("#")) {
            // A relative reference in a document whose $id names no local schema (the $ids mirror the
            // folders, but only the source directory's are known): the file it names beside the referrer.
            Target referrer = resources.get(withoutFragment(base));
            if (referrer != null) {
                URI beside = referrer.file().toUri().resolve(reference);
                Resolution local = resource(withoutFragment(beside));
                if (local instanceof Found) {
                    resource = local;
                    target = beside;
                }
            }
        }
        if (!(resource instanceof Found found)) {
            return resource;
        }
        Path file = found.target().file();
        String root = found.target().pointer();
        String fragment = target.getFragment();
        if (fragment == null || fragment.isEmpty()) {
            return found;
        }
        DraftNormalizer.Result result;
        try {
            result = load(file);
        } catch (SchemaProblem unreadable) {
            return new Missing("names a file that cannot be read: " + unreadable.getMessage());
        }
        JsonNode normalized = result.document();
        if (fragment.startsWith("/")) {
            String written = result.sourceMap().toSource(root) + fragment;
            for (String candidate : List.of(result.sourceMap().toNormalized(written), root + fragment)) {
                if (exists(normalized, candidate)) {
                    return new Found(new Target(file, candidate));
                }
            }
            String missing = result.sourceMap().toNormalized(written);
            String suggestion = ReferenceCheck.suggestedPointer(normalized, missing)
                    .map(p -> "; did you mean " + result.sourceMap().toSource(p) + "?").orElse("");
            return new Missing("points to " + fragment + ", which does not exist in " + file.getFileName() + suggestion);
        }
        return anchor(normalized.at(root), root, fragment)
                .<Resolution>map(pointer -> new Found(new Target(file, pointer)))
                .orElseGet(() -> new Missing("names the anchor \"" + fragment + "\", which no $anchor in "
                        + file.getFileName() + " declares"));
    }

    /**
     * Every file that the given files reach through references, themselves included; files that
     * cannot be read are left out (generation reports them).
     */
    public synchronized Set<Path> reachableFiles(List<Path> roots) {
        Set<Path> seen = new TreeSet<>();
        Deque<Path> pending = new ArrayDeque<>();
        roots.forEach(root -> pending.add(root.toAbsolutePath().normalize()));
        while (!pending.isEmpty()) {
            Path file = pending.removeFirst();
            if (!seen.add(file)) {
                continue;
            }
            JsonNode document;
            try {
                document = document(file);
            } catch (SchemaProblem unreadable) {
                continue;
            }
            if (dialects.containsKey(file)) {
                pending.add(dialects.get(file)); // its formats are part of what the document means
            }
            SchemaPositions.walk(document, "", baseUri(file), (schema, pointer, base) -> {
                URI here = pointer.isEmpty() ? base : embeddedBase(schema, base);
                if (schema.path("$ref").isTextual() && resolve(here, schema.get("$ref").asText()) instanceof Found found) {
                    pending.add(found.target().file());
                }
                return here;
            });
        }
        return seen;
    }

    /** The URI without its {@code #fragment}: the name of the whole document. */
    public static URI withoutFragment(URI uri) {
        String text = uri.toString();
        int hash = text.indexOf('#');
        return URI.create(hash < 0 ? text : text.substring(0, hash));
    }

    /** The base URI inside a subschema: its {@code $id} resolved against the enclosing base. */
    static URI embeddedBase(ObjectNode schema, URI base) {
        JsonNode id = schema.get("$id");
        if (id == null || !id.isTextual()) {
            return base;
        }
        try {
            return withoutFragment(base.resolve(id.asText()));
        } catch (IllegalArgumentException e) {
            return base;
        }
    }

    // ---- loading --------------------------------------------------------------------------------

    private DraftNormalizer.Result load(Path file) {
        DraftNormalizer.Result result = loaded.get(file);
        if (result == null) {
            JsonNode written = reader.read(file);
            Path dialect = dialect(file, written);
            if (dialect != null) {
                dialects.put(file, dialect);
            }
            result = drafts.normalize(written, dialect == null ? null : reader.read(dialect));
            loaded.put(file, result);
            index(file, result.document());
        }
        return result;
    }

    /**
     * The meta-schema of the dialect a document declares, when that is not a draft the plugin knows but
     * a local schema: by its {@code $id}, or else the file that the {@code $schema} URI names relative to
     * the document's own {@code $id} (the layout where {@code $id}s mirror the folders). {@code null} when
     * there is none; the document is then read in the default draft, as before.
     *
     * @return the meta-schema's file
     */
    private Path dialect(Path file, JsonNode written) {
        JsonNode declared = written.path("$schema");
        if (!declared.isTextual() || DraftNormalizer.declaredDraft(written).isPresent()) {
            return null;
        }
        try {
            URI dialect = withoutFragment(new URI(declared.asText()));
            Resolution found = resource(dialect);
            if (!(found instanceof Found) && written.path("$id").isTextual()) {
                URI folder = withoutFragment(file.toUri().resolve(written.get("$id").asText())).resolve(".");
                Path directory = file.getParent();
                while (!(found instanceof Found) && directory != null && !folder.getPath().equals("/")) {
                    if (dialect.toString().startsWith(folder.toString())) {
                        found = resource(directory.resolve(dialect.toString().substring(folder.toString().length())).toUri());
                        break;
                    }
                    folder = folder.resolve("..");
                    directory = directory.getParent();
                }
            }
            if (found instanceof Found meta && !meta.target().file().equals(file)) {
                return meta.target().file();
            }
        } catch (java.net.URISyntaxException | IllegalArgumentException | SchemaProblem unusable) {
            // Not a local dialect: the document keeps the default draft.
        }
        return null;
    }

    /** Records the {@code $id} of the document and of every embedded resource. */
    private void index(Path file, JsonNode document) {
        URI fileUri = file.toUri();
        SchemaPositions.walk(document, "", fileUri, (schema, pointer, base) -> {
            URI here = embeddedBase(schema, base);
            if (schema.path("$id").isTextual() && !here.equals(fileUri)) {
                resources.putIfAbsent(here, new Target(file, pointer));
            }
            return here;
        });
    }

    private void indexSourceDirectory() {
        if (sourceDirectoryIndexed) {
            return;
        }
        sourceDirectoryIndexed = true;
        if (!Files.isDirectory(sourceDirectory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(sourceDirectory)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)
                    .filter(f -> SchemaDocumentReader.isDocument(f.getFileName().toString())).sorted()::iterator) {
                try {
                    load(file.toAbsolutePath().normalize());
                } catch (SchemaProblem notASchema) {
                    // Unparseable neighbours only matter if something refers to them.
                }
            }
        } catch (IOException e) {
            throw new SchemaProblem(sourceDirectory, null, 0, 0, "cannot list the schema directory: " + e.getMessage());
        }
    }

    /** The resource a document URI names: a declared {@code $id}, else a local file under the base directory. */
    private Resolution resource(URI documentUri) {
        indexSourceDirectory();
        Target declared = resources.get(documentUri);
        if (declared != null) {
            return new Found(declared);
        }
        String notHere = "names " + documentUri + ", which is neither a file nor the $id of a schema in the source"
                + " directory (remote schemas are never fetched)";
        if (!"file".equalsIgnoreCase(documentUri.getScheme())) {
            return new Missing(notHere);
        }
        Path file;
        try {
            file = Path.of(documentUri).toAbsolutePath().normalize();
        } catch (IllegalArgumentException | FileSystemNotFoundException e) {
            return new Missing(notHere); // a query, an authority or a fragment: not a plain local file
        }
        if (!file.startsWith(baseDirectory) && !file.startsWith(sourceDirectory)) {
            return new Missing("resolves to " + file + ", which is outside the base directory " + baseDirectory
                    + "; references may only name files under it or the source directory, and nothing is fetched: move or copy the schema"
                    + " into the project, or set baseDirectory to a directory that holds both");
        }
        if (!Files.isRegularFile(file)) {
            return new Missing(notHere);
        }
        return new Found(new Target(file, ""));
    }

    /** Rewrites the references of a loaded document that plain relative resolution would not follow. */
    private void resolveReferences(Path file, JsonNode document) {
        SchemaPositions.walk(document, "", baseUri(file), (schema, pointer, base) -> {
            URI here = pointer.isEmpty() ? base : embeddedBase(schema, base);
            JsonNode ref = schema.get("$ref");
            if (ref != null && ref.isTextual()
                    && resolve(here, ref.asText()) instanceof Found found && !followsAsWritten(file, ref.asText(), found.target())) {
                boolean sameResource = found.target().file().equals(file) && here.equals(baseUri(file));
                schema.put("$ref", sameResource ? "#" + fragment(found.target().pointer()) : found.target().uri());
            }
            return here;
        });
    }

    /** Whether a same-document pointer reference, read as a plain pointer from the root, already leads to its target. */
    private static boolean followsAsWritten(Path file, String ref, Target target) {
        return ref.startsWith("#") && ref.indexOf('%') < 0 && target.file().equals(file)
                && ref.substring(1).equals(target.pointer());
    }

    private static boolean exists(JsonNode document, String pointer) {
        try {
            return !document.at(JsonPointer.compile(pointer)).isMissingNode();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The pointer of the subschema declaring {@code $anchor} (or {@code $dynamicAnchor}) {@code name}, in
     * {@code resource}, which lies at {@code root}.
     */
    public static Optional<String> anchor(JsonNode resource, String root, String name) {
        String[] found = {null};
        SchemaPositions.walk(resource, root, null, (schema, pointer, ignored) -> {
            if (found[0] == null && (name.equals(schema.path("$anchor").asText(null))
                    || name.equals(schema.path("$dynamicAnchor").asText(null)))) {
                found[0] = pointer;
            }
            return null;
        });
        return Optional.ofNullable(found[0]);
    }

    /** A JSON Pointer as a URI fragment: characters a fragment may not hold, and {@code %} and {@code +}, percent-encoded. */
    static String fragment(String pointer) {
        StringBuilder out = new StringBuilder();
        for (byte b : pointer.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/!$&'()*,;=:@".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

}
