package dev.withheld.codegen.rules;

import static dev.withheld.codegen.testing.GeneratedModel.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.withheld.codegen.testing.GeneratedModel;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 19, point 1: the variant view, for each schema form that proves a shape depends on one member,
 * and no view (with a note that says why) for the forms that do not.
 */
class VariantViewTest {

    private static final ObjectMapper JACKSON2 = new ObjectMapper();
    private static final JsonMapper JACKSON3 = JsonMapper.builder().build();

    /** The event's own form: an if on one member's const, the else covering every other value. */
    private static final String NOTICE = """
            {"title": "Notice", "type": "object",
             "properties": {"code": {"type": "string"}, "room": {"type": "string"}, "session": {"type": "string"},
                            "note": {"type": ["string", "null"]}},
             "required": ["note"],
             "if": {"required": ["code"], "properties": {"code": {"const": "m.no_olm"}}},
             "then": {"title": "Device wide", "description": "No session is named."},
             "else": {"title": "Per session", "required": ["room", "session"]}}
            """;

    /** A oneOf told apart by a const on "kind": named from a title, a const, a definition. */
    private static final String SHAPE = """
            {"title": "Figure", "type": "object",
             "properties": {"kind": {"type": "string"}, "radius": {"type": "number"}, "side": {"type": "number"},
                            "width": {"type": "integer"}, "height": {"type": "integer"}},
             "required": ["kind"],
             "oneOf": [
               {"title": "Round", "properties": {"kind": {"const": "circle"}}, "required": ["radius"]},
               {"properties": {"kind": {"const": "org.example.square"}}, "required": ["side"]},
               {"$ref": "#/$defs/Box"}
             ],
             "$defs": {"Box": {"properties": {"kind": {"enum": ["rectangle", "box"]}}, "required": ["width", "height"]}}}
            """;

    private static GeneratedModel model;

    @BeforeAll
    static void generate(@TempDir Path dir) {
        model = new GeneratedModel(dir).schema("notice.schema.json", NOTICE).schema("figure.schema.json", SHAPE)
                .schema("plain.schema.json", """
                        {"title": "Plain", "type": "object", "properties": {"a": {"type": "string"}}}
                        """)
                .schema("typed.schema.json", """
                        {"title": "Typed", "type": "object", "properties": {"a": {"type": "string"}},
                         "oneOf": [{"required": ["a"]}, {"properties": {"a": {"maxLength": 0}}}]}
                        """)
                .schema("two.schema.json", """
                        {"title": "Two", "type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "string"}},
                         "if": {"properties": {"a": {"const": "x"}, "b": {"const": "y"}}, "required": ["a", "b"]},
                         "then": {"required": ["a"]}}
                        """)
                .schema("overlap.schema.json", """
                        {"title": "Overlap", "type": "object", "properties": {"k": {"type": "string"}}, "required": ["k"],
                         "anyOf": [{"properties": {"k": {"enum": ["a", "b"]}}}, {"properties": {"k": {"const": "b"}}}]}
                        """)
                .schema("undeclared.schema.json", """
                        {"title": "Undeclared", "type": "object", "properties": {"k": {"type": "string"}}, "required": ["k"],
                         "oneOf": [{"properties": {"k": {"const": "a"}}, "required": ["extra"]},
                                   {"properties": {"k": {"const": "b"}}}]}
                        """)
                .generate("org.example.shapes").compile();
    }

    @Test
    void anIfOnOneMemberGivesTwoShapesAndTheElseTakesEveryOtherValue() throws Exception {
        Class<?> notice = model.type("org.example.shapes.Notice");
        Class<?> variant = model.type("org.example.shapes.Notice$Variant");
        assertThat(variant.isSealed()).isTrue();
        assertThat(Arrays.stream(variant.getPermittedSubclasses()).map(Class::getSimpleName)).containsExactly("DeviceWide", "PerSession");

        Object deviceWide = call(JACKSON2.readValue("{\"code\": \"m.no_olm\", \"note\": null}", notice), "variant");
        assertThat(deviceWide.getClass().getSimpleName()).isEqualTo("DeviceWide");
        assertThat(components(deviceWide)).containsExactly("object");

        for (String code : List.of("\"m.unverified\",", "\"org.example.custom\",", "")) {
            String json = "{" + (code.isEmpty() ? "" : "\"code\": " + code) + " \"room\": \"!r\", \"session\": \"s\", \"note\": \"n\", \"x-vendor\": [1]}";
            Object perSession = call(JACKSON3.readValue(json, notice), "variant");
            assertThat(perSession.getClass().getSimpleName()).as(json).isEqualTo("PerSession");
            assertThat(components(perSession)).containsExactly("object", "room", "session");
            assertThat(call(perSession, "room")).isEqualTo("!r");
            assertThat(call(perSession, "session")).isEqualTo("s");
            Object object = call(perSession, "object");
            assertThat(((Map<?, ?>) call(object, "getAdditionalProperties")).containsKey("x-vendor")).isTrue();
            assertThat(JACKSON2.readTree(JACKSON2.writeValueAsString(object))).isEqualTo(JACKSON2.readTree(json));
        }
    }

    @Test
    void anObjectThatBreaksItsSchemaHasNoShape() throws Exception {
        Class<?> notice = model.type("org.example.shapes.Notice");
        Object missingSession = JACKSON2.readValue("{\"code\": \"m.unverified\", \"room\": \"!r\", \"note\": \"n\"}", notice);
        assertThatThrownBy(() -> call(missingSession, "variant"))
                .hasMessageContaining("session is required");
    }

    @Test
    void aShapeCannotBeMadeForAnObjectOfAnotherShapeOrWithMembersThatAreNotItsOwn() throws Exception {
        Class<?> notice = model.type("org.example.shapes.Notice");
        Class<?> perSession = model.type("org.example.shapes.Notice$PerSession");
        Class<?> deviceWide = model.type("org.example.shapes.Notice$DeviceWide");
        Object noOlm = JACKSON2.readValue("{\"code\": \"m.no_olm\", \"note\": \"n\", \"room\": \"!r\", \"session\": \"s\"}", notice);
        Object session = JACKSON2.readValue("{\"room\": \"!r\", \"session\": \"s\", \"note\": \"n\"}", notice);
        var make = perSession.getDeclaredConstructor(notice, String.class, String.class);
        assertThatThrownBy(() -> make.newInstance(noOlm, "!r", "s")).hasRootCauseMessage("not a valid Notice of this shape: " + noOlm);
        assertThatThrownBy(() -> make.newInstance(session, "!other", "s")).hasRootCauseMessage("room is not the object's room");
        assertThatThrownBy(() -> make.newInstance(session, null, "s")).hasRootCauseInstanceOf(NullPointerException.class);
        assertThat(make.newInstance(session, "!r", "s")).isEqualTo(call(session, "variant"));
        assertThatThrownBy(() -> deviceWide.getDeclaredConstructor(notice).newInstance(session))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneOfBranchesToldApartByAConstOrEnumAreShapesNamedFromTitleValueOrDefinition() throws Exception {
        Class<?> figure = model.type("org.example.shapes.Figure");
        Class<?> variant = model.type("org.example.shapes.Figure$Variant");
        assertThat(Arrays.stream(variant.getPermittedSubclasses()).map(Class::getSimpleName)).containsExactly("Round", "Square", "Box");
        Object round = call(JACKSON2.readValue("{\"kind\": \"circle\", \"radius\": 0.5}", figure), "variant");
        assertThat(components(round)).containsExactly("object", "radius");
        assertThat(call(round, "radius")).isEqualTo(new java.math.BigDecimal("0.5"));
        Object box = call(JACKSON2.readValue("{\"kind\": \"box\", \"width\": 2, \"height\": 3}", figure), "variant");
        assertThat(box.getClass().getSimpleName()).isEqualTo("Box");
        assertThat(components(box)).containsExactly("object", "width", "height");
        assertThatThrownBy(() -> call(JACKSON2.readValue("{\"kind\": \"triangle\"}", figure), "variant"))
                .hasMessageContaining("must match exactly one of the allowed schemas");
    }

    @Test
    void formsThatDoNotProveAShapeGetNoViewAndANoteThatSaysWhy() {
        for (String name : List.of("Plain", "Typed", "Two", "Overlap", "Undeclared")) {
            assertThat(Arrays.stream(model.type("org.example.shapes." + name).getDeclaredClasses()).map(Class::getSimpleName))
                    .as(name).containsExactly("Builder");
            assertThatThrownBy(() -> model.type("org.example.shapes." + name).getMethod("variant")).as(name)
                    .isInstanceOf(NoSuchMethodException.class);
        }
        assertThat(model.log()).anySatisfy(line -> assertThat(line).startsWith("Note: Typed (schema /oneOf): no variant view:")
                        .contains("no member is given a const or an enum in every branch"))
                .anySatisfy(line -> assertThat(line).startsWith("Note: Two (schema /if): no variant view:").contains("more than one member"))
                .anySatisfy(line -> assertThat(line).startsWith("Note: Overlap (schema /anyOf/1): no variant view:")
                        .contains("the value \"b\" of \"k\" selects more than one branch"))
                .anySatisfy(line -> assertThat(line).startsWith("Note: Undeclared (schema /oneOf/0): no variant view:")
                        .contains("requires \"extra\", which the object does not declare"))
                .noneSatisfy(line -> assertThat(line).contains("Plain"));
    }

    /** Java 17 has sealed types and records; a switch over them is a preview there, final from Java 21. */
    @Test
    void aSwitchOverTheShapesIsExhaustiveWithoutADefaultBranch() {
        String user = """
                import org.example.shapes.Notice;

                class User {
                    static String describe(Notice notice) {
                        return switch (notice.variant()) {
                            case Notice.DeviceWide d -> "every session";
                            %s
                        };
                    }
                }
                """;
        assertThat(model.compileAgainst("User.java", user.formatted("case Notice.PerSession s -> s.room() + s.session();"),
                "--release", "17", "--enable-preview", "-Xlint:-preview")).isEmpty();
        assertThat(model.compileAgainst("User.java", user.formatted(""), "--release", "17", "--enable-preview", "-Xlint:-preview"))
                .contains("does not cover all possible input values");
    }

    private static List<String> components(Object record) {
        return Arrays.stream(record.getClass().getRecordComponents()).map(RecordComponent::getName).toList();
    }
}
