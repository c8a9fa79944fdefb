package dev.withheld.schema;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.harrel.jsonschema.Error;
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
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SchemaSource source;
    private final Validator validator;

    HarrelImplementation(SchemaSource source) {
        this.source = source;
        this.validator = HarrelDialectFormats.configure(new ValidatorFactory().withJsonNodeFactory(new JacksonNode.Factory()),
                source::read).createValidator();
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
