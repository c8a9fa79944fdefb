package dev.withheld.codegen.generate;

import static dev.withheld.codegen.testing.GeneratedModel.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.withheld.codegen.testing.GeneratedModel;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generates, compiles and exercises classes from small schemas, as a user's build would. */
class ModelGeneratorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String WITHHELD = """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "$id": "https://example.test/withheld.schema.json",
              "title": "Withheld",
              "type": "object",
              "properties": {
                "algorithm": {"type": "string", "minLength": 1},
                "room_id": {"title": "Room", "description": "The room.", "$ref": "#/$defs/roomId"},
                "session_id": {"type": "string"},
                "code": {"$ref": "#/$defs/withheldCode"}
              },
              "required": ["algorithm"],
              "if": {"required": ["code"], "properties": {"code": {"const": "m.no_olm"}}},
              "else": {"required": ["room_id", "session_id"]},
              "$defs": {
                "roomId": {"type": "string", "pattern": "^!"},
                "withheldCode": {
                  "type": "string",
                  "anyOf": [{"$ref": "#/$defs/knownCode"}, {"type": "string"}]
                },
                "knownCode": {
                  "oneOf": [
                    {"const": "m.blacklisted", "description": "the user/device was blacklisted"},
                    {"const": "m.no_olm", "description": "an olm session could not be established"}
                  ]
                }
              }
            }
            """;

    @TempDir
    Path dir;

    private GeneratedModel withheld() {
        return new GeneratedModel(dir).schema("withheld.schema.json", WITHHELD).generate("org.example.model").compile();
    }

    @Test
    void builderRefusesAnObjectThatBreaksTheConditionalRuleAndNamesIt() {
        GeneratedModel model = withheld();
        Object unverified = call(model.type("org.example.model.WithheldCode"), "of", "m.unverified");
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("algorithm", "m.megolm.v1.aes-sha2");
        values.put("code", unverified);

        assertThatThrownBy(() -> model.build("org.example.model.Withheld", values))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/room_id: room_id is required because code is m.unverified; only m.no_olm may omit it")
                .hasMessageContaining("/session_id: session_id is required because code is m.unverified");
    }

    @Test
    void conditionalRuleHoldsBothWaysAndRequiredIfIsNotForbiddenIf() {
        GeneratedModel model = withheld();
        Object noOlm = call(model.type("org.example.model.WithheldCode"), "of", "m.no_olm");
        Map<String, Object> without = new LinkedHashMap<>(Map.of("algorithm", "a", "code", noOlm));
        assertThat((List<?>) call(model.build("org.example.model.Withheld", without), "violations")).isEmpty();

        Map<String, Object> with = new LinkedHashMap<>(without);
        with.put("roomId", "!room");
        with.put("sessionId", "s");
        assertThat((List<?>) call(model.build("org.example.model.Withheld", with), "violations")).isEmpty();

        Map<String, Object> absentCode = new LinkedHashMap<>(Map.of("algorithm", "a"));
        assertThatThrownBy(() -> model.build("org.example.model.Withheld", absentCode))
                .hasMessageContaining("room_id is required because code is absent; only m.no_olm may omit it");
    }

    @Test
    void parsedObjectReportsViolationsWithPointerKeywordAndMessage() throws Exception {
        GeneratedModel model = withheld();
        Object parsed = JSON.readValue("{\"room_id\":\"no-bang\",\"code\":\"m.blacklisted\"}", model.type("org.example.model.Withheld"));
        List<?> violations = (List<?>) call(parsed, "violations");
        assertThat(violations).extracting(Object::toString).containsExactly(
                "/algorithm: algorithm is required",
                "/room_id: room_id must match the pattern ^!",
                "/session_id: session_id is required because code is m.blacklisted; only m.no_olm may omit it");
        assertThat(violations).extracting(v -> call(v, "keyword")).containsExactly("required", "pattern", "required");
    }

    @Test
    void openEnumKeepsUnknownValuesAndDescribesKnownOnes() throws Exception {
        GeneratedModel model = withheld();
        Class<?> code = model.type("org.example.model.WithheldCode");
        Object blacklisted = code.getField("BLACKLISTED").get(null);
        assertThat(call(blacklisted, "isKnown")).isEqualTo(true);
        assertThat(call(blacklisted, "description")).hasToString("Optional[the user/device was blacklisted]");
        assertThat(call(code, "of", "m.blacklisted")).isSameAs(blacklisted);

        Object custom = call(code, "of", "org.example.quota_exceeded");
        assertThat(call(custom, "isKnown")).isEqualTo(false);
        assertThat(call(custom, "value")).isEqualTo("org.example.quota_exceeded");

        String event = "{\"algorithm\":\"m.megolm.v1.aes-sha2\",\"room_id\":\"!r\",\"session_id\":\"s\",\"code\":\"m.history_not_shared\"}";
        Object parsed = JSON.readValue(event, model.type("org.example.model.Withheld"));
        assertThat(call(call(parsed, "getCode"), "isKnown")).isEqualTo(false);
        assertThat(JSON.readTree(JSON.writeValueAsString(parsed))).isEqualTo(JSON.readTree(event));
    }

    @Test
    void unknownPropertiesRoundTripAndObjectsAreImmutableValues() throws Exception {
        GeneratedModel model = withheld();
        String event = "{\"algorithm\":\"x\",\"com.example.flag\":true,\"room_id\":\"!r\",\"session_id\":\"s\","
                + "\"from_device\":\"DEV\",\"nested\":{\"a\":[1,2,{\"b\":null}]}}";
        Class<?> type = model.type("org.example.model.Withheld");
        Object first = JSON.readValue(event, type);
        Object second = JSON.readValue(event, type);
        JsonNode written = JSON.readTree(JSON.writeValueAsString(first));
        assertThat(written).isEqualTo(JSON.readTree(event));
        assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
        assertThat(first.toString()).contains("from_device=DEV");
        assertThat(call(first, "getAdditionalProperties")).isInstanceOf(Map.class);
        assertThatThrownBy(() -> ((Map<?, ?>) call(first, "getAdditionalProperties")).clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(type.getMethods()).extracting(m -> m.getName()).noneMatch(n -> n.startsWith("set"));
    }

    @Test
    void propertyOwnTitleAndDescriptionWinOverTheReferencedDefinition() {
        GeneratedModel model = withheld();
        assertThat(model.source("org/example/model/Withheld.java")).contains("The room.");
    }

    @Test
    void awkwardPropertyNamesBecomeValidJavaAndKeepTheirJsonNames() throws Exception {
        GeneratedModel model = new GeneratedModel(dir).schema("odd.schema.json", """
                {"type": "object", "properties": {
                  "class": {"type": "string"}, "1st": {"type": "string"},
                  "my-field": {"type": "string"}, "m.relates_to": {"type": "string"}},
                 "required": ["my-field"]}
                """).generate("org.example.odd").compile();
        String json = "{\"class\":\"c\",\"1st\":\"f\",\"my-field\":\"m\",\"m.relates_to\":\"r\"}";
        Object parsed = JSON.readValue(json, model.type("org.example.odd.Odd"));
        assertThat(JSON.readTree(JSON.writeValueAsString(parsed))).isEqualTo(JSON.readTree(json));
        Object empty = JSON.readValue("{}", model.type("org.example.odd.Odd"));
        assertThat((List<?>) call(empty, "violations")).extracting(Object::toString).containsExactly("/my-field: my-field is required");
    }

    @Test
    void yamlSchemasAcrossFilesWithAllOfBecomeOneClass() throws Exception {
        GeneratedModel model = new GeneratedModel(dir)
                .schema("common/defs.yaml", """
                        $defs:
                          base:
                            type: object
                            properties:
                              id: {type: string, pattern: "^id-"}
                            required: [id]
                          kind:
                            enum: [small, large]
                        """)
                .schema("item.schema.yaml", """
                        title: Item
                        allOf:
                          - $ref: common/defs.yaml#/$defs/base
                          - type: object
                            properties:
                              size: {$ref: "common/defs.yaml#/$defs/kind"}
                              count: {type: integer, minimum: 1}
                            dependentRequired:
                              size: [count]
                        """)
                .generate(new GeneratedModel(dir).request("org.example.items", List.of("item.schema.yaml")))
                .compile();
        Class<?> item = model.type("org.example.items.Item");
        Object parsed = JSON.readValue("{\"id\":\"x\",\"size\":\"huge\",\"count\":0}", item);
        assertThat((List<?>) call(parsed, "violations")).extracting(Object::toString).containsExactly(
                "/id: id must match the pattern ^id-",
                "/size: size must be one of small, large",
                "/count: count must be at least 1");
        assertThat(JSON.writeValueAsString(parsed)).isEqualTo("{\"id\":\"x\",\"size\":\"huge\",\"count\":0}");
        Object missing = JSON.readValue("{\"id\":\"id-1\",\"size\":\"small\"}", item);
        assertThat((List<?>) call(missing, "violations")).extracting(Object::toString)
                .containsExactly("/count: count is required because size is present");
    }

    @Test
    void nestedObjectsReportViolationsUnderTheirPointer() throws Exception {
        GeneratedModel model = new GeneratedModel(dir).schema("event.schema.json", """
                {"type": "object", "properties": {
                   "type": {"const": "m.room_key.withheld", "type": "string"},
                   "content": {"$ref": "#/$defs/content"},
                   "items": {"type": "array", "items": {"$ref": "#/$defs/content"}}},
                 "required": ["type", "content"],
                 "$defs": {"content": {"type": "object", "properties": {"room_id": {"type": "string"}}, "required": ["room_id"]}}}
                """).generate("org.example.nested").compile();
        Object parsed = JSON.readValue("{\"type\":\"m.other\",\"content\":{},\"items\":[{\"room_id\":\"!a\"},{}]}",
                model.type("org.example.nested.Event"));
        assertThat((List<?>) call(parsed, "violations")).extracting(Object::toString).containsExactly(
                "/type: type must be m.room_key.withheld",
                "/content/room_id: room_id is required",
                "/items/1/room_id: room_id is required");
    }

    @Test
    void aProfileThatExtendsABaseWithRefAndSiblingsGetsTheRulesOfBoth() throws Exception {
        GeneratedModel model = new GeneratedModel(dir)
                .schema("base.schema.json", WITHHELD)
                .schema("profiles/strict.schema.json", """
                        {"$ref": "../base.schema.json",
                         "properties": {
                           "code": {"anyOf": [{"$ref": "../base.schema.json#/$defs/knownCode"},
                                              {"type": "string", "pattern": "^(?!m\\\\.)[a-z]+\\\\.[a-z_.]+$"}]},
                           "kind": {"const": "strict"}}}
                        """)
                .generate(new GeneratedModel(dir).request("org.example.profiles", List.of("profiles/*.json")))
                .compile();
        Class<?> strict = model.type("org.example.profiles.profiles.Strict");
        Object parsed = JSON.readValue("{\"algorithm\":\"a\",\"room_id\":\"!r\",\"session_id\":\"s\","
                + "\"code\":\"m.history_not_shared\",\"kind\":\"loose\"}", strict);
        assertThat((List<?>) call(parsed, "violations")).extracting(Object::toString).containsExactly(
                "/code: code must be one of m.blacklisted, m.no_olm, or match the pattern ^(?!m\\.)[a-z]+\\.[a-z_.]+$",
                "/kind: kind must be strict");
        Object custom = JSON.readValue("{\"algorithm\":\"a\",\"code\":\"org.example_x\",\"kind\":\"strict\"}", strict);
        assertThat((List<?>) call(custom, "violations")).extracting(Object::toString).containsExactly(
                "/room_id: room_id is required because code is org.example_x; only m.no_olm may omit it",
                "/session_id: session_id is required because code is org.example_x; only m.no_olm may omit it");
        assertThat(model.warnings()).isEmpty();
    }

    @Test
    void requireCompleteChecksTurnsAnUncheckedRuleIntoAFailure() {
        GeneratedModel model = new GeneratedModel(dir).schema("c.schema.json", """
                {"type": "object", "properties": {"a": {"type": "string"}}, "unevaluatedProperties": false}
                """);
        SchemaProblem problem = org.assertj.core.api.Assertions.catchThrowableOfType(SchemaProblem.class, () -> model.generate(
                new GenerationRequest(model.schemas(), List.of(), List.of(), "org.example.c", model.sources(), false, false, false, false, false, true, false)));
        assertThat(problem.getMessage()).contains("requireCompleteChecks").contains("\"unevaluatedProperties\"");
    }

    @Test
    void aRuleTheGeneratedCodeCannotEvaluateIsAWarningNotASilentGap() {
        GeneratedModel model = new GeneratedModel(dir).schema("c.schema.json", """
                {"type": "object", "properties": {"a": {"type": "string"}}, "unevaluatedProperties": false}
                """).generate("org.example.c").compile();
        assertThat(model.warnings()).anyMatch(w -> w.contains("\"unevaluatedProperties\""));
    }

    @Test
    void aDocumentWhoseSchemaIsNotAnObjectGetsAClassThatHoldsItsValue() throws Exception {
        GeneratedModel model = new GeneratedModel(dir).schema("patch.json", """
                {"type": "array", "minItems": 1, "items": {"$ref": "#/definitions/operation"},
                 "definitions": {"operation": {"type": "object", "required": ["op"],
                   "properties": {"op": {"type": "string", "enum": ["add", "remove"]}, "path": {"type": "string"}}}}}
                """).schema("tags.json", """
                {"type": "array", "items": {"type": "string"}, "uniqueItems": true}
                """).generate("org.example.patch").compile();
        Class<?> patch = model.type("org.example.patch.Patch");
        Object read = JSON.readValue("[{\"op\": \"add\", \"path\": \"/a\", \"x\": 1}]", patch);
        assertThat((List<?>) call(read, "violations")).isEmpty();
        assertThat(JSON.readTree(JSON.writeValueAsString(read))).isEqualTo(JSON.readTree("[{\"op\": \"add\", \"path\": \"/a\", \"x\": 1}]"));
        assertThat((List<?>) call(JSON.readValue("[]", patch), "violations")).extracting(Object::toString)
                .containsExactly("(root): the value must have at least 1 item");
        assertThat((List<?>) call(JSON.readValue("[{\"path\": \"/a\"}]", patch), "violations")).extracting(Object::toString)
                .containsExactly("/0/op: op is required");

        Class<?> tags = model.type("org.example.patch.Tags");
        assertThat((List<?>) call(JSON.readValue("[\"a\", \"a\"]", tags), "violations")).extracting(Object::toString)
                .containsExactly("/1: the value must not repeat an item");
        assertThatThrownBy(() -> JSON.readValue("[\"a\", 1]", tags)).hasMessageContaining("must be a string");
    }

    @Test
    void aConditionWithoutATypedFormIsCheckedOnTheObjectsJsonValue() throws Exception {
        GeneratedModel model = new GeneratedModel(dir).schema("c.schema.json", """
                {"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "string"}},
                 "if": {"not": {"required": ["a"]}}, "then": {"required": ["b"]}}
                """).generate("org.example.c").compile();
        assertThat(model.warnings()).isEmpty();
        Class<?> c = model.type("org.example.c.C");
        assertThat((List<?>) call(JSON.readValue("{\"a\": \"x\"}", c), "violations")).isEmpty();
        assertThat((List<?>) call(JSON.readValue("{\"b\": \"x\"}", c), "violations")).isEmpty();
        assertThat((List<?>) call(JSON.readValue("{}", c), "violations")).extracting(Object::toString)
                .containsExactly("/b: b is required");
    }

    @Test
    void typeMappingAndNamingOptionsAreHonoured() {
        GeneratedModel model = new GeneratedModel(dir).schema("x.schema.json", """
                {"title": "Parcel label", "type": "object", "properties": {
                   "weight": {"type": "number"}, "count": {"type": "integer"}}}
                """);
        model.generate(new GenerationRequest(model.schemas(), List.of(), List.of(), "org.example.opts", model.sources(),
                false, true, false, true, true, false, false)).compile();
        Class<?> label = model.type("org.example.opts.ParcelLabel");
        assertThat(call(call(label, "builder"), "count", 5L)).isNotNull();
        assertThat(model.source("org/example/opts/ParcelLabel.java"))
                .contains("private Long count;").contains("private BigDecimal weight;");
    }

    @Test
    void schemaTextWithBackslashesAndPatternsCompilesAndChecksAsJavaWould() throws Exception {
        // A backslash followed by "u" in a Javadoc comment is read by the compiler as a unicode escape.
        GeneratedModel model = new GeneratedModel(dir).schema("paths.schema.json", """
                {
                  "$schema": "https://json-schema.org/draft/2020-12/schema",
                  "title": "Paths",
                  "description": "Windows paths like C:\\\\users\\\\u1 and */ are fine here.",
                  "type": "object",
                  "properties": {
                    "path": {"type": "string", "description": "\\\\user\\\\", "pattern": "^[A-Z]:(?:\\\\\\\\[a-z0-9]+)+$(?![\\\\s\\\\S])"},
                    "tag": {"type": "string", "pattern": "^(?!x)[a-z]+$(?![\\\\s\\\\S])"}
                  }
                }
                """).generate("org.example.paths").compile();
        Class<?> paths = model.type("org.example.paths.Paths");
        assertThat(model.source("org/example/paths/Paths.java")).contains("private static boolean matchesPattern0(String s)")
                .contains("java.util.regex.Pattern PATTERN_1");
        for (String path : List.of("C:\\users\\u1", "C:\\a\\b", "C:", "c:\\a", "C:\\a\\", "C:\\a\n", "C:\\\uD83D\uDE00")) {
            Object parsed = JSON.readValue(JSON.writeValueAsString(Map.of("path", path)), paths);
            boolean java = path.matches("[A-Z]:(?:\\\\[a-z0-9]+)+");
            assertThat(((List<?>) call(parsed, "violations")).isEmpty()).as(path).isEqualTo(java);
        }
        for (String tag : List.of("abc", "xabc", "")) {
            Object parsed = JSON.readValue(JSON.writeValueAsString(Map.of("tag", tag)), paths);
            assertThat(((List<?>) call(parsed, "violations")).isEmpty()).as(tag).isEqualTo(tag.matches("(?!x)[a-z]+"));
        }
    }

    /**
     * JSON has no NaN or infinity, but Jackson reads a number beyond the range of double (1e400) as
     * Infinity and would write it back as the string "Infinity". The generated code refuses such a
     * value in an unknown member at any depth instead of changing it (a declared number is exact).
     */
    @Test
    void aNumberBeyondTheRangeOfDoubleIsRefusedRatherThanChanged() throws Exception {
        GeneratedModel model = new GeneratedModel(dir).schema("reading.schema.json", """
                {"title": "Reading", "type": "object", "properties": {"amount": {"type": "number"}}}
                """).generate("org.example.numbers").compile();
        Class<?> reading = model.type("org.example.numbers.Reading");

        assertThatThrownBy(() -> JSON.readValue("{\"amount\": 1, \"big\": 1e400}", reading))
                .isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class)
                .hasMessageContaining("member \"big\" is Infinity, which JSON cannot hold")
                .hasMessageContaining("enables DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS");
        assertThatThrownBy(() -> JSON.readValue("{\"nested\": {\"a/b\": [0, -1e400]}}", reading))
                .hasMessageContaining("member \"nested\" (at /nested/a~1b/1) is -Infinity");
        // A declared number is a BigDecimal read from the token text: 1e400 is kept as it is.
        assertThat(JSON.writeValueAsString(JSON.readValue("{\"amount\": 1e400}", reading))).isEqualTo("{\"amount\":1E+400}");

        ObjectMapper exact = new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        String big = "{\"big\":1E+400,\"nested\":[0.1000000000000000000001,-1E+400]}";
        Object kept = exact.readValue(big, reading);
        assertThat(exact.writeValueAsString(kept)).isEqualTo(big);

        Object builder = call(reading, "builder");
        assertThatThrownBy(() -> call(builder, "additionalProperty", "ratio", List.of(1.0, Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("member \"ratio\" (at /ratio/1) is NaN, which JSON cannot hold: it would be written back as the"
                        + " string \"NaN\".");
        assertThat(call(call(builder, "additionalProperty", "ratio", new java.math.BigDecimal("1e400")), "build")).isNotNull();
    }

    /** A document that is a single number gets a class too, which reads it digit for digit and refuses a string. */
    @Test
    void aNumberDocumentIsReadExactly() throws Exception {
        GeneratedModel model = new GeneratedModel(dir).schema("price.schema.json", """
                {"title": "Price", "type": "number", "minimum": 0}
                """).generate("org.example.price").compile();
        Class<?> price = model.type("org.example.price.Price");
        assertThat(price.getMethod("of", java.math.BigDecimal.class)).isNotNull();
        Object read = JSON.readValue("0.1000000000000000000001", price);
        assertThat(JSON.writeValueAsString(read)).isEqualTo("0.1000000000000000000001");
        assertThat((List<?>) call(read, "violations")).isEmpty();
        assertThat((List<?>) call(JSON.readValue("-1", price), "violations")).hasSize(1);
        assertThatThrownBy(() -> JSON.readValue("\"1\"", price)).hasMessageContaining("must be a number, not a string");
    }
}
