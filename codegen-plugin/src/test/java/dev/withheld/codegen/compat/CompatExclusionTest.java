package dev.withheld.codegen.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A value refused by name ({@code not} with {@code const} or {@code enum}): whom it breaks depends on whether the
 * other revision accepted the value, as v1.19's sending profile refuses m.history_not_shared, which the v1.1 sending
 * profile refused already as an unknown m. code.
 */
class CompatExclusionTest {

    @TempDir
    Path dir;

    private static String code(String schema) {
        return "{\"type\": \"object\", \"properties\": {\"code\": " + schema + "}}";
    }

    /** Known codes or a namespaced custom code (not starting with m.), as the sending profiles allow. */
    private static final String KNOWN_OR_CUSTOM = "{\"type\": \"string\", \"anyOf\": ["
            + "{\"oneOf\": [{\"const\": \"m.unverified\"}, {\"const\": \"m.no_olm\"}]},"
            + " {\"type\": \"string\", \"pattern\": \"^(?!m\\\\.)[a-z]+\\\\.[a-z_.]+$\"}]}";

    private static String refusing(String schema, String value) {
        return "{\"allOf\": [" + schema + "], \"not\": {\"const\": \"" + value + "\"}}";
    }

    @Test
    void refusingAValueThatWasValidBreaksSenders() {
        CompatibilityReport report = RevisionPair.compare(dir, code("{\"type\": \"string\"}"),
                code(refusing("{\"type\": \"string\"}", "m.history_not_shared")));

        assertThat(report.changes()).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(Rule.VALUE_EXCLUDED);
            assertThat(c.direction()).isEqualTo("breaks senders");
            assertThat(c.location().pointer()).isEqualTo("/properties/code/not");
            assertThat(c.message()).startsWith("m.history_not_shared is refused for code now; before it was valid.");
        });
    }

    @Test
    void refusingAValueThatNoPatternOrKnownValueAcceptedChangesNothing() {
        CompatibilityReport report = RevisionPair.compare(dir, code(KNOWN_OR_CUSTOM),
                code(refusing(KNOWN_OR_CUSTOM, "m.history_not_shared")));

        assertThat(report.changes()).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(Rule.VALUE_EXCLUDED_EXPLICITLY);
            assertThat(c.direction()).isEqualTo("compatible");
            assertThat(c.message()).contains("the previous schema refused it already");
        });
    }

    @Test
    void refusingACustomCodeThatThePatternAcceptedBreaksSenders() {
        CompatibilityReport report = RevisionPair.compare(dir, code(KNOWN_OR_CUSTOM),
                code(refusing(KNOWN_OR_CUSTOM, "org.example.quota")));

        assertThat(report.changes()).extracting(Change::rule).containsExactly(Rule.VALUE_EXCLUDED);
    }

    @Test
    void refusingAKnownValueOfAClosedSetBreaksSendersOnce() {
        CompatibilityReport report = RevisionPair.compare(dir, code("{\"enum\": [\"a\", \"b\"]}"),
                code("{\"enum\": [\"a\", \"b\"], \"not\": {\"enum\": [\"b\"]}}"));

        assertThat(report.changes()).extracting(Change::rule).containsExactly(Rule.VALUE_EXCLUDED);
    }

    @Test
    void aValueRefusedByNameIsNotANewKnownValue() {
        String known = "{\"oneOf\": [{\"const\": \"a\"}]}";
        String knownWithB = "{\"oneOf\": [{\"const\": \"a\"}, {\"const\": \"b\"}]}";
        String open = "{\"anyOf\": [%s, {\"type\": \"string\"}]}";
        String stillRefused = "{\"allOf\": [" + open.formatted(knownWithB) + ", " + known + "], \"not\": {\"const\": \"b\"}}";

        CompatibilityReport report = RevisionPair.compare(dir, code("{\"allOf\": [" + open.formatted(known) + ", " + known + "]}"),
                code(stillRefused));

        assertThat(report.changes()).extracting(Change::rule).containsExactly(Rule.VALUE_EXCLUDED_EXPLICITLY);
    }

    @Test
    void droppingARefusalOfAValueNowValidBreaksReceivers() {
        CompatibilityReport report = RevisionPair.compare(dir, code(refusing("{\"type\": \"string\"}", "x")),
                code("{\"type\": \"string\"}"));

        assertThat(report.changes()).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(Rule.VALUE_READMITTED);
            assertThat(c.direction()).isEqualTo("breaks receivers");
            assertThat(c.location().side()).isEqualTo(Location.Side.PREVIOUS);
        });
    }

    @Test
    void droppingARefusalOfAValueTheSchemaStillRefusesChangesNothing() {
        CompatibilityReport report = RevisionPair.compare(dir, code(refusing("{\"type\": \"string\", \"minLength\": 3}", "x")),
                code("{\"type\": \"string\", \"minLength\": 3}"));

        assertThat(report.changes()).extracting(Change::rule).containsExactly(Rule.VALUE_EXCLUSION_DROPPED);
    }

    @Test
    void whenTheSchemaCannotBeDecidedTheRefusalIsLeftForPeople() {
        String formatted = "{\"type\": \"string\", \"format\": \"email\"}";
        CompatibilityReport report = RevisionPair.compare(dir, code(formatted), code(refusing(formatted, "a@example.org")));

        assertThat(report.changes()).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(Rule.KEYWORD_UNANALYSED);
            assertThat(c.message()).contains("a@example.org is refused for code by name now (not)")
                    .contains("not decided here");
        });
    }

    @Test
    void aNotThatIsMoreThanAListOfValuesStaysUnanalysed() {
        CompatibilityReport report = RevisionPair.compare(dir, code("{\"type\": \"string\"}"),
                code("{\"type\": \"string\", \"not\": {\"pattern\": \"^m\\\\.\"}}"));

        assertThat(report.changes()).extracting(Change::rule).containsExactly(Rule.KEYWORD_UNANALYSED);
    }
}
