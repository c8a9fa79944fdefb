package dev.withheld.codegen.differential.random;

import static dev.withheld.codegen.differential.random.RandomSchemas.JSON;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Random instances for a random schema: "valid by construction" ones that follow the schema's
 * keywords (best effort: the verdict that counts is networknt's), and mutations of those (a member
 * removed, a value of the wrong type, a null, a bound crossed, an unknown member) that usually make
 * them invalid.
 */
final class RandomInstances {

    private static final BigInteger WIDE = new BigInteger("18446744073709551615");

    private final Set<Family> families;

    RandomInstances(Set<Family> families) {
        this.families = families;
    }

    Arbitrary<JsonNode> valid(JsonNode schema) {
        if (schema.has("const")) {
            return Arbitraries.just(schema.get("const"));
        }
        if (schema.has("enum")) {
            List<JsonNode> values = new ArrayList<>();
            schema.get("enum").forEach(values::add);
            return Arbitraries.of(values);
        }
        if (schema.has("oneOf")) {
            return Arbitraries.oneOf(List.of(valid(schema.get("oneOf").get(0)), valid(schema.get("oneOf").get(1))));
        }
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            List<Arbitrary<JsonNode>> each = new ArrayList<>();
            type.forEach(t -> each.add(ofType(t.asString(), schema)));
            return Arbitraries.oneOf(each);
        }
        return ofType(type.isString() ? type.asString() : "object", schema);
    }

    private Arbitrary<JsonNode> ofType(String type, JsonNode schema) {
        return switch (type) {
            case "string" -> strings(schema);
            case "boolean" -> Arbitraries.of(true, false).map(JSON::booleanNode);
            case "null" -> Arbitraries.just(JSON.nullNode());
            case "integer" -> integers(schema);
            case "number" -> numbers(schema);
            case "array" -> arrays(schema);
            default -> objects(schema);
        };
    }

    private Arbitrary<JsonNode> strings(JsonNode schema) {
        if (schema.has("format") && on(Family.FORMATS)) {
            Map<String, String> wellFormed = Map.of("date-time", "2024-02-29T12:00:00.123Z", "uuid", "3fa85f64-5717-4562-b3fc-2c963f66afa6",
                    "uri", "https://example.org/a?b=c", "date", "2024-02-29", "email", "a@example.org");
            return Arbitraries.of(wellFormed.get(schema.get("format").asString()), "not a " + schema.get("format").asString(), "")
                    .map(JSON::stringNode);
        }
        int min = schema.path("minLength").asInt(0);
        int max = schema.has("maxLength") ? schema.get("maxLength").asInt() : min + 8;
        return Arbitraries.strings().withCharRange('a', 'z').withChars('é', ' ', '$').ofMinLength(min).ofMaxLength(max).map(JSON::stringNode);
    }

    private Arbitrary<JsonNode> integers(JsonNode schema) {
        BigInteger min = schema.has("minimum") ? schema.get("minimum").bigIntegerValue() : on(Family.WIDE_INTEGERS) ? WIDE.negate() : BigInteger.valueOf(-1000);
        BigInteger max = schema.has("maximum") ? schema.get("maximum").bigIntegerValue() : on(Family.WIDE_INTEGERS) ? WIDE : BigInteger.valueOf(1000);
        Arbitrary<BigInteger> value = Arbitraries.bigIntegers().between(min, max).edgeCases(edges -> edges.includeOnly(min, max));
        if (on(Family.WIDE_INTEGERS) && min.compareTo(BigInteger.valueOf(1432735824653L)) <= 0 && max.compareTo(BigInteger.valueOf(1432735824653L)) >= 0) {
            value = Arbitraries.oneOf(value, Arbitraries.just(BigInteger.valueOf(1432735824653L)));
        }
        Arbitrary<Boolean> decimal = on(Family.INTEGRAL_DECIMALS) ? Arbitraries.of(false, true) : Arbitraries.just(false);
        return Combinators.combine(value, decimal).as((v, asDecimal) -> asDecimal ? JSON.numberNode(new BigDecimal(v).setScale(1)) : JSON.numberNode(v));
    }

    private Arbitrary<JsonNode> numbers(JsonNode schema) {
        BigDecimal min = schema.has("minimum") ? schema.get("minimum").decimalValue()
                : schema.has("exclusiveMinimum") ? schema.get("exclusiveMinimum").decimalValue().add(new BigDecimal("0.01")) : new BigDecimal("-1e6");
        BigDecimal max = schema.has("maximum") ? schema.get("maximum").decimalValue() : min.add(new BigDecimal("1e6"));
        return Arbitraries.bigDecimals().between(min, max).ofScale(3).map(JSON::numberNode);
    }

    private Arbitrary<JsonNode> arrays(JsonNode schema) {
        int min = schema.path("minItems").asInt(0);
        int max = schema.has("maxItems") ? schema.get("maxItems").asInt() : min + 3;
        return valid(schema.get("items")).list().ofMinSize(min).ofMaxSize(max).map(values -> {
            ArrayNode array = JSON.arrayNode();
            (schema.path("uniqueItems").asBoolean(false) ? new ArrayList<>(new LinkedHashSet<>(values)) : values).forEach(array::add);
            return array;
        });
    }

    private Arbitrary<JsonNode> objects(JsonNode schema) {
        JsonNode properties = schema.path("properties");
        List<String> names = new ArrayList<>(properties.propertyNames());
        Set<String> always = new LinkedHashSet<>();
        schema.path("required").forEach(n -> always.add(n.asString()));
        if (schema.has("if") || schema.has("anyOf") || schema.has("allOf")) {
            always.addAll(names);
        }
        List<Arbitrary<JsonNode>> values = new ArrayList<>();
        for (String name : names) {
            Arbitrary<JsonNode> value = valid(properties.get(name));
            if (!always.contains(name) && on(Family.ABSENT_OPTIONALS)) {
                value = value.injectNull(0.4);
            }
            values.add(value);
        }
        Arbitrary<JsonNode> extra = extraMember(schema);
        return Combinators.combine(Combinators.combine(values).as(list -> list), extra).as((list, unknown) -> {
            ObjectNode object = JSON.objectNode();
            for (int i = 0; i < names.size(); i++) {
                if (list.get(i) != null) {
                    object.set(names.get(i), list.get(i));
                }
            }
            if (unknown != null && !unknown.isMissingNode()) {
                String name = schema.has("patternProperties") ? "x-vendor" : "org.example.extra";
                object.set(name, unknown);
            }
            return object;
        });
    }

    /** A member the schema does not name, where the schema allows one (missing node: none). */
    private Arbitrary<JsonNode> extraMember(JsonNode schema) {
        if (!on(Family.UNKNOWN_MEMBERS)) {
            return Arbitraries.just(JSON.missingNode());
        }
        JsonNode additional = schema.path("additionalProperties");
        if (schema.has("patternProperties")) {
            return Arbitraries.oneOf(Arbitraries.just(JSON.missingNode()), valid(schema.get("patternProperties").get("^x-")));
        }
        if (additional.isObject()) {
            return Arbitraries.oneOf(Arbitraries.just(JSON.missingNode()), valid(additional));
        }
        if (additional.isBoolean() && !additional.asBoolean()) {
            return Arbitraries.just(JSON.missingNode());
        }
        return Arbitraries.of(JSON.missingNode(), JSON.stringNode("kept"), JSON.objectNode().put("nested", 1), JSON.nullNode());
    }

    /** A valid instance with one change at one node of its tree. */
    Arbitrary<JsonNode> mutated(JsonNode schema) {
        return Combinators.combine(valid(schema), Arbitraries.integers().between(0, 50), Arbitraries.of(Mutation.values()))
                .as((instance, at, mutation) -> mutation.apply(instance.deepCopy(), at));
    }

    private boolean on(Family family) {
        return families.contains(family);
    }
}
