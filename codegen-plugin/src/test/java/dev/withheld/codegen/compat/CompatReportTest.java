package dev.withheld.codegen.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON report, the failure policy, and the stability of rule ids. */
class CompatReportTest {

    @TempDir
    Path dir;

    private static CompatibilityReport seed() {
        return new CompatibilityChecker().compare(
                SchemaRevision.load("previous (before)", CompatSeedFixtureTest.fixture("compat/seed/before"), null, null),
                SchemaRevision.load("current (after)", CompatSeedFixtureTest.fixture("compat/seed/after"), null, null));
    }

    @Test
    void theJsonReportHoldsEveryChangeWithItsDirectionAndLocation() throws Exception {
        Path file = dir.resolve("target/withheld-compat/compat-report.json");
        seed().writeJson(file);
        JsonNode json = new ObjectMapper().readTree(Files.readString(file));
        assertThat(json.path("previous").asText()).isEqualTo("previous (before)");
        assertThat(json.path("summary").path("changes").asInt()).isEqualTo(5);
        assertThat(json.path("summary").path("breakSenders").asInt()).isEqualTo(2);
        assertThat(json.path("summary").path("breakReceivers").asInt()).isEqualTo(2);
        JsonNode roomId = null;
        for (JsonNode change : json.path("changes")) {
            if (change.path("path").asText().equals("room_id")) {
                roomId = change;
            }
        }
        assertThat(roomId).isNotNull();
        assertThat(roomId.path("rule").asText()).isEqualTo("required.conditional-relaxed");
        assertThat(roomId.path("severity").asText()).isEqualTo("breaking");
        assertThat(roomId.path("senders").asText()).isEqualTo("compatible");
        assertThat(roomId.path("receivers").asText()).isEqualTo("breaking");
        assertThat(roomId.path("direction").asText()).isEqualTo("breaks receivers");
        assertThat(roomId.path("location").path("pointer").asText()).isEqualTo("/else/required");
        assertThat(roomId.path("location").path("revision").asText()).isEqualTo("current");
        assertThat(roomId.path("location").path("line").asInt()).isPositive();
        assertThat(roomId.path("alsoIn").get(0).asText()).isEqualTo("room-key-withheld-event.schema.json content.room_id");
    }

    @Test
    void breakingChangesComeFirstInTheLog() {
        assertThat(seed().lines()).hasSize(6).last().asString().startsWith("WARNING enum.known-value-added");
    }

    @Test
    void failOnSelectsWhichBreaksFailTheBuild() {
        CompatibilityReport report = seed();
        assertThat(FailOn.NONE.failing(report, false)).isEmpty();
        assertThat(FailOn.SENDERS.failing(report, false)).extracting(Change::path)
                .containsExactlyInAnyOrder("algorithm", "sender_key");
        assertThat(FailOn.RECEIVERS.failing(report, false)).extracting(Change::path)
                .containsExactlyInAnyOrder("room_id", "session_id");
        assertThat(FailOn.ANY.failing(report, false)).hasSize(4);
        assertThat(FailOn.RECEIVERS.failing(report, true)).extracting(Change::path)
                .containsExactlyInAnyOrder("room_id", "session_id", "code");
    }

    @Test
    void failOnIsReadWithoutCaseAndAWrongValueIsExplained() {
        assertThat(FailOn.parse(" Receivers ")).isEqualTo(FailOn.RECEIVERS);
        CompatibilityProblem problem = catchThrowableOfType(CompatibilityProblem.class, () -> FailOn.parse("consumers"));
        assertThat(problem.getMessage()).isEqualTo("failOn must be one of none, senders, receivers, any; it is \"consumers\".");
    }

    @Test
    void noChangesSaysSo() {
        CompatibilityReport report = new CompatibilityReport("previous", "current", java.util.List.of());
        assertThat(report.lines()).containsExactly(
                "No changes that matter to senders or receivers between previous and current.");
    }

    @Test
    void ruleIdsAreStableAndUnique() {
        assertThat(Arrays.stream(Rule.values()).map(Rule::id)).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z]+\\.[a-z-]+"));
        assertThat(Rule.byId("required.conditional-relaxed")).isEqualTo(Rule.REQUIRED_CONDITIONAL_RELAXED);
        assertThat(Rule.REQUIRED_CONDITIONAL_RELAXED.severity()).isEqualTo(Severity.BREAKING);
        assertThat(Rule.ENUM_KNOWN_VALUE_ADDED.severity()).isEqualTo(Severity.WARNING);
        assertThat(Rule.PROPERTY_ADDED.severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void directionsReadAsWords() {
        assertThat(Change.direction(Impact.BREAKING, Impact.COMPATIBLE)).isEqualTo("breaks senders");
        assertThat(Change.direction(Impact.COMPATIBLE, Impact.MAY_BREAK)).isEqualTo("may break receivers");
        assertThat(Change.direction(Impact.BREAKING, Impact.MAY_BREAK)).isEqualTo("breaks senders, may break receivers");
        assertThat(Change.direction(Impact.COMPATIBLE, Impact.COMPATIBLE)).isEqualTo("compatible");
    }
}
