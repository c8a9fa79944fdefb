package dev.withheld.codegen.check;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.networknt.schema.path.PathType;
import dev.withheld.formats.DialectFormats;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * networknt json-schema-validator over the files of a {@link SchemaWorkspace}, with no network.
 *
 * <p>Every document is served from the workspace by its {@code $id} (or file URI); meta-schemas
 * come from the copies networknt ships. Remote fetching stays off (networknt's default), so a
 * {@code $ref} or {@code $schema} that names anything else fails instead of downloading.
 * Error locations are JSON Pointers, as in the suites.
 */
public final class OfflineValidator {
    /** The dialect of a schema that does not declare {@code $schema}. */
    public static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * The standard dialects (2020-12 first: the default), with unknown keywords kept as annotations as
     * usual but without networknt's log warning: the {@code lint/unknown-keyword} rule reports them, with
     * file, line and a suggestion.
     */
    private static final List<Dialect> DIALECTS = Stream.of(Dialects.getDraft202012(), Dialects.getDraft201909(), Dialects.getDraft7(),
                    Dialects.getDraft6(), Dialects.getDraft4())
            .map(dialect -> Dialect.builder(dialect).unknownKeywordFactory((keyword, context) -> new AnnotationKeyword(keyword)).build())
            .toList();

    /**
     * Meta-schemas never change, so one registry serves every check in this JVM: the watch goal
     * then compiles the 2020-12 meta-schema and its vocabularies once, not on every save.
     */
    private static final SchemaRegistry META_SCHEMAS = SchemaRegistry.withDialects(DIALECTS,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build())
                    .dialectRegistry(DialectFormats.registry(DIALECTS)));

    private final SchemaRegistry registry;

    public OfflineValidator(SchemaWorkspace workspace) {
        Map<String, String> texts = new HashMap<>();
        workspace.ids().forEach((id, file) -> {
            if (file.readable()) {
                texts.put(id.toString(), JSON.writeValueAsString(file.document()));
            }
        });
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build();
        this.registry = SchemaRegistry.withDialects(DIALECTS, builder -> builder
                .schemaRegistryConfig(config)
                // A workspace's own dialect (a meta-schema among its files) is loaded from that file,
                // with the formats it defines (see DialectFormats).
                .dialectRegistry(DialectFormats.registry(DIALECTS))
                .schemas(iri -> texts.get(SchemaWorkspace.withoutFragment(URI.create(iri)).toString())));
    }

    /**
     * Loads and compiles the schema at this location (a document id, or id plus {@code #pointer}),
     * resolving every {@code $ref} now rather than lazily during validation.
     *
     * @throws RuntimeException (networknt's {@code SchemaException} and relatives) when it cannot be compiled
     */
    public Schema load(String location) {
        Schema schema = registry.getSchema(SchemaLocation.of(location));
        schema.initializeValidators();
        return schema;
    }

    /** Validates an instance against the schema at this location. */
    public List<Error> validate(String location, JsonNode instance) {
        return load(location).validate(instance);
    }

    /**
     * The meta-schema of a dialect: one networknt ships, or a dialect of the workspace's own (a meta-schema
     * among its files, built on a standard one).
     */
    public Optional<Schema> metaSchema(String dialect) {
        for (SchemaRegistry from : List.of(META_SCHEMAS, registry)) {
            try {
                Schema schema = from.getSchema(SchemaLocation.of(dialect));
                schema.initializeValidators();
                return Optional.of(schema);
            } catch (RuntimeException unknown) {
                // try the next
            }
        }
        return Optional.empty();
    }

    /** The location of the subschema at {@code pointer} inside the document {@code id}, fragment escaped as a URI needs. */
    public static String location(URI id, String pointer) {
        if (pointer.isEmpty()) {
            return id.toString();
        }
        try {
            return new URI(id.getScheme(), id.getSchemeSpecificPart(), pointer).toString();
        } catch (URISyntaxException e) {
            return id + "#" + pointer;
        }
    }
}
