package dev.withheld.codegen.differential;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The reference verdict: networknt json-schema-validator on the entry's own files, offline.
 *
 * <p>The draft comes from each file's {@code $schema}; a file without one is read as draft-07, the
 * draft most public schemas are written in. Files are served by their {@code file:} URI and by their
 * {@code $id} (or draft-04 {@code id}), so relative references across folders resolve locally;
 * networknt's default of never fetching remote references is kept. {@code format} is an annotation
 * (assertion off in every draft), which is what the generated model must honour too.
 */
final class ReferenceValidator {

    static final SpecificationVersion DEFAULT_DRAFT = SpecificationVersion.DRAFT_7;

    private final Schema schema;

    ReferenceValidator(Path root, List<Path> schemaFiles) {
        Map<String, String> texts = new HashMap<>();
        for (Path file : schemaFiles) {
            String json = Documents.jsonText(file);
            texts.put(file.toUri().toString(), json);
            JsonNode document = Documents.read(file);
            for (String idKeyword : List.of("$id", "id")) {
                JsonNode id = document.path(idKeyword);
                if (id.isString() && !id.asString().startsWith("#")) {
                    texts.put(id.asString().replaceFirst("#.*$", ""), json);
                }
            }
        }
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(false)
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(DEFAULT_DRAFT,
                builder -> builder.schemaRegistryConfig(config).schemas(texts::get));
        this.schema = registry.getSchema(SchemaLocation.of(root.toUri().toString()));
        this.schema.initializeValidators();
    }

    List<Error> validate(JsonNode instance) {
        return schema.validate(instance);
    }
}
