package dev.withheld.codegen.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requirements as conditions (always / when C / unless C / never), compared by meaning, not by layout. */
class CompatRequirementTest {

    @TempDir
    Path dir;

    private static final String NO_OLM_IF = """
            "if": {"required": ["code"], "properties": {"code": {"const": "m.no_olm"}}}""";

    private static String object(String body) {
        return "{\"type\": \"object\", \"properties\": {\"code\": {\"type\": \"string\"}, \"room_id\": {\"type\": \"string\"}},"
                + body + "}";
    }

    @Nested
    class Formulas {

        private final Condition c = new Condition("c", "code is m.no_olm");
        private final Condition d = new Condition("d", "reason is present");
        private final Literal holds = new Literal(c, true);
        private final Literal not = new Literal(c, false);

        @Test
        void requiredInThenAndInElseIsAlwaysRequired() {
            Requirement both = Requirement.when(Set.of(holds)).or(Set.of(not));
            assertThat(both.isAlways()).isTrue();
            assertThat(both).isEqualTo(Requirement.ALWAYS);
        }

        @Test
        void aTermSubsumedByASmallerOneDisappears() {
            Requirement r = Requirement.when(Set.of(holds)).or(Set.of(holds, new Literal(d, true)));
            assertThat(r).isEqualTo(Requirement.when(Set.of(holds)));
        }

        @Test
        void aContradictoryTermIsNever() {
            assertThat(Requirement.when(Set.of(holds, not)).isNever()).isTrue();
        }

        @Test
        void implicationFollowsTheConditions() {
            Requirement unless = Requirement.when(Set.of(not));
            assertThat(unless.implies(Requirement.ALWAYS)).isTrue();
            assertThat(Requirement.ALWAYS.implies(unless)).isFalse();
            assertThat(Requirement.NEVER.implies(unless)).isTrue();
            assertThat(unless.implies(Requirement.when(Set.of(holds)))).isFalse();
            assertThat(Requirement.when(Set.of(not, new Literal(d, true))).implies(unless)).isTrue();
        }

        @Test
        void describesItselfInWords() {
            assertThat(Requirement.ALWAYS.describe()).isEqualTo("always");
            assertThat(Requirement.NEVER.describe()).isEqualTo("never");
            assertThat(Requirement.when(Set.of(not)).describe()).isEqualTo("unless code is m.no_olm");
            assertThat(Requirement.when(Set.of(holds)).describe()).isEqualTo("when code is m.no_olm");
            assertThat(Requirement.when(Set.of(not)).describeAbsence()).isEqualTo("when code is m.no_olm");
            assertThat(Requirement.when(Set.of(holds, new Literal(d, false))).describe())
                    .isEqualTo("when code is m.no_olm and not (reason is present)");
        }
    }

    @Test
    void movingRequiredFromTheTopIntoElseIsARelaxationNotABreakForSenders() {
        CompatibilityReport report = RevisionPair.compare(dir, object("\"required\": [\"room_id\"]"),
                object(NO_OLM_IF + ", \"else\": {\"required\": [\"room_id\"]}"));
        assertThat(report.changes()).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(Rule.REQUIRED_CONDITIONAL_RELAXED);
            assertThat(c.senders()).isEqualTo(Impact.COMPATIBLE);
            assertThat(c.receivers()).isEqualTo(Impact.BREAKING);
            assertThat(c.message()).contains("required unless code is m.no_olm");
        });
    }

    @Test
    void requiredInBothThenAndElseIsTheSameAsRequiredAtTheTop() {
        CompatibilityReport report = RevisionPair.compare(dir, object("\"required\": [\"room_id\"]"),
                object(NO_OLM_IF + ", \"then\": {\"required\": [\"room_id\"]}, \"else\": {\"required\": [\"room_id\"]}"));
        assertThat(report.changes()).isEmpty();
    }

    @Test
    void movingRequiredIntoAllOfOrADefinitionInAnotherFileIsNoChange() {
        CompatibilityReport report = new RevisionPair(dir)
                .before("s.schema.json", object("\"required\": [\"room_id\", \"code\"]"))
                .after("s.schema.json", object("\"allOf\": [{\"required\": [\"room_id\"]}, {\"$ref\": \"common.schema.json#/$defs/needsCode\"}]"))
                .after("common.schema.json", "{\"$defs\": {\"needsCode\": {\"required\": [\"code\"]}}}")
                .compare();
        assertThat(report.changes()).extracting(c -> c.rule().id()).containsExactly("document.added");
    }

    @Test
    void aNewConditionalRequirementBreaksSendersWhenItHolds() {
        CompatibilityReport report = RevisionPair.compare(dir, object("\"required\": []"),
                object(NO_OLM_IF + ", \"then\": {\"required\": [\"room_id\"]}"));
        assertThat(report.changes()).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(Rule.REQUIRED_CONDITIONAL_ADDED);
            assertThat(c.direction()).isEqualTo("breaks senders");
            assertThat(c.message()).contains("room_id is now required when code is m.no_olm");
            assertThat(c.location().pointer()).isEqualTo("/then/required");
        });
    }

    @Test
    void aConditionalRequirementMadeUnconditionalIsATightening() {
        CompatibilityReport report = RevisionPair.compare(dir,
                object(NO_OLM_IF + ", \"else\": {\"required\": [\"room_id\"]}"), object("\"required\": [\"room_id\"]"));
        assertThat(report.changes()).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(Rule.REQUIRED_CONDITIONAL_TIGHTENED);
            assertThat(c.senders()).isEqualTo(Impact.BREAKING);
            assertThat(c.receivers()).isEqualTo(Impact.COMPATIBLE);
        });
    }

    @Test
    void aRequirementThatNoLongerHoldsAnywhereIsRemovedAndPointsAtThePreviousRevision() {
        CompatibilityReport report = RevisionPair.compare(dir,
                object(NO_OLM_IF + ", \"else\": {\"required\": [\"room_id\"]}"), object("\"required\": []"));
        assertThat(report.changes()).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(Rule.REQUIRED_REMOVED);
            assertThat(c.location().side()).isEqualTo(Location.Side.PREVIOUS);
            assertThat(c.location().pointer()).isEqualTo("/else/required");
            assertThat(c.location().display()).startsWith("previous s.schema.json:");
            assertThat(c.message()).contains("room_id was required unless code is m.no_olm; now it is optional");
        });
    }

    @Test
    void aDifferentConditionIsAChangeBothWays() {
        CompatibilityReport report = RevisionPair.compare(dir,
                object(NO_OLM_IF + ", \"else\": {\"required\": [\"room_id\"]}"),
                object("\"if\": {\"required\": [\"code\"], \"properties\": {\"code\": {\"const\": \"m.unavailable\"}}},"
                        + " \"else\": {\"required\": [\"room_id\"]}"));
        assertThat(report.changes()).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(Rule.REQUIRED_CONDITION_CHANGED);
            assertThat(c.direction()).isEqualTo("breaks senders and receivers");
            assertThat(c.message()).contains("was required unless code is m.no_olm")
                    .contains("now it is required unless code is m.unavailable");
        });
    }

    @Test
    void anIfWithoutRequiredAlsoHoldsWhenThePropertyIsAbsent() {
        CompatibilityReport report = RevisionPair.compare(dir, object("\"required\": [\"room_id\"]"),
                object("\"if\": {\"properties\": {\"code\": {\"const\": \"m.no_olm\"}}}, \"else\": {\"required\": [\"room_id\"]}"));
        assertThat(report.changes()).singleElement()
                .satisfies(c -> assertThat(c.message()).contains("required unless code is m.no_olm or absent"));
    }

    @Test
    void nestedConditionsCombine() {
        CompatibilityReport report = RevisionPair.compare(dir, object("\"required\": [\"room_id\"]"),
                object(NO_OLM_IF + ", \"else\": {\"if\": {\"required\": [\"reason\"]}, \"then\": {\"required\": [\"room_id\"]}}"));
        assertThat(report.changes()).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(Rule.REQUIRED_CONDITIONAL_RELAXED);
            assertThat(c.message()).contains("required when reason is present and not (code is m.no_olm)");
        });
    }

    @Test
    void dependentRequiredIsARequirementWhenTheOtherPropertyIsPresent() {
        CompatibilityReport report = RevisionPair.compare(dir, object("\"required\": []"),
                object("\"dependentRequired\": {\"code\": [\"room_id\"]}"));
        assertThat(report.changes()).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(Rule.REQUIRED_CONDITIONAL_ADDED);
            assertThat(c.message()).contains("required when code is present");
        });
    }

    @Test
    void aNameRequiredInEveryAlternativeIsRequiredAndInSomeIsConditional() {
        CompatibilityReport every = RevisionPair.compare(dir.resolve("every"), object("\"required\": [\"room_id\"]"),
                object("\"anyOf\": [{\"required\": [\"room_id\", \"code\"]}, {\"required\": [\"room_id\"]}]"));
        assertThat(every.changes()).extracting(c -> c.rule().id(), Change::path)
                .containsExactly(tuple("required.conditional-added", "code"));

        CompatibilityReport some = RevisionPair.compare(dir.resolve("some"), object("\"required\": [\"room_id\"]"),
                object("\"oneOf\": [{\"required\": [\"room_id\"]}, {\"required\": [\"code\"]}]"));
        assertThat(some.changes()).extracting(c -> c.rule().id(), Change::path).containsExactlyInAnyOrder(
                tuple("required.conditional-relaxed", "room_id"), tuple("required.conditional-added", "code"));
    }

    @Test
    void requirementsAreFoundThroughCrossFileReferencesWithDollarId() {
        String base = """
                {"$id": "https://example.org/base.schema.json", "type": "object",
                 "properties": {"a": {"type": "string"}, "b": {"type": "string"}}, "required": [%s]}
                """;
        String profile = """
                {"$id": "https://example.org/profiles/p.schema.json", "$ref": "../base.schema.json"}
                """;
        CompatibilityReport report = new RevisionPair(dir)
                .before("base.schema.json", base.formatted("\"a\""))
                .after("base.schema.json", base.formatted("\"a\", \"b\""))
                .both("profiles/p.schema.json", profile)
                .compare();
        assertThat(report.changes()).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(Rule.REQUIRED_ADDED);
            assertThat(c.document()).isEqualTo("base.schema.json");
            assertThat(c.alsoIn()).containsExactly("profiles/p.schema.json b");
        });
    }
}
