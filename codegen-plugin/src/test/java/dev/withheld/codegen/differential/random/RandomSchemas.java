package dev.withheld.codegen.differential.random;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Random draft-07 schemas built from the chosen keyword {@link Family families}: the root is always
 * an object schema (so that there is a class to read instances with); below it, up to two levels of
 * nested objects and arrays. Everything is built from jqwik arbitraries, so a failing schema shrinks
 * (fewer properties, fewer keywords, smaller bounds).
 */
final class RandomSchemas {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Member names as real schemas use them (snake case, Matrix-like, one Java keyword). */
    private static final List<String> NAMES = List.of("name", "origin_server_ts", "tags", "content", "count", "kind",
            "room_id", "meta", "enabled", "class");

    private static final int MAX_DEPTH = 2;

    private final Set<Family> families;

    RandomSchemas(Set<Family> families) {
        this.families = families;
    }

    Arbitrary<ObjectNode> root() {
        return objectSchema(0).map(schema -> {
            ObjectNode root = JSON.objectNode();
            root.put("$schema", "http://json-schema.org/draft-07/schema#");
            root.setAll(schema);
            return root;
        });
    }

    private Arbitrary<ObjectNode> objectSchema(int depth) {
        Arbitrary<List<ObjectNode>> properties = subschema(depth + 1).list().ofMinSize(1).ofMaxSize(4);
        Arbitrary<List<Boolean>> required = Arbitraries.of(true, false).list().ofSize(4);
        Arbitrary<Integer> extras = Arbitraries.integers().between(0, 5);
        return Combinators.combine(properties, required, extras, valueSchema()).as((props, req, extra, mapValue) -> {
            ObjectNode schema = JSON.objectNode().put("type", "object");
            ObjectNode members = schema.putObject("properties");
            ArrayNode requiredNames = JSON.arrayNode();
            for (int i = 0; i < props.size(); i++) {
                members.set(NAMES.get(i), props.get(i));
                if (req.get(i)) {
                    requiredNames.add(NAMES.get(i));
                }
            }
            if (!requiredNames.isEmpty()) {
                schema.set("required", requiredNames);
            }
            addObjectKeywords(schema, props.size(), extra, mapValue);
            return schema;
        });
    }

    /** Object-level keywords, chosen by {@code extra} among the enabled families. */
    private void addObjectKeywords(ObjectNode schema, int propertyCount, int extra, ObjectNode mapValue) {
        switch (extra) {
            case 1 -> {
                if (on(Family.ADDITIONAL_PROPERTIES)) {
                    schema.put("additionalProperties", false);
                }
            }
            case 2 -> {
                if (on(Family.ADDITIONAL_PROPERTIES)) {
                    schema.set("additionalProperties", mapValue);
                }
            }
            case 3 -> {
                if (on(Family.PATTERN_PROPERTIES)) {
                    schema.putObject("patternProperties").set("^x-", mapValue);
                    if (on(Family.ADDITIONAL_PROPERTIES)) {
                        schema.put("additionalProperties", false);
                    }
                }
            }
            case 4 -> {
                if (on(Family.COMPOSITION) && propertyCount >= 2) {
                    ArrayNode anyOf = schema.putArray("anyOf");
                    anyOf.addObject().putArray("required").add(NAMES.get(0));
                    anyOf.addObject().putArray("required").add(NAMES.get(1));
                } else if (on(Family.COMPOSITION)) {
                    schema.putArray("allOf").addObject().putArray("required").add(NAMES.get(0));
                }
            }
            case 5 -> {
                if (on(Family.CONDITIONALS) && propertyCount >= 2) {
                    ObjectNode kind = ((ObjectNode) schema.get("properties")).putObject("type");
                    kind.put("type", "string").putArray("enum").add("a").add("b");
                    ObjectNode condition = schema.putObject("if");
                    condition.putObject("properties").putObject("type").put("const", "a");
                    condition.putArray("required").add("type");
                    schema.putObject("then").putArray("required").add(NAMES.get(1));
                    schema.putObject("else").putArray("required").add(NAMES.get(0));
                }
            }
            default -> {
            }
        }
    }

    /** A small schema for map values and pattern properties. */
    private Arbitrary<ObjectNode> valueSchema() {
        List<ObjectNode> choices = new ArrayList<>();
        choices.add(JSON.objectNode().put("type", "string"));
        if (on(Family.SMALL_INTEGERS) || on(Family.WIDE_INTEGERS)) {
            choices.add(JSON.objectNode().put("type", "integer"));
        }
        if (on(Family.BOOLEANS)) {
            choices.add(JSON.objectNode().put("type", "boolean"));
        }
        return Arbitraries.of(choices).map(ObjectNode::deepCopy);
    }

    Arbitrary<ObjectNode> subschema(int depth) {
        List<Arbitrary<ObjectNode>> choices = new ArrayList<>();
        choices.add(strings());
        if (on(Family.BOOLEANS)) {
            choices.add(Arbitraries.just(0).map(x -> JSON.objectNode().put("type", "boolean")));
        }
        if (on(Family.SMALL_INTEGERS)) {
            choices.add(smallIntegers());
        }
        if (on(Family.WIDE_INTEGERS)) {
            choices.add(wideIntegers());
        }
        if (on(Family.NUMBERS)) {
            choices.add(numbers());
        }
        if (on(Family.NULLS_AND_TYPE_ARRAYS)) {
            choices.add(Arbitraries.of("null", "string|null", "integer|null", "integer|string", "boolean|null")
                    .map(types -> typeArray(types.split("\\|"))));
        }
        if (on(Family.STRING_ENUMS)) {
            choices.add(Arbitraries.of("m.text", "m.notice", "join", "leave", "org.example.custom").set().ofMinSize(1).ofMaxSize(3)
                    .map(values -> {
                        ObjectNode schema = JSON.objectNode().put("type", "string");
                        values.stream().sorted().forEach(schema.putArray("enum")::add);
                        return schema;
                    }));
        }
        if (on(Family.ANY_ENUMS_AND_CONSTS)) {
            choices.add(anyValue().list().uniqueElements().ofMinSize(1).ofMaxSize(3).map(values -> {
                ObjectNode schema = JSON.objectNode();
                values.forEach(schema.putArray("enum")::add);
                return schema;
            }));
            choices.add(anyValue().map(value -> {
                ObjectNode schema = JSON.objectNode();
                schema.set("const", value);
                return schema;
            }));
        }
        if (on(Family.FORMATS)) {
            choices.add(Arbitraries.of("date-time", "uuid", "uri", "date", "email")
                    .map(format -> JSON.objectNode().put("type", "string").put("format", format)));
        }
        if (on(Family.COMPOSITION)) {
            choices.add(Arbitraries.just(0).map(x -> {
                ObjectNode schema = JSON.objectNode();
                ArrayNode oneOf = schema.putArray("oneOf");
                oneOf.addObject().put("type", "string");
                oneOf.addObject().put("type", "boolean");
                return schema;
            }));
        }
        if (depth < MAX_DEPTH && on(Family.NESTED_OBJECTS)) {
            choices.add(Arbitraries.lazy(() -> objectSchema(depth)));
        }
        if (depth < MAX_DEPTH && on(Family.ARRAYS)) {
            choices.add(Arbitraries.lazy(() -> arrays(depth)));
        }
        Arbitrary<ObjectNode> schema = Arbitraries.oneOf(choices);
        return on(Family.DEFAULTS) ? Combinators.combine(schema, Arbitraries.of(true, false)).as(this::withDefault) : schema;
    }

    private Arbitrary<ObjectNode> strings() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 6), Arbitraries.of(true, false))
                .as((min, extra, bounded) -> {
                    ObjectNode schema = JSON.objectNode().put("type", "string");
                    if (bounded) {
                        schema.put("minLength", min).put("maxLength", min + extra);
                    }
                    return schema;
                });
    }

    private Arbitrary<ObjectNode> smallIntegers() {
        return Combinators.combine(Arbitraries.integers().between(-1000, 1000), Arbitraries.integers().between(0, 100_000), Arbitraries.of(true, false))
                .as((min, span, bounded) -> bounded
                        ? JSON.objectNode().put("type", "integer").put("minimum", min).put("maximum", min + span)
                        : JSON.objectNode().put("type", "integer").put("minimum", Integer.MIN_VALUE).put("maximum", Integer.MAX_VALUE));
    }

    private Arbitrary<ObjectNode> wideIntegers() {
        return Arbitraries.of("none", "non-negative", "int64", "uint64").map(kind -> {
            ObjectNode schema = JSON.objectNode().put("type", "integer");
            switch (kind) {
                case "non-negative" -> schema.put("minimum", 0);
                case "int64" -> schema.put("minimum", Long.MIN_VALUE).put("maximum", Long.MAX_VALUE);
                case "uint64" -> schema.put("minimum", 0).put("maximum", new BigInteger("18446744073709551615"));
                default -> {
                }
            }
            return schema;
        });
    }

    private Arbitrary<ObjectNode> numbers() {
        return Combinators.combine(Arbitraries.bigDecimals().between(new BigDecimal("-100"), new BigDecimal("100")).ofScale(2),
                        Arbitraries.of("none", "range", "exclusive"))
                .as((min, kind) -> {
                    ObjectNode schema = JSON.objectNode().put("type", "number");
                    switch (kind) {
                        case "range" -> schema.put("minimum", min).put("maximum", min.add(BigDecimal.TEN));
                        case "exclusive" -> schema.put("exclusiveMinimum", min);
                        default -> {
                        }
                    }
                    return schema;
                });
    }

    private Arbitrary<ObjectNode> arrays(int depth) {
        return Combinators.combine(subschema(depth + 1), Arbitraries.integers().between(0, 2), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((items, minItems, bounded, unique) -> {
                    ObjectNode schema = JSON.objectNode().put("type", "array");
                    schema.set("items", items);
                    if (bounded) {
                        schema.put("minItems", minItems).put("maxItems", minItems + 2);
                    }
                    if (unique && on(Family.UNIQUE_ITEMS)) {
                        schema.put("uniqueItems", true);
                    }
                    return schema;
                });
    }

    /** A {@code default} that the schema itself accepts, where one is easy to state. */
    private ObjectNode withDefault(ObjectNode schema, boolean add) {
        if (!add) {
            return schema;
        }
        JsonNode type = schema.path("type");
        JsonNode value = switch (type.isString() ? type.asString() : "") {
            case "string" -> schema.has("enum") ? schema.get("enum").get(0) : schema.has("format") ? null
                    : JSON.stringNode("x".repeat(schema.path("minLength").asInt(0)));
            case "boolean" -> JSON.booleanNode(true);
            case "integer" -> schema.has("minimum") ? schema.get("minimum") : JSON.numberNode(0);
            case "array" -> schema.path("minItems").asInt(0) == 0 ? JSON.arrayNode() : null;
            default -> schema.has("enum") ? schema.get("enum").get(0) : null;
        };
        if (value != null) {
            schema.set("default", value);
        }
        return schema;
    }

    static Arbitrary<JsonNode> anyValue() {
        return Arbitraries.of(List.of(
                JSON.numberNode(1), JSON.numberNode(new BigDecimal("2.5")), JSON.numberNode(-3), JSON.booleanNode(true),
                JSON.booleanNode(false), JSON.nullNode(), JSON.stringNode("auto"), JSON.numberNode(new BigInteger("9007199254740993")),
                JSON.objectNode().put("mode", "custom"), JSON.arrayNode().add(1).add(2)));
    }

    private static ObjectNode typeArray(String... types) {
        ObjectNode schema = JSON.objectNode();
        if (types.length == 1) {
            schema.put("type", types[0]);
        } else {
            ArrayNode list = schema.putArray("type");
            for (String t : types) {
                list.add(t);
            }
        }
        return schema;
    }

    private boolean on(Family family) {
        return families.contains(family);
    }
}
