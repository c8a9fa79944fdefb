package dev.withheld.schema;

import java.util.List;
import java.util.Locale;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import dev.withheld.formats.DialectFormats;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;

/**
 * networknt json-schema-validator 3.x (Jackson 3), the implementation the project's validator uses at run time.
 *
 * <p>Schemas resolve by {@code $id} without network access: from the classpath through a prefix
 * mapping (exactly as a consumer of the jar would configure it), or from {@code schemas/}
 * through a resource loader. Remote fetching is off, which is networknt's default.
 */
final class NetworkntImplementation implements SchemaImplementation {
    static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

    private final SchemaSource source;
    private final SchemaRegistry registry;

    NetworkntImplementation(SchemaSource source) {
        this.source = source;
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build();
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> {
            builder.schemaRegistryConfig(config)
                    // The dialect that asserts the Matrix formats, read from its meta-schema in the set.
                    .dialectRegistry(DialectFormats.registry(List.of(Dialects.getDraft202012())));
            switch (source) {
                case CLASSPATH -> builder.schemaIdResolvers(ids -> ids.mapPrefix(SchemaSource.ID_PREFIX, "classpath:" + SchemaSource.RESOURCE_ROOT));
                case FILES -> builder.schemas(id -> source.read(id).orElse(null));
            }
        });
    }

    @Override
    public String name() {
        return "networknt, schemas from " + source.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public Verdict validate(String schemaId, String instanceJson) {
        Schema schema = registry.getSchema(SchemaLocation.of(schemaId));
        // networknt resolves $refs lazily and swallows failures unless asked: make a broken $ref fail here.
        schema.initializeValidators();
        return verdict(schema.validate(instanceJson, InputFormat.JSON));
    }

    @Override
    public Verdict validateAgainstMetaSchema(String schemaJson) {
        Schema metaSchema = registry.getSchema(SchemaLocation.of(DRAFT_2020_12));
        return verdict(metaSchema.validate(schemaJson, InputFormat.JSON));
    }

    private static Verdict verdict(List<Error> errors) {
        return Verdict.of(errors.isEmpty(), errors.stream().map(NetworkntImplementation::reported).toList());
    }

    private static ReportedError reported(Error error) {
        // networknt reports one required error per missing member, at the object, naming the member as its property.
        List<String> missing = "required".equals(error.getKeyword()) ? List.of(error.getProperty()) : List.of();
        return new ReportedError(error.getInstanceLocation().toString(), missing,
                error.getMessage() + "  [" + error.getKeyword() + " at " + error.getSchemaLocation() + "]");
    }
}
