package dev.withheld.codegen.rules;

import static dev.withheld.codegen.testing.GeneratedModel.call;
import static dev.withheld.codegen.testing.JacksonRoundTrip.assertValidRoundTrip;
import static dev.withheld.codegen.testing.JacksonRoundTrip.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.withheld.codegen.generate.GenerationRequest;
import dev.withheld.codegen.goal.GenerateGoal;
import dev.withheld.codegen.goal.GoalFailure;
import dev.withheld.codegen.goal.GoalLog;
import dev.withheld.codegen.testing.GeneratedModel;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 19, point 2: the {@code records} option. The same schemas are generated twice, as classes and as records;
 * the records must read, check and write every document as the classes do, with Jackson 2 and Jackson 3, and
 * objects of more than one shape stay classes with a note that says why.
 */
class RecordsTest {

    private static final ObjectMapper JACKSON2 = new ObjectMapper();
    private static final JsonMapper JACKSON3 = JsonMapper.builder().build();

    /** A Matrix-style event, written as such schemas are: nested objects, arrays of objects, maps, an open enum. */
    private static final String MEMBER = """
            {
              "$schema": "http://json-schema.org/draft-07/schema#",
              "title": "Member event",
              "type": "object",
              "properties": {
                "event_id": {"type": "string", "pattern": "^\\\\$"},
                "origin_server_ts": {"type": "integer", "minimum": 0, "description": "Milliseconds since the epoch."},
                "content": {
                  "type": "object",
                  "properties": {
                    "membership": {"anyOf": [{"enum": ["join", "leave", "invite", "ban"]}, {"type": "string"}]},
                    "displayname": {"type": ["string", "null"]},
                    "is_direct": {"type": "boolean", "default": false},
                    "power": {"type": "number", "multipleOf": 0.5},
                    "invites": {"type": "array", "items": {"type": "object",
                      "properties": {"user_id": {"type": "string"}, "ts": {"type": "integer"}}, "required": ["user_id"]}},
                    "tags": {"type": "array", "items": {"type": "string", "minLength": 1}, "uniqueItems": true},
                    "signed": {"type": "object", "additionalProperties": {"type": "object", "additionalProperties": {"type": "string"}}}
                  },
                  "required": ["membership"]
                },
                "unsigned": {"type": "object", "properties": {"age": {"type": "integer"}, "prev_content": {}}},
                "weights": {"type": "array", "items": {"type": "array", "items": {"type": "number", "maximum": 1}}}
              },
              "required": ["event_id", "content"],
              "patternProperties": {"^x-": {"type": "string"}}
            }
            """;

    /** Every member the schema does not name must be a number: those are read exactly. */
    private static final String PRICES = """
            {"title": "Prices", "type": "object", "additionalProperties": {"type": "number"}}
            """;

    /** An object whose shape depends on a member: it stays a class, and holds a record. */
    private static final String NOTICE = """
            {"title": "Notice", "type": "object",
             "properties": {"code": {"type": "string"}, "room": {"type": "string"}, "member": {"$ref": "member.schema.json"}},
             "if": {"required": ["code"], "properties": {"code": {"const": "m.no_olm"}}},
             "then": {"title": "Device wide"},
             "else": {"title": "Per room", "required": ["room"]}}
            """;

    /** Valid documents, each written back as it came. */
    private static final List<String> VALID = List.of(
            "{\"event_id\": \"$a\", \"content\": {\"membership\": \"join\"}}",
            "{\"event_id\": \"$a\", \"origin_server_ts\": 1432735824653, \"content\": {\"membership\": \"knock\","
                    + " \"displayname\": \"Alice\", \"is_direct\": true, \"power\": 0.15e1,"
                    + " \"invites\": [{\"user_id\": \"@b:x\", \"ts\": 5, \"reason\": \"hi\"}, {\"user_id\": \"@c:x\"}],"
                    + " \"tags\": [\"b\", \"a\"], \"signed\": {\"@b:x\": {\"ed25519:1\": \"sig\"}}, \"from_device\": \"D\"},"
                    + " \"unsigned\": {\"age\": 3, \"prev_content\": {\"membership\": null, \"n\": [1, 2.5, true]}},"
                    + " \"weights\": [[0.30000000000000000000000000001, 1], [], [-1e-400]], \"x-vendor\": \"v\","
                    + " \"org.example.extra\": {\"deep\": [null, {\"a\": \"b\"}]}}",
            "{\"event_id\": \"$a\", \"content\": {\"membership\": \"leave\", \"displayname\": null}, \"unsigned\": {\"prev_content\": null}}",
            "{\"event_id\": \"$a\", \"content\": {\"membership\": \"ban\", \"invites\": [], \"signed\": {}}, \"additionalProperties\": 1,"
                    + " \"explicitNulls\": [\"content\"], \"builder\": {}}");

    /** Documents that break a rule of the schema without breaking a type: read, then reported. */
    private static final List<String> INVALID = List.of(
            "{\"content\": {}}",
            "{\"event_id\": \"a\", \"origin_server_ts\": -1, \"content\": {\"membership\": \"join\", \"power\": 0.3}}",
            "{\"event_id\": \"$a\", \"content\": {\"membership\": \"join\", \"tags\": [\"a\", \"a\", \"\"], \"invites\": [{}],"
                    + " \"signed\": {\"@b:x\": {\"k\": 1}}}, \"weights\": [[2]], \"x-vendor\": 5}");

    private static GeneratedModel records;
    private static GeneratedModel classes;

    @BeforeAll
    static void generate(@TempDir Path dir) {
        records = model(dir.resolve("records"), true, "org.example.records");
        classes = model(dir.resolve("classes"), false, "org.example.classes");
    }

    private static GeneratedModel model(Path dir, boolean asRecords, String targetPackage) {
        GeneratedModel model = new GeneratedModel(dir).schema("member.schema.json", MEMBER).schema("prices.schema.json", PRICES)
                .schema("notice.schema.json", NOTICE);
        return model.generate(model.request(targetPackage, List.of()).withRecords(asRecords)).compile();
    }

    @Test
    void everyObjectOfOneShapeIsARecordWhoseComponentsAreTheClasssGetters() {
        for (String name : List.of("Member", "MemberContent", "MemberContentInvite", "MemberContentSigned",
                "MemberUnsigned", "Prices")) {
            Class<?> record = records.type("org.example.records." + name);
            Class<?> type = classes.type("org.example.classes." + name);
            assertThat(record.isRecord()).as(name).isTrue();
            assertThat(type.isRecord()).as(name).isFalse();
            Map<String, String> components = new LinkedHashMap<>();
            for (RecordComponent component : record.getRecordComponents()) {
                components.put(component.getName(), component.getGenericType().getTypeName().replace("org.example.records.", ""));
            }
            Map<String, String> getters = new LinkedHashMap<>();
            for (Method getter : type.getDeclaredMethods()) {
                String method = getter.getName();
                if (Modifier.isPublic(getter.getModifiers()) && getter.getParameterCount() == 0 && method.startsWith("get")
                        && !method.equals("getAdditionalProperties")) {
                    getters.put(Character.toLowerCase(method.charAt(3)) + method.substring(4),
                            getter.getGenericReturnType().getTypeName().replace("org.example.classes.", ""));
                }
            }
            getters.put("additionalProperties", "java.util.Map<java.lang.String, java.lang.Object>");
            if (name.equals("MemberContent") || name.equals("MemberUnsigned")) {
                getters.put("explicitNulls", "java.util.Set<java.lang.String>");
            }
            assertThat(components).as(name).containsExactlyInAnyOrderEntriesOf(getters);
        }
        assertThat(records.type("org.example.records.MemberContentMembership").isRecord()).as("an open enumeration is a value class").isFalse();
    }

    @Test
    void anObjectOfMoreThanOneShapeStaysAClassWithItsVariantViewAndTheBuildSaysWhy() throws Exception {
        Class<?> notice = records.type("org.example.records.Notice");
        assertThat(notice.isRecord()).isFalse();
        assertThat(Modifier.isFinal(notice.getModifiers())).isTrue();
        assertThat(records.log()).contains("Note: Notice (schema /): a class, not a record: its shape depends on its values"
                + " (if/then/else); records are for objects of one shape");
        assertThat(classes.log()).noneMatch(line -> line.contains("not a record"));
        Object read = JACKSON2.readValue("{\"code\": \"m.no_olm\", \"member\": {\"event_id\": \"$a\", \"content\": {\"membership\": \"join\"}}}", notice);
        assertThat(call(read, "variant").getClass().getSimpleName()).isEqualTo("DeviceWide");
        assertThat(call(read, "getMember").getClass().isRecord()).isTrue();
        assertValidRoundTrip(notice, "{\"code\": \"x\", \"room\": \"!r\", \"member\": {\"event_id\": \"$a\", \"content\": {\"membership\": \"join\","
                + " \"displayname\": null}, \"x-a\": \"b\"}}");
    }

    @Test
    void recordsReadAndWriteEveryDocumentAsTheClassesDoWithJackson2And3() throws Exception {
        Class<?> record = records.type("org.example.records.Member");
        Class<?> type = classes.type("org.example.classes.Member");
        for (String json : VALID) {
            assertValidRoundTrip(record, json);
            Object fromRecord = JACKSON2.readValue(json, record);
            assertThat(call(fromRecord, "toJsonValue")).as(json).isEqualTo(call(JACKSON2.readValue(json, type), "toJsonValue"));
            assertThat(JACKSON3.readValue(json, record)).as(json).isEqualTo(fromRecord).hasSameHashCodeAs(fromRecord);
        }
        Object all = JACKSON2.readValue(VALID.get(1), record);
        Object content = call(all, "content");
        assertThat(call(content, "power")).isEqualTo(new BigDecimal("0.15e1"));
        assertThat(((List<?>) ((List<?>) call(all, "weights")).get(0)).get(0)).isEqualTo(new BigDecimal("0.30000000000000000000000000001"));
        assertThat(call(call(content, "membership"), "isKnown")).isEqualTo(false);
        assertThat(call(content, "additionalProperties")).isEqualTo(Map.of("from_device", "D"));
        assertThat((List<?>) call(content, "invites")).extracting(invite -> call(invite, "additionalProperties"))
                .containsExactly(Map.of("reason", "hi"), Map.of());
        assertThat(((Map<?, ?>) call(all, "additionalProperties")).keySet().toString()).isEqualTo("[x-vendor, org.example.extra]");
    }

    @Test
    void documentsThatBreakARuleBreakTheSameRulesInBothJacksons() throws Exception {
        Class<?> record = records.type("org.example.records.Member");
        Class<?> type = classes.type("org.example.classes.Member");
        for (String json : INVALID) {
            List<String> expected = violations(JACKSON2.readValue(json, type));
            assertThat(expected).as(json).isNotEmpty();
            for (Object read : List.of(JACKSON2.readValue(json, record), JACKSON3.readValue(json, record))) {
                assertThat(violations(read)).as(json).isEqualTo(expected);
                assertThat(call(read, "isValid")).as(json).isEqualTo(false);
            }
        }
        assertThat(violations(JACKSON3.readValue(INVALID.get(2), record))).containsExactly(
                "/content/invites/0/user_id: user_id is required",
                "/content/tags/1: content/tags must not repeat an item",
                "/content/tags/2: content/tags/2 must be at least 1 character long",
                "/content/signed/@b:x/k: content/signed/@b:x/k must be a string",
                "/weights/0/0: weights/0/0 must be at most 1",
                "/x-vendor: x-vendor must be a string");
    }

    @Test
    void aValueOfTheWrongTypeOrANullTheSchemaRefusesIsRefusedAsTheClassRefusesIt() {
        Class<?> record = records.type("org.example.records.Member");
        Class<?> type = classes.type("org.example.classes.Member");
        Map<String, String> wrong = Map.of(
                "{\"event_id\": 5, \"content\": {\"membership\": \"join\"}}", "event_id must be a string, not the number 5",
                "{\"event_id\": \"$a\", \"origin_server_ts\": \"5\", \"content\": {\"membership\": \"join\"}}",
                "origin_server_ts must be an integer, not a string",
                "{\"event_id\": \"$a\", \"content\": {\"membership\": \"join\", \"power\": \"0.5\"}}", "power must be a number, not a string",
                "{\"event_id\": \"$a\", \"content\": {\"membership\": \"join\", \"tags\": [\"a\", 1]}}", "tags must be a string",
                "{\"event_id\": \"$a\", \"content\": null}", "content",
                "{\"event_id\": \"$a\", \"content\": {\"membership\": \"join\", \"invites\": [{\"user_id\": null}]}}", "user_id",
                "{\"event_id\": null, \"content\": {\"membership\": \"join\"}}", "event_id");
        wrong.forEach((json, reason) -> {
            assertThatThrownBy(() -> JACKSON2.readValue(json, type)).as(json).hasMessageContaining(reason);
            assertThatThrownBy(() -> JACKSON2.readValue(json, record)).as(json).hasMessageContaining(reason);
            assertThatThrownBy(() -> JACKSON3.readValue(json, record)).as(json).hasMessageContaining(reason);
        });
    }

    @Test
    void anExplicitNullIsKeptAndAnAbsentMemberStaysAbsent() throws Exception {
        Class<?> content = records.type("org.example.records.MemberContent");
        Object withNull = JACKSON2.readValue("{\"membership\": \"join\", \"displayname\": null}", content);
        Object without = JACKSON3.readValue("{\"membership\": \"join\"}", content);
        assertThat(call(withNull, "displayname")).isNull();
        assertThat(call(withNull, "explicitNulls")).isEqualTo(Set.of("displayname"));
        assertThat(call(without, "explicitNulls")).isEqualTo(Set.of());
        assertThat(withNull).isNotEqualTo(without);
        assertThat(JACKSON3.writeValueAsString(withNull)).isEqualTo("{\"membership\":\"join\",\"displayname\":null}");
        assertThat(JACKSON2.writeValueAsString(without)).isEqualTo("{\"membership\":\"join\"}");
        assertThat(call(call(withNull, "toBuilder"), "build")).as("a copy keeps the explicit null").isEqualTo(withNull);
        Object builder = call(withNull, "toBuilder");
        call(builder, "displayname", "Alice");
        assertThat(JACKSON2.writeValueAsString(call(builder, "build"))).isEqualTo("{\"membership\":\"join\",\"displayname\":\"Alice\"}");
        assertThat(records.type("org.example.records.MemberContentInvite").getRecordComponents())
                .as("no member may be null, so there is nothing to note")
                .extracting(RecordComponent::getName).doesNotContain("explicitNulls");
    }

    @Test
    void theBuilderStartsAtTheSchemasDefaultsAndRefusesARecordThatBreaksARuleWhileReadingInventsNothing() throws Exception {
        Class<?> content = records.type("org.example.records.MemberContent");
        Object built = records.build("org.example.records.MemberContent", Map.of("membership", call(records.type(
                "org.example.records.MemberContentMembership"), "of", "join")));
        assertThat(call(built, "isDirect")).isEqualTo(false);
        assertThat(JACKSON2.writeValueAsString(built)).isEqualTo("{\"membership\":\"join\",\"is_direct\":false}");
        assertThat(call(JACKSON2.readValue("{\"membership\": \"join\"}", content), "isDirect")).isNull();
        assertThat(call(JACKSON3.readValue("{\"membership\": \"join\"}", content), "isDirect")).isNull();
        assertThatThrownBy(() -> records.build("org.example.records.MemberContent", Map.of("tags", List.of("a", "a"))))
                .hasMessage("MemberContent breaks 2 rules:\n  /membership: membership is required\n  /tags/1: tags must not repeat an item");
        assertThatThrownBy(() -> call(call(content, "builder"), "additionalProperty", "tags", "x"))
                .hasMessageContaining("tags is a property of the schema");
    }

    @Test
    void theCanonicalConstructorKeepsCopiesAndRefusesExplicitNullsThatWouldBeWrittenWrong() throws Exception {
        Class<?> content = records.type("org.example.records.MemberContent");
        Constructor<?> canonical = content.getDeclaredConstructor(Arrays.stream(content.getRecordComponents())
                .map(RecordComponent::getType).toArray(Class<?>[]::new));
        List<String> tags = new ArrayList<>(List.of("a"));
        Map<String, Object> extra = new LinkedHashMap<>(Map.of("x", new ArrayList<>(List.of(1))));
        Object made = canonical.newInstance(null, "Alice", null, null, null, tags, null, extra, null);
        tags.add("b");
        @SuppressWarnings("unchecked")
        List<Object> inside = (List<Object>) extra.get("x");
        inside.add(2);
        extra.put("y", 3);
        assertThat(call(made, "tags")).isEqualTo(List.of("a"));
        assertThat(call(made, "additionalProperties")).isEqualTo(Map.of("x", List.of(1)));
        assertThatThrownBy(() -> ((List<?>) call(made, "tags")).clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ((List<?>) ((Map<?, ?>) call(made, "additionalProperties")).get("x")).clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(call(made, "explicitNulls")).isEqualTo(Set.of());
        assertThat(violations(made)).containsExactly("/membership: membership is required");

        for (Object[] arguments : List.of(
                new Object[] {null, "Alice", null, null, null, null, null, null, Set.of("displayname")},
                new Object[] {null, null, null, null, null, null, null, null, Set.of("tags")})) {
            assertThatThrownBy(() -> newInstance(canonical, arguments)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("explicitNulls: \"")
                    .hasMessageEndingWith("cannot be an explicit null: only a member of MemberContent whose schema allows null"
                            + " and that holds no value can (displayname)");
        }
        assertThatThrownBy(() -> newInstance(canonical, null, null, null, null, null, null, null, Map.of("n", Double.NaN), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("member \"n\" is NaN, which JSON cannot hold");
    }

    @Test
    void membersTheSchemaDoesNotNameKeepEveryDigitWhenTheyMustAllBeNumbers() throws Exception {
        Class<?> prices = records.type("org.example.records.Prices");
        assertThat(prices.getRecordComponents()).extracting(RecordComponent::getName).containsExactly("additionalProperties");
        String json = "{\"a\": 0.1000000000000000055511151231257827, \"c\": 1e400, \"d\": 9007199254740993.0}";
        assertValidRoundTrip(prices, json);
        assertThat(violations(JACKSON3.readValue("{\"a\": \"1.5\", \"b\": true}", prices)))
                .containsExactly("/a: a must be a number", "/b: b must be a number");
    }

    @Test
    void aStreamingReaderReadsTheRecordTheDataBindingReads(@TempDir Path dir) throws Exception {
        GeneratedModel model = new GeneratedModel(dir).schema("member.schema.json", MEMBER);
        GenerationRequest request = model.request("org.example.fast", List.of()).withRecords(true);
        model.generate(new GenerationRequest(request.sourceDirectory(), request.includes(), request.excludes(), request.targetPackage(),
                request.outputDirectory(), false, false, false, true, false, false, true, true, null, null)).compile();
        Class<?> invite = model.type("org.example.fast.MemberContentInvite");
        assertThat(invite.isRecord()).isTrue();
        String json = "{\"user_id\": \"@b:x\", \"x\": [1, {\"y\": null}]}";
        try (tools.jackson.core.JsonParser parser = JACKSON3.createParser(json)) {
            parser.nextToken();
            Object fast = invite.getMethod("readJson", tools.jackson.core.JsonParser.class).invoke(null, parser);
            assertThat(fast).isNotNull().isEqualTo(JACKSON3.readValue(json, invite));
        }
    }

    @Test
    void membersNamedLikeTheMethodsOfARecordGetOtherJavaNamesAndKeepTheirJsonNames(@TempDir Path dir) throws Exception {
        // Not "writtenAdditionally", as for classes: Jackson drops a member named like the any-getter method.
        List<String> names = List.of("violations", "isValid", "toJsonValue", "toBuilder", "hashCode",
                "toString", "getClass", "wait", "fromJson", "readJson", "collectViolations", "additionalProperties",
                "explicitNulls", "builder", "item", "name", "value", "json", "Json");
        StringBuilder properties = new StringBuilder();
        StringBuilder document = new StringBuilder();
        for (String name : names) {
            properties.append(properties.length() == 0 ? "" : ", ").append('"').append(name).append("\": {\"type\": [\"string\", \"null\"]}");
            document.append(document.length() == 0 ? "{" : ", ").append('"').append(name).append("\": \"v-").append(name).append('"');
        }
        document.append(", \"unknown\": null}");
        // A member whose type is named Json: the class a record is read through takes another name.
        GeneratedModel model = new GeneratedModel(dir).schema("clash.schema.json", "{\"title\": \"Clash\", \"type\": \"object\","
                + " \"properties\": {" + properties + ", \"payload\": {\"$ref\": \"#/$defs/Json\"}},"
                + " \"$defs\": {\"Json\": {\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"string\"}}}}}");
        model.generate(model.request("org.example.clash", List.of()).withRecords(true)).compile();
        Class<?> clash = model.type("org.example.clash.Clash");
        assertThat(clash.isRecord()).isTrue();
        assertValidRoundTrip(clash, document.toString());
        Object read = JACKSON2.readValue(document.toString(), clash);
        assertThat(call(read, "violationsProperty")).isEqualTo("v-violations");
        assertThat(call(read, "isValidProperty")).isEqualTo("v-isValid");
        assertThat(call(read, "name")).isEqualTo("v-name");
        assertThat(call(read, "json")).isEqualTo("v-json");
        assertThat(call(read, "violations")).isEqualTo(List.of());
        assertThat(call(call(read, "toBuilder"), "build")).isEqualTo(read);
        assertValidRoundTrip(clash, "{\"isValid\": null, \"hashCode\": null, \"Json\": null, \"payload\": {\"a\": \"b\", \"c\": 1}}");
        assertThat(model.source("org/example/clash/Clash.java")).contains("private static final class Json_ {");
    }

    @Test
    void recordsAndPublicSettersAreRefusedTogetherInThePeoplesWords(@TempDir Path dir) {
        String why = "records and includeSetters cannot be combined: a record's components are final, so it has no setters;"
                + " choose one of them";
        GenerationRequest request = new GenerationRequest(dir, List.of(), List.of(), "org.example", dir.resolve("out"), true);
        assertThatThrownBy(() -> request.withRecords(true)).isInstanceOf(IllegalArgumentException.class).hasMessage(why);
        GenerateGoal goal = new GenerateGoal(dir, null, null, "org.example", dir.resolve("out"), true, false, false, true, false, false,
                false, true, null, null, null, false);
        assertThatThrownBy(() -> goal.run(new GoalLog() {
            @Override
            public void info(String message) {
            }

            @Override
            public void warn(String message) {
            }

            @Override
            public void error(String message) {
            }
        })).isInstanceOf(GoalFailure.class).hasMessage(why);
    }

    private static Object newInstance(Constructor<?> constructor, Object... arguments) throws Throwable {
        try {
            return constructor.newInstance(arguments);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
