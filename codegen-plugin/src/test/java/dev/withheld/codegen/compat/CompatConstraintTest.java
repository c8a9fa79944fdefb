package dev.withheld.codegen.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Types, string and number constraints, properties, items, and what is not analysed. */
class CompatConstraintTest {

    @TempDir
    Path dir;

    private static String prop(String schema) {
        return "{\"type\": \"object\", \"properties\": {\"x\": " + schema + "}}";
    }

    private CompatibilityReport compare(String before, String after) {
        return RevisionPair.compare(dir, before, after);
    }

    @Test
    void typesNarrowWidenAndChange() {
        assertThat(RevisionPair.compare(dir.resolve("n"), prop("{\"type\": [\"string\", \"null\"]}"),
                prop("{\"type\": \"string\"}")).changes()).extracting(c -> c.rule().id(), Change::direction)
                .containsExactly(tuple("type.narrowed", "breaks senders"));
        assertThat(RevisionPair.compare(dir.resolve("w"), prop("{\"type\": \"integer\"}"),
                prop("{\"type\": \"number\"}")).changes()).extracting(c -> c.rule().id(), Change::direction)
                .containsExactly(tuple("type.widened", "breaks receivers"));
        assertThat(RevisionPair.compare(dir.resolve("c"), prop("{\"type\": \"string\"}"),
                prop("{\"type\": \"integer\"}")).changes()).extracting(c -> c.rule().id(), Change::direction)
                .containsExactly(tuple("type.changed", "breaks senders and receivers"));
    }

    @Test
    void aTypeMovedBehindARefIsNoChange() {
        assertThat(compare(prop("{\"type\": \"string\", \"minLength\": 1}"),
                "{\"type\": \"object\", \"properties\": {\"x\": {\"$ref\": \"#/$defs/t\"}},"
                        + " \"$defs\": {\"t\": {\"allOf\": [{\"type\": \"string\"}, {\"minLength\": 1}]}}}")
                .changes()).isEmpty();
    }

    @Test
    void patternsAddedRemovedAndChanged() {
        assertThat(RevisionPair.compare(dir.resolve("a"), prop("{\"type\": \"string\"}"),
                prop("{\"type\": \"string\", \"pattern\": \"^!\"}")).changes())
                .extracting(c -> c.rule().id()).containsExactly("pattern.added");
        assertThat(RevisionPair.compare(dir.resolve("r"), prop("{\"type\": \"string\", \"pattern\": \"^!\"}"),
                prop("{\"type\": \"string\"}")).changes())
                .extracting(c -> c.rule().id()).containsExactly("pattern.removed");
        CompatibilityReport changed = RevisionPair.compare(dir.resolve("c"),
                prop("{\"type\": \"string\", \"pattern\": \"^!\"}"), prop("{\"type\": \"string\", \"pattern\": \"^!.+:\"}"));
        assertThat(changed.changes()).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(Rule.PATTERN_CHANGED);
            assertThat(c.message()).contains("from ^! to ^!.+:");
            assertThat(c.location().pointer()).isEqualTo("/properties/x/pattern");
        });
    }

    @Test
    void limitsTightenAndRelax() {
        CompatibilityReport report = compare(prop("{\"type\": \"string\", \"maxLength\": 255, \"minLength\": 1}"),
                prop("{\"type\": \"string\", \"maxLength\": 100, \"minLength\": 0}"));
        assertThat(report.changes()).extracting(c -> c.rule().id(), Change::subject).containsExactlyInAnyOrder(
                tuple("limit.tightened", "maxLength"), tuple("limit.relaxed", "minLength"));
        assertThat(report.changes(Rule.LIMIT_TIGHTENED).get(0).message()).contains("maxLength of x went from 255 to 100");
    }

    @Test
    void formatsAreReportedAsWarnings() {
        CompatibilityReport report = compare(prop("{\"type\": \"string\"}"), prop("{\"type\": \"string\", \"format\": \"uri\"}"));
        assertThat(report.changes()).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(Rule.FORMAT_ADDED);
            assertThat(c.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void propertiesAddedAndRemovedInOpenAndClosedObjects() {
        assertThat(RevisionPair.compare(dir.resolve("ao"), "{\"properties\": {}}",
                "{\"properties\": {\"y\": {\"type\": \"string\"}}}").changes())
                .extracting(c -> c.rule().id(), Change::path, Change::severity)
                .containsExactly(tuple("property.added", "y", Severity.INFO));
        assertThat(RevisionPair.compare(dir.resolve("ac"), "{\"properties\": {}, \"additionalProperties\": false}",
                "{\"properties\": {\"y\": {}}, \"additionalProperties\": false}").changes())
                .extracting(c -> c.rule().id(), Change::direction)
                .containsExactly(tuple("property.added-to-closed", "breaks receivers"));
        assertThat(RevisionPair.compare(dir.resolve("ro"), "{\"properties\": {\"y\": {\"type\": \"string\"}}}",
                "{\"properties\": {}}").changes())
                .extracting(c -> c.rule().id(), Change::direction)
                .containsExactly(tuple("property.removed", "breaks receivers"));
        assertThat(RevisionPair.compare(dir.resolve("rc"), "{\"properties\": {\"y\": {}}, \"unevaluatedProperties\": false}",
                "{\"properties\": {}, \"unevaluatedProperties\": false}").changes())
                .extracting(c -> c.rule().id(), Change::direction)
                .containsExactly(tuple("property.removed-from-closed", "breaks senders"));
    }

    @Test
    void closingAndOpeningAnObject() {
        assertThat(RevisionPair.compare(dir.resolve("c"), "{\"properties\": {}}",
                "{\"properties\": {}, \"additionalProperties\": false}").changes())
                .extracting(c -> c.rule().id(), Change::direction)
                .containsExactly(tuple("properties.closed", "breaks senders"));
        assertThat(RevisionPair.compare(dir.resolve("o"), "{\"properties\": {}, \"additionalProperties\": false}",
                "{\"properties\": {}}").changes())
                .extracting(c -> c.rule().id(), Change::direction)
                .containsExactly(tuple("properties.opened", "breaks receivers"));
        assertThat(RevisionPair.compare(dir.resolve("s"), "{\"additionalProperties\": {\"type\": \"string\"}}",
                "{\"additionalProperties\": {\"type\": [\"string\", \"integer\"]}}").changes())
                .extracting(c -> c.rule().id(), Change::path)
                .containsExactly(tuple("type.widened", "*"));
    }

    @Test
    void nestedObjectsAndArrayItemsAreComparedWithTheirPath() {
        String before = "{\"properties\": {\"tags\": {\"type\": \"array\", \"items\": {\"properties\": {\"n\": {\"type\": \"string\"}}}}}}";
        String after = "{\"properties\": {\"tags\": {\"type\": \"array\", \"items\": {\"properties\": {\"n\": {\"type\": \"string\"}}, \"required\": [\"n\"]}}}}";
        assertThat(compare(before, after).changes()).extracting(c -> c.rule().id(), Change::path)
                .containsExactly(tuple("required.added", "tags[].n"));
    }

    @Test
    void aPropertyMadeFalseIsForbidden() {
        assertThat(compare(prop("{\"type\": \"string\"}"), prop("false")).changes())
                .extracting(c -> c.rule().id(), Change::direction)
                .containsExactly(tuple("value.forbidden", "breaks senders"));
    }

    @Test
    void aKeywordThatIsNotAnalysedIsReportedRatherThanIgnored() {
        CompatibilityReport report = compare(prop("{\"type\": \"integer\", \"multipleOf\": 2}"),
                prop("{\"type\": \"integer\", \"multipleOf\": 3}"));
        assertThat(report.changes()).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(Rule.KEYWORD_UNANALYSED);
            assertThat(c.severity()).isEqualTo(Severity.WARNING);
            assertThat(c.message()).contains("multipleOf of x changed from 2 to 3").contains("check by hand");
        });
    }

    @Test
    void descriptionsTitlesAndExamplesAreNotChanges() {
        assertThat(compare(prop("{\"type\": \"string\", \"description\": \"old\", \"examples\": [\"a\"]}"),
                prop("{\"type\": \"string\", \"description\": \"new\", \"title\": \"X\", \"examples\": [\"b\"]}"))
                .changes()).isEmpty();
    }

    @Test
    void alternativesAreComparedOneByOneOrFlaggedWhenTheyCannotBe() {
        String before = prop("{\"anyOf\": [{\"type\": \"string\", \"maxLength\": 5}, {\"type\": \"integer\"}]}");
        String same = prop("{\"anyOf\": [{\"type\": \"string\", \"maxLength\": 4}, {\"type\": \"integer\"}]}");
        assertThat(RevisionPair.compare(dir.resolve("1"), before, same).changes())
                .extracting(c -> c.rule().id(), Change::path).containsExactly(tuple("limit.tightened", "x"));
        String more = prop("{\"anyOf\": [{\"type\": \"string\"}, {\"type\": \"integer\"}, {\"type\": \"null\"}]}");
        assertThat(RevisionPair.compare(dir.resolve("2"), before, more).changes())
                .extracting(c -> c.rule().id()).containsExactlyInAnyOrder("type.widened", "alternatives.changed");
    }

    @Test
    void recursiveSchemasTerminate() {
        String tree = """
                {"$id": "https://example.org/tree.schema.json", "type": "object",
                 "properties": {"name": {"type": "string"%s}, "children": {"type": "array", "items": {"$ref": "#"}},
                                "either": {"anyOf": [{"$ref": "#"}, {"type": "null"}]}}}""";
        CompatibilityReport report = compare(tree.formatted(""), tree.formatted(", \"maxLength\": 10"));
        assertThat(report.changes()).extracting(c -> c.rule().id(), Change::path)
                .contains(tuple("limit.tightened", "name"));
    }
}
