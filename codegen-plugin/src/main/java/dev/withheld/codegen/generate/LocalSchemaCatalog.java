package dev.withheld.codegen.generate;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Every schema document that generation may read, found on the local file system only.
 *
 * <p>A {@code $ref} names a document either by a path relative to the referring file or by an
 * absolute {@code $id}. Documents are looked up by file URI, or by the {@code $id} declared at the
 * top of any schema in the source directory. Nothing is ever fetched from the network: a schema
 * that is not here is a problem for the user to fix, not a download.
 */
public final class LocalSchemaCatalog {

    private final Path sourceDirectory;
    private final SchemaDocumentReader reader;
    private final Map<Path, JsonNode> documents = new ConcurrentHashMap<>();
    private volatile Map<URI, Path> filesById;

    public LocalSchemaCatalog(Path sourceDirectory, SchemaDocumentReader reader) {
        this.sourceDirectory = sourceDirectory.toAbsolutePath().normalize();
        this.reader = reader;
    }

    public SchemaDocumentReader reader() {
        return reader;
    }

    /** The parsed document of a file (parsed once). */
    public JsonNode document(Path file) {
        return documents.computeIfAbsent(file.toAbsolutePath().normalize(), reader::read);
    }

    /**
     * The file that holds the document named by {@code documentUri} (no fragment): a {@code file:}
     * URI, or the {@code $id} of a schema in the source directory.
     */
    public Optional<Path> fileFor(URI documentUri) {
        if ("file".equalsIgnoreCase(documentUri.getScheme())) {
            Path file;
            try {
                file = Path.of(documentUri).normalize();
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                return Optional.empty(); // a query, an authority or a fragment: not a plain local file
            }
            return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
        }
        return Optional.ofNullable(idIndex().get(withoutFragment(documentUri)));
    }

    /** The base URI of a document: its {@code $id} if it declares one, else its file URI. */
    public URI baseUri(Path file) {
        JsonNode id = document(file).path("$id");
        if (id.isTextual()) {
            try {
                URI declared = withoutFragment(URI.create(id.asText()));
                if (declared.isAbsolute()) {
                    return declared;
                }
            } catch (IllegalArgumentException e) {
                // An invalid $id is reported by the checks; generation falls back to the file.
            }
        }
        return file.toUri();
    }

    /** The URI without its {@code #fragment}: the name of the whole document. */
    public static URI withoutFragment(URI uri) {
        String text = uri.toString();
        int hash = text.indexOf('#');
        return URI.create(hash < 0 ? text : text.substring(0, hash));
    }

    private Map<URI, Path> idIndex() {
        Map<URI, Path> index = filesById;
        if (index == null) {
            synchronized (this) {
                if (filesById == null) {
                    filesById = buildIndex();
                }
                index = filesById;
            }
        }
        return index;
    }

    private Map<URI, Path> buildIndex() {
        Map<URI, Path> index = new HashMap<>();
        if (!Files.isDirectory(sourceDirectory)) {
            return index;
        }
        try (Stream<Path> files = Files.walk(sourceDirectory)) {
            files.filter(Files::isRegularFile)
                    .filter(f -> SchemaDocumentReader.isDocument(f.getFileName().toString()))
                    .sorted()
                    .forEach(f -> {
                        try {
                            URI base = baseUri(f);
                            if (!"file".equals(base.getScheme())) {
                                index.putIfAbsent(base, f.toAbsolutePath().normalize());
                            }
                        } catch (SchemaProblem notASchema) {
                            // Unparseable neighbours only matter if something refers to them.
                        }
                    });
        } catch (IOException e) {
            throw new SchemaProblem(sourceDirectory, null, 0, 0, "cannot list the schema directory: " + e.getMessage());
        }
        return index;
    }
}
