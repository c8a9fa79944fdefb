package dev.withheld.codegen.naming;

import static dev.withheld.codegen.testing.GeneratedModel.call;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.withheld.codegen.testing.GeneratedModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generates, compiles and round-trips schemas whose names trouble a naive generator: the classes
 * build, have readable names, and read and write back the JSON unchanged.
 */
class GeneratedNamesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void inlineObjectsOfTheSameNameInTwoFilesAreQualifiedWithTheirFile() throws Exception {
        GeneratedModel model = new GeneratedModel(dir)
                .schema("room-member.json", """
                        {"type": "object", "properties": {
                          "content": {"type": "object", "properties": {"membership": {"type": "string"}}},
                          "unsigned": {"type": "object", "properties": {"age": {"type": "integer"}}}}}""")
                .schema("room-message.json", """
                        {"type": "object", "properties": {
                          "content": {"type": "object", "properties": {"body": {"type": "string"}}},
                          "unsigned": {"type": "object", "properties": {"age": {"type": "integer"}}}}}""")
                .generate("org.example").compile();

        assertThat(classNames(model)).containsExactly("RoomMember", "RoomMemberContent", "RoomMemberUnsigned",
                "RoomMessage", "RoomMessageContent", "RoomMessageUnsigned");
        assertRoundTrip(model, "org.example.RoomMember", "{\"content\":{\"membership\":\"join\"},\"unsigned\":{\"age\":5}}");
        assertRoundTrip(model, "org.example.RoomMessage", "{\"content\":{\"body\":\"hi\"},\"unsigned\":{\"age\":7}}");
    }

    @Test
    void aTitleSharedByTwoInlineSchemasNamesBothQualifiedWithTheirParent() throws Exception {
        GeneratedModel model = new GeneratedModel(dir)
                .schema("thumbnail.json", """
                        {"type": "object", "properties": {
                          "info": {"title": "Image info", "type": "object", "properties": {"w": {"type": "integer"}}},
                          "file": {"type": "object", "properties": {
                            "info": {"title": "Image info", "type": "object", "properties": {"h": {"type": "integer"}}}}}}}""")
                .schema("image.json", """
                        {"type": "object", "properties": {
                          "info": {"title": "Image info", "type": "object", "properties": {"size": {"type": "integer"}}}}}""")
                .generate("org.example").compile();

        assertThat(classNames(model)).containsExactly("Image", "ImageImageInfo", "Thumbnail", "ThumbnailFile",
                "ThumbnailFileImageInfo", "ThumbnailImageInfo");
        assertRoundTrip(model, "org.example.Thumbnail", "{\"info\":{\"w\":1},\"file\":{\"info\":{\"h\":2}}}");
    }

    @Test
    void namesOfJavaLangTypesAreQualifiedAndTheModelCompiles() throws Exception {
        GeneratedModel model = new GeneratedModel(dir)
                .schema("string.json", """
                        {"type": "object", "properties": {"value": {"type": "string"}}}""")
                .schema("overrides.json", """
                        {"type": "array", "items": {"type": "object", "properties": {"key": {"type": "string"}}}}""")
                .schema("common.json", """
                        {"$defs": {
                          "Object": {"type": "object", "properties": {"id": {"type": "string"}}},
                          "Class": {"type": "string", "enum": ["a", "b"]},
                          "Record": {"type": "object", "properties": {
                             "of": {"$ref": "#/$defs/Object"}, "kind": {"$ref": "#/$defs/Class"},
                             "overrides": {"type": "array", "items": {"type": "object", "properties": {"n": {"type": "integer"}}}},
                             "text": {"$ref": "string.json"}}}}}""")
                .generate("org.example").compile();

        // overrides.json is an array: its class holds the list, and its items are OverridesItems, not Override.
        assertThat(classNames(model)).containsExactly("CommonClass", "CommonObject", "CommonRecord", "CommonRecordOverride",
                "Overrides", "OverridesItems", "StringJson")
                .noneMatch(JavaNames::isJavaLangType);
        assertRoundTrip(model, "org.example.CommonRecord",
                "{\"of\":{\"id\":\"x\"},\"kind\":\"a\",\"overrides\":[{\"n\":1}],\"text\":{\"value\":\"v\"}}");
        assertRoundTrip(model, "org.example.Overrides", "[{\"key\":\"k\"}]");
    }

    @Test
    void propertiesNamedLikeTheGeneratedMembersKeepTheirJsonNames() throws Exception {
        Set<String> names = new TreeSet<>(MemberNames.GENERATED);
        names.addAll(List.of("condition0", "PATTERN_0", "Builder", "class", "default", "enum", "$ref", "$schema", "type",
                "properties", "required", "setAdditionalProperty", "name", "value", "text", "violations", "isValid",
                "collectViolations", "toBuilder", "build", "readJson", "hashCode", "toString", "getClass", "wait",
                "object", "token", "parser", "built"));
        // Not "getAdditionalProperties": Jackson drops a JSON member named like the any-getter method,
        // whatever its Java name.
        Set<String> arrays = Set.of("item", "i");
        StringBuilder properties = new StringBuilder();
        StringBuilder document = new StringBuilder("{");
        for (String name : names) {
            // Arrays with item rules make the generated checks loop with i and item; patterns add PATTERN_n fields.
            String schema = arrays.contains(name) ? "{\"type\": \"array\", \"items\": {\"type\": \"string\", \"minLength\": 1}}"
                    : "{\"type\": \"string\", \"pattern\": \"^v-\"}";
            String value = arrays.contains(name) ? "[\"v-" + name + "\"]" : JSON.writeValueAsString("v-" + name);
            properties.append(properties.length() == 0 ? "" : ",\n").append(JSON.writeValueAsString(name)).append(": ").append(schema);
            document.append(document.length() == 1 ? "" : ",").append(JSON.writeValueAsString(name)).append(':').append(value);
        }
        document.append('}');
        GeneratedModel model = new GeneratedModel(dir)
                .schema("clash.json", """
                        {"type": "object", "required": ["out", "$ref"], "properties": {%s},
                         "if": {"required": ["type"], "properties": {"type": {"const": "x"}}},
                         "then": {"required": ["value"]}}""".formatted(properties))
                .generate("org.example").compile();

        Object clash = assertRoundTrip(model, "org.example.Clash", document.toString());
        assertThat(call(clash, "getOutProperty")).isEqualTo("v-out");
        assertThat(call(clash, "getRef")).isEqualTo("v-$ref");
        assertThat(call(clash, "getClassProperty")).isEqualTo("v-class");
        assertThat(call(clash, "getValue")).isEqualTo("v-value");
        assertThat(call(clash, "getName")).isEqualTo("v-name");
        assertThat(call(clash, "getText")).isEqualTo("v-text");
        assertThat(call(clash, "getPointerProperty")).isEqualTo("v-pointer");
        assertThat(call(clash, "getThatProperty")).isEqualTo("v-that");
        assertThat(call(clash, "getDeclaredProperties")).isEqualTo("v-DECLARED_PROPERTIES");
        assertThat(call(clash, "getItemProperty")).isEqualTo(List.of("v-item"));
        assertThat(clash.toString()).contains("text=v-text", "other=v-other", "out=v-out");
        Object copy = call(call(clash, "toBuilder"), "build");
        assertThat(copy).isEqualTo(clash);
        assertThat(call(call(call(clash, "toBuilder"), "otherProperty", "v-changed"), "build")).isNotEqualTo(clash);
        assertThat(call(clash, "getAdditionalProperties")).isEqualTo(java.util.Map.of());
        assertThat((List<?>) call(clash, "violations")).isEmpty();

        Object missing = JSON.readValue("{\"type\":\"x\",\"pointer\":\"w\",\"i\":[\"\"]}", model.type("org.example.Clash"));
        assertThat(call(missing, "violations").toString())
                .contains("/out", "/$ref", "/value", "/pointer", "/i/0")
                .doesNotContain("/additionalProperties");
    }

    @Test
    void twoJsonNamesForOneJavaNameGetTwoMembers() throws Exception {
        GeneratedModel model = new GeneratedModel(dir)
                .schema("prompt.json", """
                        {"type": "object", "properties": {
                          "default_prompt": {"type": "string"},
                          "defaultPrompt": {"type": "string"},
                          "a-b": {"type": "string"},
                          "a_b": {"type": "string"},
                          "a.b": {"type": "string"},
                          "2fa": {"type": "boolean"},
                          "naïve name": {"type": "string"}}}""")
                .generate("org.example").compile();

        Object prompt = assertRoundTrip(model, "org.example.Prompt",
                "{\"default_prompt\":\"1\",\"defaultPrompt\":\"2\",\"a-b\":\"3\",\"a_b\":\"4\",\"a.b\":\"5\",\"2fa\":true,\"naïve name\":\"6\"}");
        assertThat(call(prompt, "getDefaultPrompt")).isEqualTo("2");
        assertThat(call(prompt, "getDefault_prompt")).isEqualTo("1");
        assertThat(call(prompt, "getAB")).isEqualTo("3");
        assertThat(call(prompt, "getA_b")).isEqualTo("4");
        assertThat(call(prompt, "getABProperty")).isEqualTo("5");
        assertThat(call(prompt, "get_2fa")).isEqualTo(true);
        assertThat(call(prompt, "getNaïveName")).isEqualTo("6");
    }

    @Test
    void inlineObjectsUnderAwkwardPropertyNamesGetPlainClassNames() throws Exception {
        GeneratedModel model = new GeneratedModel(dir)
                .schema("event.json", """
                        {"type": "object", "properties": {
                          "m.relates_to": {"type": "object", "properties": {"rel_type": {"type": "string"}}},
                          "$ref": {"type": "object", "properties": {"x": {"type": "string"}}},
                          "properties": {"type": "object", "properties": {"y": {"type": "string"}}},
                          "items": {"type": "object", "properties": {"z": {"type": "string"}}},
                          "2nd-level": {"type": "object", "properties": {"n": {"type": "integer"}}},
                          "format": {"type": "string", "enum": ["org.matrix.custom.html"]}}}""")
                .generate("org.example").compile();

        assertThat(classNames(model)).containsExactly("Event", "Event2ndLevel", "EventFormat", "EventItems",
                "EventMRelatesTo", "EventProperties", "EventRef");
        Object event = assertRoundTrip(model, "org.example.Event", """
                {"m.relates_to":{"rel_type":"m.thread"},"$ref":{"x":"1"},"properties":{"y":"2"},"items":{"z":"3"},
                 "2nd-level":{"n":4},"format":"org.matrix.custom.html"}""");
        assertThat(call(call(event, "getMRelatesTo"), "getRelType")).isEqualTo("m.thread");
        assertThat(call(call(event, "get_2ndLevel"), "getN")).isEqualTo(4L);
    }

    @Test
    void aJavaTypeKeepsItsNameAndMayBeShared() throws Exception {
        String money = """
                {"type": "object", "javaType": "org.example.Content", "properties": {"amount": {"type": "integer"}}}""";
        GeneratedModel model = new GeneratedModel(dir)
                .schema("a.json", "{\"type\": \"object\", \"properties\": {\"price\": " + money + "}}")
                .schema("b.json", "{\"type\": \"object\", \"properties\": {\"cost\": " + money + "}}")
                .schema("content.json", "{\"type\": \"object\", \"properties\": {\"body\": {\"type\": \"string\"}}}")
                .generate("org.example").compile();

        assertThat(classNames(model)).containsExactly("A", "B", "Content", "ContentJson");
        assertRoundTrip(model, "org.example.B", "{\"cost\":{\"amount\":3}}");
        assertRoundTrip(model, "org.example.ContentJson", "{\"body\":\"x\"}");
    }

    @Test
    void addingRemovingOrRenamingAnUnrelatedFileRenamesNoClass() throws Exception {
        String member = """
                {"type": "object", "properties": {
                  "content": {"type": "object", "properties": {
                    "signed": {"type": "object", "properties": {"token": {"type": "string"}}}}},
                  "invites": {"type": "array", "items": {"type": "object", "properties": {"to": {"type": "string"}}}},
                  "membership": {"type": "string", "enum": ["join", "leave"]},
                  "sender": {"$ref": "defs.json#/$defs/UserId"}}}""";
        String defs = """
                {"$defs": {"UserId": {"type": "object", "properties": {"id": {"type": "string"}}}}}""";
        String unrelated = """
                {"type": "object", "properties": {
                  "content": {"type": "object", "properties": {
                    "signed": {"type": "object", "properties": {"token": {"type": "string"}}}}},
                  "invites": {"type": "array", "items": {"type": "object", "properties": {"to": {"type": "string"}}}},
                  "membership": {"type": "string", "enum": ["x"]}}}""";

        Set<String> alone = classNames(new GeneratedModel(dir.resolve("alone"))
                .schema("room-member.json", member).schema("defs.json", defs).generate("org.example"));
        Set<String> withAnother = classNames(new GeneratedModel(dir.resolve("with"))
                .schema("room-member.json", member).schema("defs.json", defs)
                .schema("a-first.json", unrelated).generate("org.example"));
        Set<String> renamed = classNames(new GeneratedModel(dir.resolve("renamed"))
                .schema("room-member.json", member).schema("defs.json", defs)
                .schema("z-last.json", unrelated).generate("org.example"));

        assertThat(alone).containsExactly("RoomMember", "RoomMemberContent", "RoomMemberContentSigned",
                "RoomMemberInvite", "RoomMemberMembership", "UserId");
        // Adding a file, and renaming it so that it sorts first or last, leaves every other name as it was.
        assertThat(without(withAnother, "AFirst")).isEqualTo(alone);
        assertThat(without(renamed, "ZLast")).isEqualTo(alone);
        assertThat(withAnother).contains("AFirst", "AFirstContent", "AFirstContentSigned", "AFirstInvite", "AFirstMembership");
    }

    private static Set<String> without(Set<String> names, String prefix) {
        return names.stream().filter(n -> !n.startsWith(prefix)).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The simple names of the generated model classes (support classes left out). */
    private static Set<String> classNames(GeneratedModel model) {
        try (Stream<Path> files = Files.walk(model.sources())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".java"))
                    .map(n -> n.substring(0, n.length() - ".java".length()))
                    .filter(n -> !Set.of("SchemaViolation", "SchemaViolationException", "JsonValues").contains(n))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code json} as {@code className}, writes it back, and checks the tree is unchanged. */
    private static Object assertRoundTrip(GeneratedModel model, String className, String json) throws Exception {
        Object read = JSON.readValue(json, model.type(className));
        JsonNode written = JSON.readTree(JSON.writeValueAsString(read));
        assertThat(written).isEqualTo(JSON.readTree(json));
        return read;
    }
}
