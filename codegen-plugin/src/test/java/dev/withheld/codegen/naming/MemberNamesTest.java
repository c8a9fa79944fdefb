package dev.withheld.codegen.naming;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MemberNamesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void namesThatDoNotCompeteAreTheirCamelCase() {
        assertThat(names("room_id", "sender", "outer")).containsExactly(
                Map.entry("room_id", "roomId"), Map.entry("sender", "sender"), Map.entry("outer", "outer"));
    }

    @Test
    void theJsonNameThatIsAlreadyTheJavaNameKeepsItInEitherOrder() {
        assertThat(names("default_prompt", "defaultPrompt"))
                .containsEntry("defaultPrompt", "defaultPrompt").containsEntry("default_prompt", "default_prompt");
        assertThat(names("defaultPrompt", "default_prompt"))
                .containsEntry("defaultPrompt", "defaultPrompt").containsEntry("default_prompt", "default_prompt");
    }

    @Test
    void withoutAnExactSpellingTheFirstInSchemaOrderKeepsTheCamelCase() {
        assertThat(names("a-b", "a.b")).containsEntry("a-b", "aB").containsEntry("a.b", "a_b");
        assertThat(names("a.b", "a-b")).containsEntry("a.b", "aB").containsEntry("a-b", "a_b");
    }

    @Test
    void propertiesThatDoNotCompeteDoNotChangeANameWhenAddedOrRemoved() {
        Map<String, String> two = names("a-b", "a_b");
        Map<String, String> more = names("x", "a-b", "y", "a_b", "z");
        assertThat(more).containsAllEntriesOf(two);
    }

    @Test
    void keywordsAndGeneratedMembersGetPropertyAppendedAndOtherNamesDoNot() {
        assertThat(names("class", "out", "pointer", "builder", "condition3", "outer", "value", "name", "text", "conditions"))
                .containsEntry("class", "classProperty")
                .containsEntry("out", "outProperty")
                .containsEntry("pointer", "pointerProperty")
                .containsEntry("builder", "builderProperty")
                .containsEntry("condition3", "condition3Property")
                .containsEntry("outer", "outer")
                .containsEntry("value", "value")
                .containsEntry("name", "name")
                .containsEntry("text", "text")
                .containsEntry("conditions", "conditions");
        // The written-as-is candidate may not take a generated static either.
        assertThat(names("declared-properties", "DECLARED_PROPERTIES", "pattern-0", "PATTERN_0"))
                .containsEntry("DECLARED_PROPERTIES", "declaredPropertiesProperty")
                .containsEntry("PATTERN_0", "pattern0Property");
    }

    @Test
    void schemaSyntaxAsAPropertyNameIsJustAName() {
        assertThat(names("$ref", "$schema", "type", "properties", "default", "enum"))
                .containsEntry("$ref", "ref").containsEntry("$schema", "schema").containsEntry("type", "type")
                .containsEntry("properties", "properties").containsEntry("default", "defaultProperty")
                .containsEntry("enum", "enumProperty");
    }

    @Test
    void whenEveryReadableCandidateIsTakenTheEscapedFormStillDiffers() {
        Map<String, String> names = names("aB", "a_b", "aBProperty", "a-b");
        assertThat(names).containsEntry("aB", "aB").containsEntry("a_b", "a_b").containsEntry("aBProperty", "aBProperty")
                .containsEntry("a-b", "a_2d_b_");
        assertThat(names.values()).doesNotHaveDuplicates();
    }

    @Test
    void namesWithoutLettersGetAName() {
        Map<String, String> names = names("$", "@", "");
        assertThat(names.values()).doesNotHaveDuplicates().allMatch(n -> javax.lang.model.SourceVersion.isName(n));
    }

    @Test
    void aJavaNameInTheSchemaIsUsedAndOtherwiseIgnored() throws Exception {
        JsonNode properties = JSON.readTree("""
                {"x": {"type": "string", "javaName": "position"}, "y": {"type": "string", "javaName": "not valid"}}""");
        assertThat(MemberNames.of(properties).asMap()).containsEntry("x", "position").containsEntry("y", "y");
    }

    @Test
    void accessorsCapitaliseTheMemberName() {
        assertThat(MemberNames.getter("roomId")).isEqualTo("getRoomId");
        assertThat(MemberNames.setter("default_prompt")).isEqualTo("setDefault_prompt");
        assertThat(MemberNames.getter("_2fa")).isEqualTo("get_2fa");
    }

    @Test
    void aNameAloneIsWhatItWouldBeWithoutCompetitors() {
        assertThat(MemberNames.alone("default_prompt", null)).isEqualTo("defaultPrompt");
        assertThat(MemberNames.alone("out", null)).isEqualTo("outProperty");
    }

    private static Map<String, String> names(String... jsonNames) {
        ObjectNode properties = JSON.createObjectNode();
        for (String name : jsonNames) {
            properties.putObject(name).put("type", "string");
        }
        return MemberNames.of(properties).asMap();
    }
}
