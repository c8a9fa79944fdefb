package dev.withheld.codegen.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed's two revisions of m.room_key.withheld (test resources compat/seed/before and after):
 * what the report must say about them. Moving room_id from required into else.required is a
 * loosening, which syntactic checkers wrongly call breaking for senders.
 */
class CompatSeedFixtureTest {

    private static final String CONTENT = "room-key-withheld-content.schema.json";
    private static final String EVENT = "room-key-withheld-event.schema.json";
    /** The live schemas of this project (surefire runs in the module directory). */
    private static final Path LIVE = Path.of("..", "schema", "schemas");

    private static CompatibilityReport report;

    @BeforeAll
    static void compareTheSeedRevisions() {
        report = compare(fixture("compat/seed/before"), fixture("compat/seed/after"));
    }

    static Path fixture(String name) {
        try {
            return Path.of(CompatSeedFixtureTest.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CompatibilityReport compare(Path before, Path after) {
        return new CompatibilityChecker().compare(SchemaRevision.load("previous", before, null, null),
                SchemaRevision.load("current", after, null, null));
    }

    @Test
    void reportsExactlyTheFiveChangesOfTheSeed() {
        assertThat(report.changes())
                .extracting(c -> c.rule().id(), Change::path, Change::subject)
                .containsExactlyInAnyOrder(
                        tuple("required.added", "algorithm", "algorithm"),
                        tuple("required.added", "sender_key", "sender_key"),
                        tuple("required.conditional-relaxed", "room_id", "room_id"),
                        tuple("required.conditional-relaxed", "session_id", "session_id"),
                        tuple("enum.known-value-added", "code", "\"m.no_olm\""));
    }

    @Test
    void roomIdAndSessionIdBecameConditionallyRequiredWhichBreaksReceiversNotSenders() {
        for (Change change : report.changes(Rule.REQUIRED_CONDITIONAL_RELAXED)) {
            assertThat(change.senders()).isEqualTo(Impact.COMPATIBLE);
            assertThat(change.receivers()).isEqualTo(Impact.BREAKING);
            assertThat(change.direction()).isEqualTo("breaks receivers");
            assertThat(change.location().pointer()).isEqualTo("/else/required");
            assertThat(change.location().document()).isEqualTo(CONTENT);
            assertThat(change.location().line()).isPositive();
            assertThat(change.message())
                    .contains("was always required; now it is required unless code is m.no_olm")
                    .contains("may be absent when code is m.no_olm")
                    .contains("Compatible for senders")
                    .contains("Breaks receivers that rely on " + change.subject() + " being present");
        }
    }

    @Test
    void algorithmAndSenderKeyBecameRequiredWhichBreaksSendersOfTheOldShape() {
        for (Change change : report.changes(Rule.REQUIRED_ADDED)) {
            assertThat(change.senders()).isEqualTo(Impact.BREAKING);
            assertThat(change.receivers()).isEqualTo(Impact.COMPATIBLE);
            assertThat(change.location().pointer()).isEqualTo("/required");
            assertThat(change.message()).contains("(a new property) is now always required")
                    .contains("Senders of the previous shape, which has no " + change.subject() + ", are rejected");
        }
    }

    @Test
    void noOlmWasAddedAsAKnownCodeWhichBreaksOnlyReceiversWithClosedEnums() {
        Change added = report.changes(Rule.ENUM_KNOWN_VALUE_ADDED).get(0);
        assertThat(added.senders()).isEqualTo(Impact.COMPATIBLE);
        assertThat(added.receivers()).isEqualTo(Impact.MAY_BREAK);
        assertThat(added.severity()).isEqualTo(Severity.WARNING);
        assertThat(added.location().pointer()).isEqualTo("/$defs/knownWithheldCode/oneOf/4");
        assertThat(added.message()).startsWith("m.no_olm is a new known value of code")
                .contains("an olm session could not be established")
                .contains("receivers that treat it as open")
                .contains("receivers with a closed enum");
    }

    @Test
    void aChangeReachedThroughTheEventSchemaIsReportedOnceWhereItIsWritten() {
        Change roomId = report.changes(Rule.REQUIRED_CONDITIONAL_RELAXED).stream()
                .filter(c -> c.subject().equals("room_id")).findFirst().orElseThrow();
        assertThat(roomId.document()).isEqualTo(CONTENT);
        assertThat(roomId.alsoIn()).containsExactly(EVENT + " content.room_id");
    }

    @Test
    void theTextLineCarriesRuleSeverityDirectionPathAndPointer() {
        Change roomId = report.changes(Rule.REQUIRED_CONDITIONAL_RELAXED).stream()
                .filter(c -> c.subject().equals("room_id")).findFirst().orElseThrow();
        assertThat(roomId.line()).startsWith("BREAKING required.conditional-relaxed [breaks receivers] room_id ("
                + CONTENT + ":" + roomId.location().line() + ":" + roomId.location().column() + "#/else/required): ");
        assertThat(report.summary()).contains("5 changes").contains("4 breaking, 1 warning, 0 info")
                .contains("2 break senders, 2 break receivers");
    }

    @Test
    void theLiveSchemasAgainstTheSeedBeforeGiveTheSameChangesPlusTheNewProfiles() {
        // The live msc2399 revision is the top folder; the later revisions (v1.1/, v1.19/) are compared on their own.
        CompatibilityReport live = new CompatibilityChecker().compare(
                SchemaRevision.load("previous", fixture("compat/seed/before"), null, null),
                SchemaRevision.load("current", LIVE, null, java.util.List.of("v1.*/**")));
        assertThat(live.changes(Rule.DOCUMENT_ADDED)).extracting(Change::document).containsExactlyInAnyOrder(
                "profiles/content-receiving.schema.json", "profiles/content-sending.schema.json",
                "profiles/event-receiving.schema.json", "profiles/event-sending.schema.json");
        assertThat(live.changes()).filteredOn(c -> c.rule() != Rule.DOCUMENT_ADDED)
                .extracting(c -> c.rule().id(), Change::path)
                .containsExactlyInAnyOrder(
                        tuple("required.added", "algorithm"),
                        tuple("required.added", "sender_key"),
                        tuple("required.conditional-relaxed", "room_id"),
                        tuple("required.conditional-relaxed", "session_id"),
                        tuple("enum.known-value-added", "code"));
    }

    @Test
    void theLiveSchemasCompareEqualToThemselves() {
        assertThat(Files.isDirectory(LIVE)).isTrue();
        assertThat(compare(LIVE, LIVE).changes()).isEmpty();
    }

    @Test
    void theAfterFixtureAgreesWithTheLiveSchemasOnEverythingThatMatters() {
        // The fixture is a copy of the live content and event schemas; descriptions may drift, rules must not.
        CompatibilityReport drift = new CompatibilityChecker().compare(
                SchemaRevision.load("fixture", fixture("compat/seed/after"), null, null),
                SchemaRevision.load("live", LIVE, null, java.util.List.of("profiles/**", "v1.*/**")));
        assertThat(drift.changes()).isEmpty();
    }

    @Test
    void goingBackFromAfterToBeforeIsTheMirrorImage() {
        CompatibilityReport back = compare(fixture("compat/seed/after"), fixture("compat/seed/before"));
        assertThat(back.changes())
                .extracting(c -> c.rule().id(), Change::path)
                .containsExactlyInAnyOrder(
                        tuple("required.removed", "algorithm"),
                        tuple("property.removed", "algorithm"),
                        tuple("required.removed", "sender_key"),
                        tuple("property.removed", "sender_key"),
                        tuple("required.conditional-tightened", "room_id"),
                        tuple("required.conditional-tightened", "session_id"),
                        tuple("enum.known-value-removed", "code"));
        assertThat(back.changes(Rule.REQUIRED_CONDITIONAL_TIGHTENED).get(0).message())
                .contains("was required unless code is m.no_olm; now it is always required");
    }
}
