package dev.withheld.codegen.generate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.withheld.codegen.normalize.SchemaNormalizer;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.jsonschema2pojo.ContentResolver;

/**
 * The document loader handed to jsonschema2pojo: JSON or YAML by file extension, documents found
 * by file or by {@code $id} in the {@link LocalSchemaCatalog} and handed over in their
 * {@link SchemaNormalizer normalised} form, classpath documents as jsonschema2pojo reads them, and
 * never a network fetch.
 */
final class LocalContentResolver extends ContentResolver {

    private static final Set<String> CLASSPATH_SCHEMES = Set.of("classpath", "resource", "java");

    private final LocalSchemaCatalog catalog;
    private final SchemaNormalizer normalizer;

    LocalContentResolver(LocalSchemaCatalog catalog, SchemaNormalizer normalizer) {
        this.catalog = catalog;
        this.normalizer = normalizer;
    }

    @Override
    public JsonNode resolve(URI uri) {
        if (uri.getScheme() != null && CLASSPATH_SCHEMES.contains(uri.getScheme())) {
            return super.resolve(uri);
        }
        Optional<Path> file = catalog.fileFor(uri);
        if (file.isPresent()) {
            return normalizer.document(file.get());
        }
        throw new SchemaProblem(null, null, 0, 0, "the schema " + uri
                + " is neither a local file nor the $id of a schema in the source directory;"
                + " remote schemas are never fetched: copy it into the source directory");
    }
}
