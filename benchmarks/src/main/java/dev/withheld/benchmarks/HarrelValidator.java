package dev.withheld.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.harrel.jsonschema.Validator;
import dev.harrel.jsonschema.ValidatorFactory;
import dev.withheld.schema.HarrelDialectFormats;
import dev.harrel.jsonschema.providers.JacksonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

/**
 * dev.harrel json-schema on the same schemas: Jackson 2 provider, {@code $id}s resolved from the
 * {@code withheld-schema} jar on the classpath (harrel never fetches; its meta-schemas are built
 * in). Bytes to a Jackson 2 tree to {@code Validator.validate}.
 */
public final class HarrelValidator {

    private final ObjectMapper mapper = new ObjectMapper();
    private final Validator validator;
    private final URI schemaId;

    /** Prepares the schema with the given {@code $id}; harrel compiles it on first use. */
    public HarrelValidator(String schemaId) {
        this.schemaId = URI.create(schemaId);
        // Schemas from the classpath, and the formats their dialect defines, as the schema suites read them.
        this.validator = HarrelDialectFormats.configure(new ValidatorFactory().withJsonNodeFactory(new JacksonNode.Factory()),
                id -> Classpath.schema(id)).createValidator();
    }

    /** harrel's verdict for the event (with its errors when invalid). */
    public Validator.Result validate(byte[] utf8) {
        try {
            return validator.validate(schemaId, mapper.readTree(utf8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
