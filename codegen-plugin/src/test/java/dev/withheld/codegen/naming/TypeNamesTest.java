package dev.withheld.codegen.naming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TypeNamesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] SUFFIXES = {".schema.json", ".json", ".yaml"};

    private static final JsonNode MEMBER = json("""
            {"type": "object", "properties": {
              "content": {"type": "object", "properties": {
                "signed": {"type": "object"},
                "info": {"title": "Image info", "type": "object"}}},
              "invites": {"type": "array", "items": {"type": "object"}},
              "info": {"type": "array", "items": {"type": "object"}},
              "users": {"type": "object", "additionalProperties": {"type": "object"}},
              "a/b": {"type": "object"},
              "choice": {"oneOf": [{"type": "object", "title": "First way"}, {"type": "object"}]}},
             "$defs": {"withheldCode": {"type": "string"}, "String": {"type": "object"}}}""");

    private final TypeNames names = new TypeNames(false, SUFFIXES, Set.of("SchemaViolation"));

    @Test
    void aFileIsNamedAfterItsFileName() {
        assertThat(name("room-member.schema.json", "")).isEqualTo("RoomMember");
        assertThat(name("room-message.yaml", "")).isEqualTo("RoomMessage");
    }

    @Test
    void aDefinitionIsNamedAfterItsDefinitionNameAlone() {
        assertThat(name("room-member.schema.json", "/$defs/withheldCode")).isEqualTo("WithheldCode");
    }

    @Test
    void anInlineSchemaIsNamedAfterItsPathQualifiedWithItsParent() {
        assertThat(name("room-member.schema.json", "/properties/content")).isEqualTo("RoomMemberContent");
        assertThat(name("room-member.schema.json", "/properties/content/properties/signed")).isEqualTo("RoomMemberContentSigned");
        assertThat(name("room-member.schema.json", "/properties/users/additionalProperties")).isEqualTo("RoomMemberUsersValue");
        assertThat(name("room-member.schema.json", "/properties/a~1b")).isEqualTo("RoomMemberAB");
        assertThat(name("room-member.schema.json", "/properties/2nd-level")).isEqualTo("RoomMember2ndLevel");
        // jsonschema2pojo writes the . of a property name as ~3 in the locations it makes.
        assertThat(name("room-member.schema.json", "/properties/m~3relates_to")).isEqualTo("RoomMemberMRelatesTo");
        assertThat(name("room-member.schema.json", "/properties/choice/oneOf/1")).isEqualTo("RoomMemberChoiceOneOf1");
        assertThat(name("room-member.schema.json", "/properties/choice/oneOf/0")).isEqualTo("RoomMemberChoiceFirstWay");
    }

    @Test
    void arrayItemsTakeTheSingularOrItemWhenThereIsNone() {
        assertThat(name("room-member.schema.json", "/properties/invites/items")).isEqualTo("RoomMemberInvite");
        assertThat(name("room-member.schema.json", "/properties/info/items")).isEqualTo("RoomMemberInfoItem");
    }

    @Test
    void aTitleNamesItsStepAndWithTitleAsNameTheWholeSchema() {
        assertThat(name("room-member.schema.json", "/properties/content/properties/info")).isEqualTo("RoomMemberContentImageInfo");
        TypeNames titles = new TypeNames(true, SUFFIXES, Set.of());
        assertThat(titles.nameFor(location("room-member.schema.json", "/properties/content/properties/info"), MEMBER, "p"))
                .isEqualTo("ImageInfo");
        assertThat(titles.nameFor(location("room-member.schema.json", "/properties/content"), MEMBER, "p"))
                .isEqualTo("RoomMemberContent");
    }

    @Test
    void javaLangAndOwnNamesAreQualifiedWithTheParentAndOtherNamesAreNot() {
        assertThat(name("room-member.schema.json", "/$defs/String")).isEqualTo("RoomMemberString");
        assertThat(name("object.json", "")).isEqualTo("ObjectJson");
        assertThat(name("schema-violation.json", "")).isEqualTo("SchemaViolationJson");
        assertThat(name("objects.json", "")).isEqualTo("Objects");
    }

    @Test
    void aQualifiedParentPassesItsNameToItsChildren() {
        assertThat(name("object.json", "")).isEqualTo("ObjectJson");
        assertThat(name("object.json", "/properties/content")).isEqualTo("ObjectJsonContent");
        assertThat(name("plain.json", "/properties/content")).isEqualTo("PlainContent");
    }

    @Test
    void aNameHeldByAnotherSchemaIsQualifiedIgnoringCaseAndTheSameSchemaKeepsItsName() {
        JsonNode a = json("{\"$defs\": {\"Foo\": {\"type\": \"object\"}}}");
        JsonNode b = json("{\"$defs\": {\"foo\": {\"type\": \"object\"}}}");
        assertThat(names.nameFor(location("a.json", "/$defs/Foo"), a, "p")).isEqualTo("Foo");
        assertThat(names.nameFor(location("b.json", "/$defs/foo"), b, "p")).isEqualTo("BFoo");
        assertThat(names.nameFor(location("a.json", "/$defs/Foo"), a, "p")).isEqualTo("Foo");
        // Another package is another name space.
        assertThat(names.nameFor(location("b.json", "/$defs/foo"), b, "q")).isEqualTo("Foo");
    }

    @Test
    void twoFilesOfOneBaseNameAreToldApartByTheirSuffix() {
        assertThat(names.nameFor(location("room.json", ""), MEMBER, "p")).isEqualTo("Room");
        assertThat(names.nameFor(location("room.yaml", ""), MEMBER, "p")).isEqualTo("RoomYaml");
    }

    @Test
    void aNameDependsOnlyOnItsOwnLocationNotOnWhatWasNamedBefore() {
        TypeNames fresh = new TypeNames(false, SUFFIXES, Set.of());
        String alone = fresh.nameFor(location("room-member.schema.json", "/properties/content"), MEMBER, "p");
        for (String other : new String[] {"content.json", "room.json", "member-content.json", "a.json"}) {
            names.nameFor(location(other, ""), MEMBER, "p");
            names.nameFor(location(other, "/properties/content"), MEMBER, "p");
        }
        assertThat(names.nameFor(location("room-member.schema.json", "/properties/content"), MEMBER, "p")).isEqualTo(alone);
    }

    @Test
    void aJavaTypeHoldsItsNameAgainstOtherSchemasAndCannotTakeAHeldOne() {
        names.claimGiven(location("a.json", "/properties/x"), "p", "Content");
        assertThat(name("content.json", "")).isEqualTo("ContentJson");
        assertThat(name("other.json", "")).isEqualTo("Other");
        assertThatThrownBy(() -> names.claimGiven(location("b.json", "/properties/y"), "p", "other"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("javaType p.other of the schema at file:/s/b.json#/properties/y")
                .hasMessageContaining("file:/s/other.json#/");
        names.claimGiven(location("a.json", "/properties/x"), "p", "Content");
        // Two schemas may share one javaType.
        names.claimGiven(location("c.json", "/properties/z"), "p", "Content");
    }

    @Test
    void oneDocumentUnderTwoUrisIsOneSchema() {
        names.identifyDocuments(uri -> uri.toString().startsWith("https:") ? URI.create("file:/s/room-member.schema.json") : uri);
        String byFile = name("room-member.schema.json", "/properties/content");
        assertThat(names.nameFor(URI.create("https://example.test/member#/properties/content"), MEMBER, "p")).isEqualTo(byFile);
    }

    @Test
    void whenEveryCandidateIsHeldTheErrorNamesTheHolder() {
        JsonNode a = json("{\"$defs\": {\"Foo\": {}}}");
        names.nameFor(location("a.json", "/$defs/Foo"), a, "p");
        names.nameFor(location("x/a.json", "/$defs/Foo"), a, "p"); // AFoo
        names.nameFor(location("y/a.json", "/$defs/Foo"), a, "p"); // AJsonDefsFoo
        assertThatThrownBy(() -> names.nameFor(location("z/a.json", "/$defs/Foo"), a, "p"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("file:/s/z/a.json#/$defs/Foo")
                .hasMessageContaining("Foo by file:/s/a.json#/$defs/Foo")
                .hasMessageContaining("javaType");
    }

    private String name(String file, String pointer) {
        return names.nameFor(location(file, pointer), MEMBER, "p");
    }

    private static URI location(String file, String pointer) {
        return URI.create("file:/s/" + file + (pointer.isEmpty() ? "" : "#" + pointer.replace("$", "%24")));
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
