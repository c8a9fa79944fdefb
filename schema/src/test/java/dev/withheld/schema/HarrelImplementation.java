package dev.withheld.schema;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.harrel.jsonschema.Dialects;
import dev.harrel.jsonschema.Draft2020EvaluatorFactory;
import dev.harrel.jsonschema.Error;
import dev.harrel.jsonschema.Evaluator;
import dev.harrel.jsonschema.EvaluatorFactory;
import dev.harrel.jsonschema.SchemaParsingContext;
import dev.harrel.jsonschema.SchemaResolver;
import dev.harrel.jsonschema.Validator;
import dev.harrel.jsonschema.ValidatorFactory;
import dev.harrel.jsonschema.providers.JacksonNode;

/**
 * dev.harrel json-schema (Jackson 2 provider), the second, independent implementation.
 *
 * <p>It shares no code with networknt, so a suite verdict that both give is a property of the
 * schema, not of a library. Schemas resolve by {@code $id} through a {@link SchemaResolver} that
 * reads the given {@link SchemaSource}; harrel has no network fetching, and its own meta-schemas
 * are built in.
 *
 * <p>One quirk of harrel's output is corrected here: when an {@code if}/{@code then}/{@code else}
 * fails, harrel keeps the errors it met while evaluating the {@code if} subschema (for example
 * "Expected m.no_olm" at {@code /code} when the code is {@code m.unverified}). By the
 * specification the {@code if} subschema is only a condition, its failures are never validation
 * errors, and networknt does not report them; so they are dropped before the locations are compared.
 */
final class HarrelImplementation implements SchemaImplementation {
    private static final String FORMAT_ASSERTION = "https://json-schema.org/draft/2020-12/vocab/format-assertion";
    private static final String FORMAT_ASSERTION_META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/meta/format-assertion";

    /**
     * The published 2020-12 meta-schema of the format-assertion vocabulary, which harrel does not ship
     * (networknt does): the Matrix formats' dialect refers to it.
     */
    private static final String FORMAT_ASSERTION_META_SCHEMA = """
            {"$schema": "https://json-schema.org/draft/2020-12/schema",
             "$id": "https://json-schema.org/draft/2020-12/meta/format-assertion",
             "$dynamicAnchor": "meta",
             "title": "Format vocabulary meta-schema for assertion results",
             "type": ["object", "boolean"],
             "properties": {"format": {"type": "string"}}}
            """;
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * harrel's 2020-12, saying that it supports the format-assertion vocabulary (once {@link #dialectFormat}
     * is given): otherwise a dialect that requires the vocabulary is refused.
     */
    private static final Dialects.Draft2020Dialect ASSERTING_FORMATS = new Dialects.Draft2020Dialect() {
        @Override
        public Set<String> getSupportedVocabularies() {
            Set<String> supported = new HashSet<>(super.getSupportedVocabularies());
            supported.add(FORMAT_ASSERTION);
            return supported;
        }
    };

    private final SchemaSource source;
    private final Validator validator;

    HarrelImplementation(SchemaSource source) {
        this.source = source;
        SchemaResolver byId = uri -> FORMAT_ASSERTION_META_SCHEMA_ID.equals(uri)
                ? SchemaResolver.Result.fromString(FORMAT_ASSERTION_META_SCHEMA)
                : source.read(uri).map(SchemaResolver.Result::fromString).orElse(SchemaResolver.Result.empty());
        this.validator = new ValidatorFactory()
                .withJsonNodeFactory(new JacksonNode.Factory())
                .withSchemaResolver(byId)
                .withDialect(ASSERTING_FORMATS)
                .withDefaultDialect(ASSERTING_FORMATS)
                .withEvaluatorFactory(EvaluatorFactory.compose(this::dialectFormat, new Draft2020EvaluatorFactory()))
                .createValidator();
    }

    /**
     * harrel asserts no format of its own here; a schema whose dialect turns on format assertion gets the
     * formats its dialect's meta-schema defines in {@code $defs} (the convention of the project's
     * {@code DialectFormats}, written here against harrel's API, so that the two implementations stay
     * independent): a string has the format when the definition accepts it.
     */
    private Optional<Evaluator> dialectFormat(SchemaParsingContext context, String keyword, dev.harrel.jsonschema.JsonNode node) {
        if (!"format".equals(keyword) || !node.isString() || !context.getActiveVocabularies().contains(FORMAT_ASSERTION)) {
            return Optional.empty();
        }
        String document = context.getParentUri().toString();
        String dialect = source.read(document).map(HarrelImplementation::parse).map(root -> root.path("$schema").asText()).orElse("");
        boolean defined = source.read(dialect).map(HarrelImplementation::parse)
                .map(meta -> meta.path("$defs").path(node.asString()).isObject()).orElse(false);
        if (!defined) {
            return Optional.of((evaluation, instance) -> Evaluator.Result.failure("unknown format " + node.asString()));
        }
        String definition = dialect + "#/$defs/" + node.asString();
        return Optional.of((evaluation, instance) -> !instance.isString() || evaluation.resolveRefAndValidate(definition, instance)
                ? Evaluator.Result.success()
                : Evaluator.Result.failure("is not a valid " + node.asString()));
    }

    @Override
    public String name() {
        return "harrel, schemas from " + source.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public Verdict validate(String schemaId, String instanceJson) {
        JsonNode instance = parse(instanceJson);
        Validator.Result result = validator.validate(URI.create(schemaId), instance);
        List<ReportedError> errors = new ArrayList<>();
        for (Error error : withoutIfConditionErrors(result.getErrors())) {
            errors.add(new ReportedError(error.getInstanceLocation(), missingMembers(error, instance),
                    error.getError() + "  [" + error.getKeyword() + " at " + error.getSchemaLocation() + " via " + error.getEvaluationPath() + "]"));
        }
        return Verdict.of(result.isValid(), errors);
    }

    @Override
    public Verdict validateAgainstMetaSchema(String schemaJson) {
        Validator.Result result = validator.validate(URI.create(NetworkntImplementation.DRAFT_2020_12), parse(schemaJson));
        return Verdict.of(result.isValid(), result.getErrors().stream()
                .map(error -> new ReportedError(error.getInstanceLocation(), List.of(), error.getError() + "  [" + error.getKeyword() + "]"))
                .toList());
    }

    /**
     * Drops the errors met inside an {@code if} subschema. harrel reports a failed
     * {@code if}/{@code then}/{@code else} as one error with keyword {@code if}; the errors whose
     * evaluation path continues below that keyword's path ({@code .../if/properties/code/const})
     * came from the condition, while those of {@code then} and {@code else} are on their own paths
     * ({@code .../else/required}).
     */
    private static List<Error> withoutIfConditionErrors(List<Error> errors) {
        List<String> conditionPaths = errors.stream()
                .filter(error -> "if".equals(error.getKeyword()))
                .map(error -> error.getEvaluationPath() + "/")
                .toList();
        return errors.stream()
                .filter(error -> conditionPaths.stream().noneMatch(error.getEvaluationPath()::startsWith))
                .toList();
    }

    /**
     * harrel reports one {@code required} error at the object and names the missing members only
     * in its message; read them from the schema instead: the members of that {@code required}
     * keyword that the instance object lacks.
     */
    private List<String> missingMembers(Error error, JsonNode instance) {
        if (!"required".equals(error.getKeyword())) {
            return List.of();
        }
        URI location = URI.create(error.getSchemaLocation());
        String document = location.getScheme() + ":" + location.getRawSchemeSpecificPart();
        String fragment = location.getFragment() == null ? "" : location.getFragment();
        // The error's schema location is the schema object that holds the required keyword.
        JsonNode required = parse(source.read(document)
                .orElseThrow(() -> new IllegalStateException("harrel reported an error in an unknown schema " + location)))
                .at(fragment).path("required");
        JsonNode object = instance.at(error.getInstanceLocation());
        List<String> missing = new ArrayList<>();
        required.forEach(member -> {
            if (!object.has(member.asText())) {
                missing.add(member.asText());
            }
        });
        if (missing.isEmpty()) {
            throw new IllegalStateException("cannot find the missing members of the required error " + error);
        }
        return missing;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
