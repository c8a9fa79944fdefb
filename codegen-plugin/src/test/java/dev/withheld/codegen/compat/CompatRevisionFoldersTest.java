package dev.withheld.codegen.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.withheld.codegen.compat.RevisionHistory.Revision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Revisions kept in folders of one schema root, as this project keeps msc2399 (the top folder), v1.1 and v1.19: each
 * read from its folder with references across folders, paired with the one before by the files' names below their
 * folders, and what the compatibility check says about each step, for senders and for receivers.
 */
class CompatRevisionFoldersTest {

    /** The live schemas of this project (surefire runs in the module directory). */
    private static final Path LIVE = Path.of("..", "schema", "schemas");
    private static final List<Revision> REVISIONS = List.of(new Revision("msc2399", ""), new Revision("v1.1", "v1.1"),
            new Revision("v1.19", "v1.19/"));

    private static List<RevisionHistory.Step> steps;

    @TempDir
    Path dir;

    @BeforeAll
    static void compareTheLiveRevisions() {
        steps = new RevisionHistory(REVISIONS).compare(LIVE);
    }

    @Test
    void eachRevisionHoldsItsOwnFolderAndNotTheLaterOnesNamedByTheirPathBelowIt() {
        List<String> folders = REVISIONS.stream().map(Revision::folder).toList();
        SchemaRevision msc2399 = SchemaRevision.loadFolder("msc2399", LIVE, "", folders);
        SchemaRevision v11 = SchemaRevision.loadFolder("v1.1", LIVE, "v1.1", folders);

        assertThat(msc2399.documents()).extracting(SchemaRevision.Document::relativePath)
                .contains("room-key-withheld-content.schema.json", "profiles/content-sending.schema.json")
                .noneMatch(path -> path.startsWith("v1."));
        assertThat(v11.documents()).extracting(SchemaRevision.Document::relativePath)
                .containsExactlyElementsOf(msc2399.documents().stream().map(SchemaRevision.Document::relativePath).toList());
        assertThat(v11.documents()).allSatisfy(d -> assertThat(d.id().toString()).startsWith("https://withheld.dev/schema/v1.1/"));
    }

    @Test
    void codeBecomingRequiredInTheSendingProfileBreaksSendersAndNotReceivers() {
        CompatibilityReport msc2399ToV11 = steps.get(0).report();

        assertThat(msc2399ToV11.changes()).filteredOn(c -> c.path().equals("code") && c.rule().id().startsWith("required."))
                .singleElement().satisfies(c -> {
                    assertThat(c.rule()).isEqualTo(Rule.REQUIRED_ADDED);
                    assertThat(c.document()).isEqualTo("profiles/content-sending.schema.json");
                    assertThat(c.senders()).isEqualTo(Impact.BREAKING);
                    assertThat(c.receivers()).isEqualTo(Impact.COMPATIBLE);
                    assertThat(c.location().document()).isEqualTo("v1.1/profiles/content-sending.schema.json");
                    assertThat(c.location().pointer()).isEqualTo("/required");
                    assertThat(c.alsoIn()).containsExactly("profiles/event-sending.schema.json content.code");
                });
        // The receiving profile still accepts content without code: nothing in this step breaks receivers.
        assertThat(msc2399ToV11.breakingReceivers()).isEmpty();
        assertThat(msc2399ToV11.breakingSenders()).extracting(Change::document)
                .containsOnly("profiles/content-sending.schema.json");
    }

    @Test
    void historyNotSharedBecomesAKnownCodeForReceiversAndIsRefusedInTheSendingProfile() {
        CompatibilityReport v11ToV119 = steps.get(1).report();

        assertThat(v11ToV119.changes(Rule.ENUM_KNOWN_VALUE_ADDED)).singleElement().satisfies(c -> {
            assertThat(c.subject()).isEqualTo("\"m.history_not_shared\"");
            assertThat(c.receivers()).isEqualTo(Impact.MAY_BREAK);
            assertThat(c.senders()).isEqualTo(Impact.COMPATIBLE);
            assertThat(c.document()).isEqualTo("profiles/content-receiving.schema.json");
            assertThat(c.alsoIn()).noneMatch(place -> place.contains("sending"));
            assertThat(c.message()).contains("(\"The sender does not share the history of the room with the recipient.\")");
        });
        // v1.1's sending profile refused it already as an unknown m. code, so refusing it by name breaks nobody.
        assertThat(v11ToV119.changes(Rule.VALUE_EXCLUDED_EXPLICITLY)).singleElement().satisfies(c -> {
            assertThat(c.subject()).isEqualTo("m.history_not_shared");
            assertThat(c.document()).isEqualTo("profiles/content-sending.schema.json");
            assertThat(c.location().document()).isEqualTo("v1.19/profiles/content-sending.schema.json");
            assertThat(c.location().pointer()).isEqualTo("/properties/code/not");
        });
        assertThat(v11ToV119.breakingSenders()).isEmpty();
        assertThat(v11ToV119.breakingReceivers()).isEmpty();
    }

    @Test
    void aReferenceIntoAnEarlierRevisionsFolderResolvesAndNestedRevisionsStayApart() throws IOException {
        write("a.schema.json", "{\"$id\": \"https://example.org/s/a.schema.json\", \"type\": \"object\","
                + " \"properties\": {\"x\": {\"type\": \"string\"}}}");
        write("v2/a.schema.json", "{\"$id\": \"https://example.org/s/v2/a.schema.json\", \"$ref\": \"../a.schema.json\","
                + " \"required\": [\"x\"]}");
        write("v2/v3/a.schema.json", "{\"$id\": \"https://example.org/s/v2/v3/a.schema.json\", \"$ref\": \"../a.schema.json\"}");

        List<RevisionHistory.Step> nested = new RevisionHistory(List.of(new Revision("v1", ""), new Revision("v2", "v2"),
                new Revision("v3", "v2/v3"))).compare(dir);

        assertThat(nested.get(0).report().changes()).extracting(c -> c.rule().id(), Change::document)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("required.added", "a.schema.json"));
        assertThat(nested.get(1).report().changes()).isEmpty();
    }

    @Test
    void aFolderWithoutSchemasIsAProblemThatNamesTheRevision() throws IOException {
        write("a.schema.json", "{\"type\": \"object\"}");
        Files.createDirectories(dir.resolve("v2"));

        CompatibilityProblem problem = catchThrowableOfType(CompatibilityProblem.class,
                () -> new RevisionHistory(List.of(new Revision("v1", ""), new Revision("v2", "v2"))).compare(dir));

        assertThat(problem.getMessage()).contains("holds no JSON Schema document of revision v2").contains("v2");
    }

    @Test
    void aHistoryNeedsTwoRevisionsEachWithItsOwnNameAndFolder() {
        assertThat(catchThrowableOfType(CompatibilityProblem.class, () -> new RevisionHistory(List.of(new Revision("v1", ""))))
                .getMessage()).contains("needs at least two revisions; only v1 is named.");
        assertThat(catchThrowableOfType(CompatibilityProblem.class,
                () -> new RevisionHistory(List.of(new Revision("v1", ""), new Revision("v1", "v2")))).getMessage())
                .isEqualTo("The revision v1 is named for two folders, the top folder and v2/; each revision is one folder.");
        assertThat(catchThrowableOfType(CompatibilityProblem.class,
                () -> new RevisionHistory(List.of(new Revision("v1", "v1"), new Revision("v2", "v1/")))).getMessage())
                .isEqualTo("The revisions v1 and v2 are both in v1/; each revision needs a folder of its own.");
    }

    private void write(String file, String content) throws IOException {
        Path path = dir.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
    }
}
