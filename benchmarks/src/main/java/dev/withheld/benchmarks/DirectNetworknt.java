package dev.withheld.benchmarks;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import dev.withheld.formats.DialectFormats;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * networknt json-schema-validator 3 used directly, the way a user would write it by hand
 * without our validator: the receiving event schema compiled once, its {@code $id}s mapped to the
 * {@code withheld-schema} jar on the classpath (no network), then bytes to a Jackson 3 tree to
 * {@code Schema.validate}. Default settings otherwise.
 */
public final class DirectNetworknt {

    private final JsonMapper mapper = JsonMapper.builder().build();
    private final Schema schema;

    /** Compiles the schema with the given {@code $id} from the classpath. */
    public DirectNetworknt(String schemaId) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder
                        // The Matrix formats, as the schemas' dialect defines them.
                        .dialectRegistry(DialectFormats.registry(List.of(Dialects.getDraft202012())))
                        .schemaLoader(loader -> loader
                        .fetchRemoteResources(false)
                        .schemaIdResolvers(ids -> ids.mapPrefix("https://withheld.dev/schema/",
                                "classpath:dev/withheld/schema/"))));
        schema = registry.getSchema(SchemaLocation.of(schemaId));
        schema.initializeValidators();
    }

    /** Every error networknt reports for the event; empty when it is valid. */
    public List<Error> validate(byte[] utf8) {
        return schema.validate(mapper.readTree(utf8));
    }
}
