package dev.withheld.codegen.rules;

import static dev.withheld.codegen.testing.GeneratedModel.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.withheld.codegen.differential.JsonTrees;
import dev.withheld.codegen.generate.GenerationRequest;
import dev.withheld.codegen.testing.GeneratedModel;
import dev.withheld.codegen.testing.JacksonRoundTrip;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * What is read is what is written, and what the schema accepts is read: integer types that hold every
 * allowed value, no invented defaults or empty arrays, strict types at every depth, maps and unknown
 * members checked against their schemas, and values of no single type held as JSON values.
 */
class FidelityTest {

    private static final ObjectMapper JACKSON2 = new ObjectMapper();
    private static final JsonMapper JACKSON3 = JsonMapper.builder().build();
    /** Reads the expected trees with every digit, so that a number rounded on the way is a difference. */
    private static final ObjectMapper EXACT = new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static final String EVENT = """
            {
              "$schema": "http://json-schema.org/draft-07/schema#",
              "title": "Event",
              "type": "object",
              "properties": {
                "origin_server_ts": {"type": "integer", "description": "Milliseconds since the epoch."},
                "depth": {"type": "integer", "minimum": 0, "maximum": 1000},
                "age": {"type": "integer", "minimum": 0},
                "big": {"type": "integer", "const": 9007199254740993},
                "ratio": {"type": "number", "minimum": 0.5},
                "weights": {"type": "array", "items": {"type": "array", "items": {"type": "number", "maximum": 1}}},
                "mode": {"oneOf": [{"type": "boolean"}, {"type": "string"}], "default": true},
                "retries": {"type": "integer", "default": 3},
                "tags": {"type": "array", "items": {"type": "string", "minLength": 1}, "uniqueItems": true},
                "matrix": {"type": "array", "items": {"type": "array", "items": {"type": "integer"}}},
                "labels": {"type": "object", "additionalProperties": {"type": "string"}},
                "nullable": {"type": ["string", "null"]},
                "either": {"type": ["integer", "string"]},
                "id": {"type": "string", "format": "uuid"},
                "level": {"enum": [1, 2, null]},
                "anything": {},
                "loose": {"properties": {"a": {"type": "string"}}},
                "grid": {"type": "array", "items": {"type": "array", "items": {"type": "object",
                  "properties": {"v": {"type": "integer"}}, "required": ["v"]}}}
              },
              "required": ["origin_server_ts"],
              "patternProperties": {"^x-": {"type": "string"}},
              "additionalProperties": false
            }
            """;

    private static final String SHIPMENT = """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "title": "Shipment",
              "type": "object",
              "properties": {
                "kind": {"type": "string"},
                "weight": {"type": "number", "multipleOf": 0.5, "not": {"const": 13}},
                "tracking": {"type": "string"},
                "pickup": {"type": "object", "properties": {"at": {"type": "integer"}}}
              },
              "minProperties": 1,
              "oneOf": [{"required": ["tracking"]}, {"required": ["pickup"]}],
              "if": {"properties": {"weight": {"minimum": 100}}, "required": ["weight"]},
              "then": {"properties": {"kind": {"const": "freight"}}, "required": ["kind"]}
            }
            """;

    private static final String OUTLINE = """
            {
              "$schema": "https://json-schema.org/draft/2019-09/schema",
              "$recursiveAnchor": true,
              "title": "Outline",
              "type": "object",
              "properties": {
                "label": {"type": "string", "minLength": 1},
                "children": {"type": "array", "items": {"$recursiveRef": "#"}}
              }
            }
            """;

    private static GeneratedModel model;
    private static Class<?> event;
    private static Class<?> shipment;

    @BeforeAll
    static void generate(@TempDir Path dir) {
        model = new GeneratedModel(dir).schema("event.schema.json", EVENT).schema("shipment.schema.json", SHIPMENT)
                .schema("outline.schema.json", OUTLINE)
                .generate("org.example.fidelity").compile();
        event = model.type("org.example.fidelity.Event");
        shipment = model.type("org.example.fidelity.Shipment");
    }

    @Test
    void millisecondTimestampsAreLongsAndBoundedIntegersStayInts() throws Exception {
        assertThat(event.getMethod("getOriginServerTs").getReturnType()).isEqualTo(Long.class);
        assertThat(event.getMethod("getAge").getReturnType()).isEqualTo(Long.class);
        assertThat(event.getMethod("getDepth").getReturnType()).isEqualTo(Integer.class);
        assertValidRoundTrip("{\"origin_server_ts\": 1432735824653, \"depth\": 1000}");
    }

    @Test
    void integralDecimalsAreIntegersAndWriteBackWithTheSameValue() throws Exception {
        Object read = JACKSON2.readValue("{\"origin_server_ts\": 1.0e3, \"depth\": 2.0}", event);
        assertThat(violations(read)).isEmpty();
        assertThat(JACKSON2.readTree(JACKSON2.writeValueAsString(read)))
                .isEqualTo(JACKSON2.readTree("{\"origin_server_ts\": 1000, \"depth\": 2}"));
    }

    @Test
    void anIntegerBeyondTheChosenTypeIsRefusedWithTheOptionThatReadsIt() {
        assertThatThrownBy(() -> JACKSON2.readValue("{\"origin_server_ts\": 92233720368547758070}", event))
                .hasMessageContaining("origin_server_ts").hasMessageContaining("useBigIntegers");
    }

    @Test
    void bigIntegersOptionReadsEveryInteger(@TempDir Path dir) throws Exception {
        GeneratedModel big = new GeneratedModel(dir).schema("event.schema.json", EVENT);
        big.generate(new GenerationRequest(big.schemas(), List.of(), List.of(), "org.example.big", big.sources(),
                false, false, true, false, false, false, false)).compile();
        Class<?> type = big.type("org.example.big.Event");
        Object read = JACKSON2.readValue("{\"origin_server_ts\": 92233720368547758070}", type);
        assertThat(JACKSON2.readTree(JACKSON2.writeValueAsString(read))).isEqualTo(JACKSON2.readTree("{\"origin_server_ts\": 92233720368547758070}"));
    }

    @Test
    void aCopyKeepsTheExplicitNullsUntilTheMemberIsSetAgain() throws Exception {
        Object read = JACKSON2.readValue("{\"origin_server_ts\": 5, \"nullable\": null}", event);
        Object copy = call(call(read, "toBuilder"), "build");
        assertThat(JACKSON2.readTree(JACKSON2.writeValueAsString(copy))).isEqualTo(JACKSON2.readTree("{\"origin_server_ts\": 5, \"nullable\": null}"));
        Object builder = call(read, "toBuilder");
        builder.getClass().getMethod("nullable", String.class).invoke(builder, "set");
        assertThat(JACKSON2.readTree(JACKSON2.writeValueAsString(call(builder, "build"))))
                .isEqualTo(JACKSON2.readTree("{\"origin_server_ts\": 5, \"nullable\": \"set\"}"));
        assertThat(JACKSON2.readTree(JACKSON2.writeValueAsString(read))).isEqualTo(JACKSON2.readTree("{\"origin_server_ts\": 5, \"nullable\": null}"));
    }

    @Test
    void numbersAreBigDecimalsReadAndWrittenDigitForDigit() throws Exception {
        assertThat(event.getMethod("getRatio").getReturnType()).isEqualTo(BigDecimal.class);
        String json = "{\"origin_server_ts\": 5, \"ratio\": 0.1000000000000000055511151231257827e1,"
                + " \"weights\": [[0.30000000000000000000000000001, 1], [], [-1e-400]]}";
        for (Object read : List.of(JACKSON2.readValue(json, event), JACKSON3.readValue(json, event))) {
            assertThat(violations(read)).isEmpty();
            assertThat(event.getMethod("getRatio").invoke(read)).isEqualTo(new BigDecimal("1.000000000000000055511151231257827"));
            assertThat(JsonTrees.firstDifference(EXACT.readTree(json), EXACT.readTree(JACKSON2.writeValueAsString(read)))).isEmpty();
        }
        assertThat(violations(JACKSON2.readValue("{\"origin_server_ts\": 5, \"ratio\": 0.49999999999999999999}", event)))
                .extracting(Object::toString).singleElement().asString().startsWith("/ratio");
        assertThat(violations(JACKSON3.readValue("{\"origin_server_ts\": 5, \"weights\": [[1.00000000000000000001]]}", event)))
                .extracting(Object::toString).singleElement().asString().startsWith("/weights/0/0");
    }

    @Test
    void aMemberOfAnyTypeKeepsEveryDigitTheMapperReads() throws Exception {
        String json = "{\"origin_server_ts\": 5, \"anything\": [3.14159265358979323846]}";
        Object read = EXACT.readValue(json, event);
        assertThat(JsonTrees.firstDifference(EXACT.readTree(json), EXACT.readTree(EXACT.writeValueAsString(read)))).isEmpty();
        // Jackson's default untyped reading goes through double before any class sees the value.
        Object rounded = JACKSON2.readValue(json, event);
        assertThat(JsonTrees.firstDifference(EXACT.readTree(json), EXACT.readTree(JACKSON2.writeValueAsString(rounded))))
                .hasValueSatisfying(d -> assertThat(d).startsWith("/anything/0"));
    }

    @Test
    void membersTheSchemaDoesNotNameKeepEveryDigitWhenTheyMustAllBeNumbers(@TempDir Path dir) throws Exception {
        GeneratedModel maps = new GeneratedModel(dir)
                .schema("prices.schema.json", "{\"title\": \"Prices\", \"type\": \"object\", \"additionalProperties\": {\"type\": \"number\"}}")
                .schema("vendor.schema.json", "{\"title\": \"Vendor\", \"type\": \"object\", \"properties\": {\"id\": {\"type\": \"string\"}},"
                        + " \"patternProperties\": {\"^x-\": {\"type\": \"integer\"}}, \"additionalProperties\": false}")
                .generate("org.example.maps").compile();
        Class<?> prices = maps.type("org.example.maps.Prices");
        Class<?> vendor = maps.type("org.example.maps.Vendor");
        for (var c : List.of(java.util.Map.entry(prices, "{\"a\": 0.1000000000000000055511151231257827, \"c\": 1e400}"),
                java.util.Map.entry(vendor, "{\"id\": \"v\", \"x-big\": 9007199264694735.0, \"x-small\": 3}"))) {
            for (Object read : List.of(JACKSON2.readValue(c.getValue(), c.getKey()), JACKSON3.readValue(c.getValue(), c.getKey()))) {
                assertThat(violations(read)).as(c.getValue()).isEmpty();
                assertThat(JsonTrees.firstDifference(EXACT.readTree(c.getValue()), EXACT.readTree(JACKSON2.writeValueAsString(read))))
                        .as(c.getValue()).isEmpty();
            }
        }
        // A member of another type is still read, and reported.
        assertThat(violations(JACKSON2.readValue("{\"a\": \"1.5\", \"b\": true}", prices))).extracting(Object::toString)
                .containsExactly("/a: a must be a number", "/b: b must be a number");
    }

    @Test
    void integersWrittenAsDecimalsBeyondTheRangeOfDoubleKeepTheirValue(@TempDir Path dir) throws Exception {
        assertValidRoundTrip("{\"origin_server_ts\": -9007199260170157.0, \"matrix\": [[9007199254740993.0]]}");
        GeneratedModel big = new GeneratedModel(dir).schema("event.schema.json", EVENT);
        big.generate(new GenerationRequest(big.schemas(), List.of(), List.of(), "org.example.wide", big.sources(),
                false, false, true, false, false, false, false)).compile();
        Class<?> type = big.type("org.example.wide.Event");
        String json = "{\"origin_server_ts\": -18446744073708551615.0}";
        assertThat(JsonTrees.firstDifference(EXACT.readTree(json), EXACT.readTree(JACKSON2.writeValueAsString(JACKSON2.readValue(json, type)))))
                .isEmpty();
    }

    /** A short text can stand for a huge number: reading and checking it must not compute its digits. */
    @Test
    void hugeExponentsAreRefusedOrCheckedWithoutExpandingThem() throws Exception {
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () -> {
            assertThatThrownBy(() -> JACKSON2.readValue("{\"origin_server_ts\": 1e999999999}", event))
                    .hasMessageContaining("origin_server_ts must be an integer of at most 100000 digits");
            assertThatThrownBy(() -> JACKSON3.readValue("{\"origin_server_ts\": 1e400}", event))
                    .hasMessageContaining("origin_server_ts must be an integer that fits in 64 bits");
            assertThat(violations(JACKSON2.readValue("{\"weight\": 1e999999999, \"kind\": \"freight\", \"tracking\": \"t\"}", shipment))).isEmpty();
            assertThat(violations(JACKSON2.readValue("{\"weight\": 1e-999999999, \"tracking\": \"t\"}", shipment))).extracting(Object::toString)
                    .singleElement().asString().contains("multiple of 0.5");
            assertThat(violations(JACKSON2.readValue("{\"weight\": 2.5e0, \"tracking\": \"t\"}", shipment))).isEmpty();
            assertThat(violations(JACKSON2.readValue("{\"weight\": 0.25, \"tracking\": \"t\"}", shipment))).extracting(Object::toString)
                    .singleElement().asString().contains("multiple of 0.5");
        });
    }

    @Test
    void aNumberIsNeverTakenFromAStringOrABoolean() {
        for (String wrong : List.of("{\"origin_server_ts\": 5, \"ratio\": \"0.7\"}", "{\"origin_server_ts\": 5, \"weights\": [[\"0.7\"]]}",
                "{\"origin_server_ts\": 5, \"ratio\": true}")) {
            String found = wrong.contains("true") ? "a boolean" : "a string";
            String member = wrong.contains("ratio") ? "ratio" : "weights";
            assertThatThrownBy(() -> JACKSON2.readValue(wrong, event)).as(wrong).hasMessageContaining(member + " must be a number, not " + found);
            assertThatThrownBy(() -> JACKSON3.readValue(wrong, event)).as(wrong).hasMessageContaining(member + " must be a number, not " + found);
        }
    }

    @Test
    void doublesOnRequest(@TempDir Path dir) throws Exception {
        GeneratedModel doubles = new GeneratedModel(dir).schema("event.schema.json", EVENT);
        doubles.generate(new GenerationRequest(doubles.schemas(), List.of(), List.of(), "org.example.doubles", doubles.sources(),
                false, false, false, false, false, false, false)).compile();
        Class<?> type = doubles.type("org.example.doubles.Event");
        assertThat(type.getMethod("getRatio").getReturnType()).isEqualTo(Double.class);
        Object read = JACKSON2.readValue("{\"origin_server_ts\": 5, \"ratio\": 0.75, \"weights\": [[0.5]]}", type);
        assertThat(JACKSON2.readTree(JACKSON2.writeValueAsString(read)))
                .isEqualTo(JACKSON2.readTree("{\"origin_server_ts\": 5, \"ratio\": 0.75, \"weights\": [[0.5]]}"));
        assertThatThrownBy(() -> JACKSON2.readValue("{\"origin_server_ts\": 5, \"ratio\": \"0.75\"}", type))
                .hasMessageContaining("ratio must be a number");
        assertThatThrownBy(() -> JACKSON2.readValue("{\"origin_server_ts\": 5, \"ratio\": 1e400}", type))
                .hasMessageContaining("ratio must be a number within the range of double (generate with useBigDecimals");
    }

    @Test
    void largeIntegerConstantsCompileAndCompareExactly() throws Exception {
        assertThat(violations(JACKSON2.readValue("{\"origin_server_ts\": 1, \"big\": 9007199254740993}", event))).isEmpty();
        assertThat(violations(JACKSON2.readValue("{\"origin_server_ts\": 1, \"big\": 9007199254740992}", event)))
                .extracting(Object::toString).singleElement().asString().contains("/big");
    }

    @Test
    void defaultsAndEmptyArraysAreNeverInvented() throws Exception {
        assertValidRoundTrip("{\"origin_server_ts\": 5}");
        Object read = JACKSON2.readValue("{\"origin_server_ts\": 5}", event);
        assertThat(event.getMethod("getTags").invoke(read)).isNull();
        assertThat(event.getMethod("getRetries").invoke(read)).isNull();
    }

    @Test
    void aBuilderStartsAtTheSchemasDefaults() throws Exception {
        Object builder = event.getMethod("builder").invoke(null);
        builder.getClass().getMethod("originServerTs", Long.class).invoke(builder, 7L);
        Object built = builder.getClass().getMethod("build").invoke(builder);
        assertThat(JACKSON2.readTree(JACKSON2.writeValueAsString(built)))
                .isEqualTo(JACKSON2.readTree("{\"origin_server_ts\": 7, \"mode\": true, \"retries\": 3}"));
    }

    @Test
    void uniqueItemsAreAListThatKeepsOrderAndIsChecked() throws Exception {
        assertThat(event.getMethod("getTags").getReturnType()).isEqualTo(List.class);
        assertValidRoundTrip("{\"origin_server_ts\": 5, \"tags\": [\"b\", \"a\"]}");
        assertThat(violations(JACKSON2.readValue("{\"origin_server_ts\": 5, \"tags\": [\"a\", \"a\"]}", event)))
                .extracting(Object::toString).singleElement().asString().startsWith("/tags/1");
    }

    @Test
    void typesHoldAtEveryDepth() {
        for (String wrong : List.of("{\"origin_server_ts\": 5, \"tags\": [\"a\", 1]}",
                "{\"origin_server_ts\": 5, \"matrix\": [[1, 2], [\"3\"]]}",
                "{\"origin_server_ts\": \"5\"}")) {
            assertThatThrownBy(() -> JACKSON2.readValue(wrong, event)).as(wrong).isNotNull();
            assertThatThrownBy(() -> JACKSON3.readValue(wrong, event)).as(wrong).isNotNull();
        }
    }

    @Test
    void itemSchemasAreCheckedInsideArrays() throws Exception {
        assertThat(violations(JACKSON2.readValue("{\"origin_server_ts\": 5, \"tags\": [\"a\", \"\"]}", event)))
                .extracting(Object::toString).singleElement().asString().startsWith("/tags/1");
        assertValidRoundTrip("{\"origin_server_ts\": 5, \"matrix\": [[1, 2], [], [3]]}");
    }

    @Test
    void mapValuesAndPatternMembersAreCheckedAndKept() throws Exception {
        assertValidRoundTrip("{\"origin_server_ts\": 5, \"labels\": {\"a\": \"b\"}, \"x-vendor\": \"v\"}");
        assertThat(violations(JACKSON2.readValue("{\"origin_server_ts\": 5, \"labels\": {\"a\": 1}}", event)))
                .extracting(Object::toString).singleElement().asString().startsWith("/labels/a");
        assertThat(violations(JACKSON2.readValue("{\"origin_server_ts\": 5, \"x-vendor\": 2, \"other\": 1}", event)))
                .extracting(Object::toString).containsExactly("/x-vendor: x-vendor must be a string", "/other: other is not allowed here");
    }

    @Test
    void typeArraysNullsAndValueSetsOfAnyTypeAreReadAndChecked() throws Exception {
        assertValidRoundTrip("{\"origin_server_ts\": 5, \"either\": 3, \"level\": 2, \"mode\": \"auto\", \"anything\": [1, {\"a\": null}]}");
        assertValidRoundTrip("{\"origin_server_ts\": 5, \"either\": \"three\", \"level\": 1.0, \"mode\": false}");
        assertThat(violations(JACKSON2.readValue("{\"origin_server_ts\": 5, \"either\": true}", event)))
                .extracting(Object::toString).singleElement().asString().startsWith("/either");
        assertThat(violations(JACKSON2.readValue("{\"origin_server_ts\": 5, \"level\": 3}", event)))
                .extracting(Object::toString).singleElement().asString().startsWith("/level");
        assertThat(violations(JACKSON2.readValue("{\"origin_server_ts\": 5, \"mode\": 3}", event)))
                .extracting(Object::toString).singleElement().asString().startsWith("/mode");
    }

    @Test
    void anExplicitNullStaysNullAndAnAbsentMemberStaysAbsent() throws Exception {
        assertValidRoundTrip("{\"origin_server_ts\": 5, \"nullable\": null, \"level\": null, \"anything\": null}");
        assertValidRoundTrip("{\"origin_server_ts\": 5, \"nullable\": \"text\"}");
        Object withNull = JACKSON2.readValue("{\"origin_server_ts\": 5, \"nullable\": null}", event);
        Object without = JACKSON2.readValue("{\"origin_server_ts\": 5}", event);
        assertThat(withNull).isNotEqualTo(without);
        assertThatThrownBy(() -> JACKSON2.readValue("{\"origin_server_ts\": null}", event)).hasMessageContaining("origin_server_ts");
    }

    @Test
    void aSubschemaWithoutATypeAcceptsEveryTypeItsKeywordsAllow() throws Exception {
        assertThat(event.getMethod("getLoose").getReturnType()).isEqualTo(Object.class);
        assertValidRoundTrip("{\"origin_server_ts\": 5, \"loose\": 5}");
        assertValidRoundTrip("{\"origin_server_ts\": 5, \"loose\": [\"x\"]}");
        assertValidRoundTrip("{\"origin_server_ts\": 5, \"loose\": null}");
        assertValidRoundTrip("{\"origin_server_ts\": 5, \"loose\": {\"a\": \"x\", \"b\": 1}}");
        assertThat(violations(JACKSON2.readValue("{\"origin_server_ts\": 5, \"loose\": {\"a\": 5}}", event)))
                .extracting(Object::toString).containsExactly("/loose/a: loose/a must be a string");
    }

    @Test
    void objectsInNestedArraysAreCheckedAtEveryDepth() throws Exception {
        assertValidRoundTrip("{\"origin_server_ts\": 5, \"grid\": [[{\"v\": 1}], []]}");
        assertThat(violations(JACKSON2.readValue("{\"origin_server_ts\": 5, \"grid\": [[{\"v\": 1}, {}]]}", event)))
                .extracting(Object::toString).containsExactly("/grid/0/1/v: v is required");
    }

    @Test
    void aFormatIsAnAnnotationAndNeverRefusesAString() throws Exception {
        assertThat(event.getMethod("getId").getReturnType()).isEqualTo(String.class);
        assertValidRoundTrip("{\"origin_server_ts\": 5, \"id\": \"not a uuid\"}");
    }

    @Test
    void rulesOnTheWholeObjectAndOnScalarsWithoutATypedFormAreCheckedNotWarned() throws Exception {
        assertThat(model.warnings()).noneMatch(w -> w.contains("Shipment"));
        assertThat(violationsOf(shipment, "{\"tracking\": \"T1\", \"weight\": 2.5}")).isEmpty();
        assertThat(violationsOf(shipment, "{\"pickup\": {\"at\": 3}, \"weight\": 150, \"kind\": \"freight\"}")).isEmpty();
        assertThat(violationsOf(shipment, "{}")).extracting(Object::toString)
                .containsExactly("(root): the value must have at least 1 member",
                        "(root): the value must match exactly one of the allowed schemas");
        assertThat(violationsOf(shipment, "{\"tracking\": \"T1\", \"pickup\": {}}")).extracting(Object::toString)
                .singleElement().asString().contains("exactly one");
        assertThat(violationsOf(shipment, "{\"tracking\": \"T1\", \"weight\": 150}")).extracting(Object::toString)
                .singleElement().asString().startsWith("/kind");
        assertThat(violationsOf(shipment, "{\"tracking\": \"T1\", \"weight\": 2.2}")).extracting(Object::toString)
                .singleElement().asString().startsWith("/weight").contains("multiple of 0.5");
        assertThat(violationsOf(shipment, "{\"tracking\": \"T1\", \"weight\": 13}")).extracting(Object::toString)
                .singleElement().asString().startsWith("/weight");
    }

    @Test
    void recursiveReferencesAreCheckedAtEveryDepth() throws Exception {
        Class<?> outline = model.type("org.example.fidelity.Outline");
        assertThat(violationsOf(outline, "{\"label\": \"a\", \"children\": [{\"label\": \"b\", \"children\": [{\"label\": \"c\"}]}]}"))
                .isEmpty();
        assertThat(violationsOf(outline, "{\"label\": \"a\", \"children\": [{\"children\": [{\"label\": \"\"}]}]}"))
                .extracting(Object::toString).containsExactly("/children/0/children/0/label: children/0/children/0/label must be at least 1 character long");
    }

    private static List<?> violationsOf(Class<?> type, String json) throws Exception {
        List<?> two = violations(JACKSON2.readValue(json, type));
        assertThat((Boolean) type.getMethod("isValid").invoke(JACKSON2.readValue(json, type))).as(json).isEqualTo(two.isEmpty());
        assertThat(violations(JACKSON3.readValue(json, type))).as(json).isEqualTo(two);
        return two;
    }

    private static void assertValidRoundTrip(String json) throws Exception {
        JacksonRoundTrip.assertValidRoundTrip(event, json);
    }

    private static List<?> violations(Object object) throws Exception {
        Method violations = object.getClass().getMethod("violations");
        return (List<?>) violations.invoke(object);
    }
}
