package dev.withheld.codegen.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Enumerations written as enum, const, oneOf/anyOf of const, and the open-enum form. */
class CompatEnumerationTest {

    @TempDir
    Path dir;

    private static String code(String schema) {
        return "{\"type\": \"object\", \"properties\": {\"code\": " + schema + "}}";
    }

    private static String oneOfConst(String... values) {
        StringBuilder branches = new StringBuilder();
        for (String v : values) {
            branches.append(branches.isEmpty() ? "" : ", ").append("{\"const\": \"").append(v)
                    .append("\", \"description\": \"means ").append(v).append("\"}");
        }
        return "{\"type\": \"string\", \"oneOf\": [" + branches + "]}";
    }

    private static String open(String known) {
        return "{\"anyOf\": [" + known + ", {\"type\": \"string\"}]}";
    }

    @Test
    void aValueAddedToAClosedEnumBreaksReceivers() {
        CompatibilityReport report = RevisionPair.compare(dir, code("{\"enum\": [\"a\", \"b\"]}"),
                code("{\"enum\": [\"a\", \"b\", \"c\"]}"));
        assertThat(report.changes()).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(Rule.ENUM_VALUE_ADDED);
            assertThat(c.direction()).isEqualTo("breaks receivers");
            assertThat(c.path()).isEqualTo("code");
            assertThat(c.location().pointer()).isEqualTo("/properties/code/enum/2");
            assertThat(c.message()).startsWith("c was added to the closed set of code").contains("now a, b, c");
        });
    }

    @Test
    void aValueRemovedFromAClosedEnumBreaksSenders() {
        CompatibilityReport report = RevisionPair.compare(dir, code("{\"enum\": [\"a\", \"b\"]}"),
                code("{\"enum\": [\"a\"]}"));
        assertThat(report.changes()).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(Rule.ENUM_VALUE_REMOVED);
            assertThat(c.direction()).isEqualTo("breaks senders");
            assertThat(c.location().side()).isEqualTo(Location.Side.PREVIOUS);
        });
    }

    @Test
    void oneOfConstIsAClosedEnumWithDescriptions() {
        CompatibilityReport report = RevisionPair.compare(dir, code(oneOfConst("a", "b")), code(oneOfConst("a", "b", "c")));
        assertThat(report.changes()).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(Rule.ENUM_VALUE_ADDED);
            assertThat(c.message()).contains("(\"means c\")");
            assertThat(c.location().pointer()).isEqualTo("/properties/code/oneOf/2");
        });
    }

    @Test
    void rewritingEnumAsOneOfConstIsNoChange() {
        CompatibilityReport report = RevisionPair.compare(dir, code("{\"type\": \"string\", \"enum\": [\"a\", \"b\"]}"),
                code(oneOfConst("b", "a")));
        assertThat(report.changes()).isEmpty();
    }

    @Test
    void aKnownValueAddedToAnOpenEnumMayBreakOnlyReceiversWithClosedEnums() {
        CompatibilityReport report = RevisionPair.compare(dir, code(open(oneOfConst("a"))), code(open(oneOfConst("a", "b"))));
        assertThat(report.changes()).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(Rule.ENUM_KNOWN_VALUE_ADDED);
            assertThat(c.senders()).isEqualTo(Impact.COMPATIBLE);
            assertThat(c.receivers()).isEqualTo(Impact.MAY_BREAK);
            assertThat(c.direction()).isEqualTo("may break receivers");
            assertThat(c.message()).contains("receivers that treat it as open").contains("closed enum");
        });
    }

    @Test
    void anOpenEnumWithAnEnumKeywordBranchAndADefinitionWorksToo() {
        String before = """
                {"type": "object", "properties": {"code": {"$ref": "#/$defs/code"}},
                 "$defs": {"code": {"anyOf": [{"enum": ["a"]}, {"type": "string"}]}}}""";
        String after = """
                {"type": "object", "properties": {"code": {"$ref": "#/$defs/code"}},
                 "$defs": {"code": {"anyOf": [{"enum": ["a", "b"]}, {"type": "string"}]}}}""";
        CompatibilityReport report = RevisionPair.compare(dir, before, after);
        assertThat(report.changes()).extracting(c -> c.rule().id(), Change::subject)
                .containsExactly(tuple("enum.known-value-added", "\"b\""));
    }

    @Test
    void closingAnOpenEnumBreaksSendersAndOpeningAClosedOneBreaksReceivers() {
        CompatibilityReport closing = RevisionPair.compare(dir.resolve("c"), code(open(oneOfConst("a", "b"))),
                code(oneOfConst("a", "b", "c")));
        assertThat(closing.changes()).extracting(c -> c.rule().id()).containsExactly("enum.closed");
        assertThat(closing.changes().get(0).direction()).isEqualTo("breaks senders");
        assertThat(closing.changes().get(0).message()).contains("now only a, b, c are valid");

        CompatibilityReport opening = RevisionPair.compare(dir.resolve("o"), code(oneOfConst("a", "b")),
                code(open(oneOfConst("a", "b"))));
        assertThat(opening.changes()).extracting(c -> c.rule().id()).containsExactly("enum.opened");
        assertThat(opening.changes().get(0).direction()).isEqualTo("breaks receivers");
    }

    @Test
    void limitingAFreeStringToValuesClosesIt() {
        CompatibilityReport report = RevisionPair.compare(dir, code("{\"type\": \"string\"}"),
                code("{\"type\": \"string\", \"enum\": [\"a\"]}"));
        assertThat(report.changes()).extracting(c -> c.rule().id()).containsExactly("enum.closed");
    }

    @Test
    void aConstChangeIsAValueRemovedAndAValueAdded() {
        CompatibilityReport report = RevisionPair.compare(dir, code("{\"const\": \"org.matrix.room_key.withheld\"}"),
                code("{\"const\": \"m.room_key.withheld\"}"));
        assertThat(report.changes()).extracting(c -> c.rule().id()).containsExactlyInAnyOrder(
                "enum.value-added", "enum.value-removed");
    }

    @Test
    void aConstraintOnTheOpenPartOfAnOpenEnumIsCompared() {
        String before = open(oneOfConst("m.a"));
        String after = "{\"anyOf\": [" + oneOfConst("m.a") + ", {\"type\": \"string\", \"pattern\": \"^(?!m\\\\.)\"}]}";
        CompatibilityReport report = RevisionPair.compare(dir, code(before), code(after));
        assertThat(report.changes()).extracting(c -> c.rule().id(), Change::path)
                .containsExactly(tuple("pattern.added", "code"));
    }

    @Test
    void listingKnownValuesOfAFreeStringOnlyMayBreakReceiversWithClosedEnums() {
        CompatibilityReport report = RevisionPair.compare(dir, code("{\"type\": \"string\"}"),
                code("{\"type\": \"string\", \"anyOf\": [{\"enum\": [\"a\"]}, {\"type\": \"string\"}]}"));
        assertThat(report.changes()).extracting(c -> c.rule().id(), Change::subject)
                .containsExactly(tuple("enum.known-value-added", "\"a\""));
    }

    @Test
    void enumerationsInYamlAreReadToo() {
        CompatibilityReport report = new RevisionPair(dir)
                .before("s.schema.yaml", "type: object\nproperties:\n  code:\n    enum: [a, b]\n")
                .after("s.schema.yaml", "type: object\nproperties:\n  code:\n    enum: [a, b, c]\n")
                .compare();
        assertThat(report.changes()).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(Rule.ENUM_VALUE_ADDED);
            assertThat(c.location().document()).isEqualTo("s.schema.yaml");
            assertThat(c.location().line()).isEqualTo(4);
        });
    }
}
