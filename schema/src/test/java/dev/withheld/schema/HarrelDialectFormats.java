package dev.withheld.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.harrel.jsonschema.Dialects;
import dev.harrel.jsonschema.Draft2020EvaluatorFactory;
import dev.harrel.jsonschema.Evaluator;
import dev.harrel.jsonschema.EvaluatorFactory;
import dev.harrel.jsonschema.SchemaParsingContext;
import dev.harrel.jsonschema.SchemaResolver;
import dev.harrel.jsonschema.ValidatorFactory;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * dev.harrel json-schema set up for schemas whose dialect asserts formats it defines itself, such as
 * the Matrix formats: the convention of the formats module's {@code DialectFormats} (each format is the
 * {@code $defs} entry of its name in the dialect's meta-schema), written against harrel's API so that
 * harrel stays an independent second opinion. Used by the suites here and by the benchmarks.
 */
public final class HarrelDialectFormats {
    private static final String FORMAT_ASSERTION = "https://json-schema.org/draft/2020-12/vocab/format-assertion";
    private static final String FORMAT_ASSERTION_META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/meta/format-assertion";

    /**
     * The published 2020-12 meta-schema of the format-assertion vocabulary, which harrel does not ship
     * (networknt does); a dialect that asserts formats refers to it.
     */
    private static final String FORMAT_ASSERTION_META_SCHEMA = """
            {"$schema": "https://json-schema.org/draft/2020-12/schema",
             "$id": "https://json-schema.org/draft/2020-12/meta/format-assertion",
             "$dynamicAnchor": "meta",
             "title": "Format vocabulary meta-schema for assertion results",
             "type": ["object", "boolean"],
             "properties": {"format": {"type": "string"}}}
            """;

    /**
     * harrel's 2020-12, saying that it supports the format-assertion vocabulary (the evaluator below
     * asserts it): otherwise a dialect that requires the vocabulary is refused.
     */
    private static final Dialects.Draft2020Dialect ASSERTING_FORMATS = new Dialects.Draft2020Dialect() {
        @Override
        public Set<String> getSupportedVocabularies() {
            Set<String> supported = new HashSet<>(super.getSupportedVocabularies());
            supported.add(FORMAT_ASSERTION);
            return supported;
        }
    };

    private static final ObjectMapper JSON = new ObjectMapper();

    private HarrelDialectFormats() {
    }

    /**
     * The factory, reading schemas by {@code $id} through {@code schemas}, with the dialect formats.
     *
     * @param schemas the text of the schema document with the given {@code $id}, if there is one
     */
    public static ValidatorFactory configure(ValidatorFactory factory, Function<String, Optional<String>> schemas) {
        SchemaResolver byId = uri -> FORMAT_ASSERTION_META_SCHEMA_ID.equals(uri)
                ? SchemaResolver.Result.fromString(FORMAT_ASSERTION_META_SCHEMA)
                : schemas.apply(uri).map(SchemaResolver.Result::fromString).orElse(SchemaResolver.Result.empty());
        return factory.withSchemaResolver(byId)
                .withDialect(ASSERTING_FORMATS)
                .withDefaultDialect(ASSERTING_FORMATS)
                .withEvaluatorFactory(EvaluatorFactory.compose(
                        (context, keyword, node) -> format(schemas, context, keyword, node), new Draft2020EvaluatorFactory()));
    }

    /** The evaluator of a {@code format} that the schema's dialect asserts, or none (harrel's own handling). */
    private static Optional<Evaluator> format(Function<String, Optional<String>> schemas, SchemaParsingContext context,
            String keyword, dev.harrel.jsonschema.JsonNode node) {
        if (!"format".equals(keyword) || !node.isString() || !context.getActiveVocabularies().contains(FORMAT_ASSERTION)) {
            return Optional.empty();
        }
        String dialect = schemas.apply(context.getParentUri().toString()).map(HarrelDialectFormats::parse)
                .map(root -> root.path("$schema").asText()).orElse("");
        boolean defined = schemas.apply(dialect).map(HarrelDialectFormats::parse)
                .map(meta -> meta.path("$defs").path(node.asString()).isObject()).orElse(false);
        if (!defined) {
            return Optional.of((evaluation, instance) -> Evaluator.Result.failure("unknown format " + node.asString()));
        }
        String definition = dialect + "#/$defs/" + node.asString();
        return Optional.of((evaluation, instance) -> !instance.isString() || evaluation.resolveRefAndValidate(definition, instance)
                ? Evaluator.Result.success()
                : Evaluator.Result.failure("is not a valid " + node.asString()));
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
