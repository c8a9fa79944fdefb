package dev.withheld.codegen.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.withheld.codegen.check.SpecProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The docs of an event, rendered from the schema keywords, and the check that keeps the checked-in copy in step. */
class DocsGeneratorTest {
    private static final String REFRESH = "mvn verify -Dwithheld.docs.update";

    @TempDir
    Path directory;

    private DocsOptions options(SpecProject project, Path checkedIn, boolean update) {
        return new DocsOptions(project.schemas(), project.suites(), List.of(new DocumentedEvent("notice-event.schema.json", "org.example.notice")),
                project.file("target/withheld-docs"), checkedIn, update, REFRESH);
    }

    private String render(SpecProject project) throws IOException {
        DocsResult result = new DocsGenerator().run(options(project, null, false));
        assertThat(result.documents()).singleElement().satisfies(d -> assertThat(d.status()).isEqualTo(DocsResult.Status.GENERATED));
        return Files.readString(result.documents().get(0).generated());
    }

    @Test
    void theEventTableFollowsTheMatrixLayoutAndLinksTheContentTable() throws IOException {
        String markdown = render(SpecProject.create(directory));

        assertThat(markdown).contains("# `org.example.notice`\n\nThe whole event.\n");
        assertThat(markdown).contains("""
                ## Notice event

                | Name | Type | Description |
                | --- | --- | --- |
                | `type` | string | **Required.** The event type. |
                | `content` | [Notice content](#notice-content) | **Required.** The content. |
                """);
    }

    @Test
    void aConditionalRequirementIsWrittenInWordsFromTheIfThenElse() throws IOException {
        String markdown = render(SpecProject.create(directory));

        // The description's own "Required if code is not m.no_olm." agrees with the rule, so the row says it once.
        assertThat(markdown).contains("| `room_id` | string | **Required if `code` is not `m.no_olm`.** The room. Example: `!abc:example.org`. |");
    }

    @Test
    void theWordsFollowTheSchemaNotTheProse() throws IOException {
        SpecProject project = SpecProject.create(directory);
        project.edit("schemas/notice.schema.json", "\"const\": \"m.no_olm\" } }", "\"const\": \"m.unverified\" } }");

        String markdown = render(project);

        assertThat(markdown).contains("| `room_id` | string | **Required if `code` is not `m.unverified`.** Required if code is not m.no_olm. The room.");
    }

    @Test
    void enumeratedValuesAreListedWithTheirMeanings() throws IOException {
        String markdown = render(SpecProject.create(directory));

        assertThat(markdown).contains("| `code` | string | A machine-readable code. One of the values listed below, or any other string. |");
        assertThat(markdown).contains("""
                **Values of `code`:**

                | Value | Description |
                | --- | --- |
                | `m.no_olm` | no olm session |
                | `m.unverified` | the device is unverified |

                Also allowed: any other string.
                """);
    }

    @Test
    void profilesShowWhatTheyChangeAndExamplesComeFromTheSuites() throws IOException {
        String markdown = render(SpecProject.create(directory));

        assertThat(markdown).contains("""
                ### Notice event, sending profile

                What a sender may send.

                Builds on [Notice event](#notice-event) (`profiles/notice-event-sending.schema.json`). What it changes:

                | Name | Type | Description |
                | --- | --- | --- |
                | `type` | string | **Required.** The stable type. Must be `org.example.notice`. |
                """);
        assertThat(markdown).contains("""
                **a complete event** (`notice-event-sending.suite.json`):

                ```json
                {
                  "type": "org.example.notice",
                  "content": {
                    "code": "m.unverified",
                    "room_id": "!r:example.org"
                  }
                }
                ```
                """);
        assertThat(markdown).doesNotContain("another type"); // invalid cases are not examples
    }

    @Test
    void aMissingCheckedInCopyFailsAndUpdateWritesIt() {
        SpecProject project = SpecProject.create(directory);
        Path docs = project.file("docs");

        DocsResult missing = new DocsGenerator().run(options(project, docs, false));
        assertThat(missing.outOfDate()).isTrue();
        assertThat(missing.documents().get(0).status()).isEqualTo(DocsResult.Status.MISSING);
        assertThat(DocsGenerator.outOfDateMessage(missing, directory, REFRESH))
                .contains("docs/org.example.notice.md does not exist yet.", "Refresh the checked-in docs with: " + REFRESH);

        DocsResult updated = new DocsGenerator().run(options(project, docs, true));
        assertThat(updated.documents().get(0).status()).isEqualTo(DocsResult.Status.UPDATED);
        assertThat(docs.resolve("org.example.notice.md")).hasSameTextualContentAs(project.file("target/withheld-docs/org.example.notice.md"));

        assertThat(new DocsGenerator().run(options(project, docs, false)).documents().get(0).status()).isEqualTo(DocsResult.Status.UP_TO_DATE);
    }

    @Test
    void aStaleCopyFailsWithTheFirstDifferenceAndTheRefreshCommandAndIsLeftAlone() throws IOException {
        SpecProject project = SpecProject.create(directory);
        Path docs = project.file("docs");
        new DocsGenerator().run(options(project, docs, true));
        Path checkedIn = docs.resolve("org.example.notice.md");
        String before = Files.readString(checkedIn);
        project.edit("schemas/notice.schema.json", "\"description\": \"Words for people.\"", "\"description\": \"Words for humans.\"");

        DocsResult stale = new DocsGenerator().run(options(project, docs, false));

        assertThat(stale.documents().get(0).status()).isEqualTo(DocsResult.Status.STALE);
        int line = before.lines().toList().indexOf(before.lines().filter(l -> l.startsWith("| `reason`")).findFirst().orElseThrow()) + 1;
        assertThat(DocsGenerator.outOfDateMessage(stale, directory, REFRESH)).contains(
                "docs/org.example.notice.md is out of date with the schemas and suites; first difference at line " + line + ":",
                "checked in: | `reason` | string | Words for people. |",
                "generated:  | `reason` | string | Words for humans. |",
                "The generated version is target/withheld-docs/org.example.notice.md.",
                "Refresh the checked-in docs with: " + REFRESH);
        assertThat(checkedIn).hasContent(before);
    }

    @Test
    void aLongDifferingLineIsShownAroundTheDifference() {
        String prefix = "| `reason` | string | " + "x".repeat(100);
        String difference = DocsGenerator.firstDifference("a\n" + prefix + " for why the key" + "y".repeat(100) + "\n",
                "a\n" + prefix + " why the key" + "y".repeat(100) + "\n");

        assertThat(difference).startsWith("first difference at line 2:")
                .contains("checked in: ..." + "x".repeat(49) + " for why the key")
                .contains("generated:  ..." + "x".repeat(49) + " why the key");
    }

    @Test
    void aCheckedInCopyWithWindowsLineEndingsIsUpToDate() throws IOException {
        SpecProject project = SpecProject.create(directory);
        Path docs = project.file("docs");
        new DocsGenerator().run(options(project, docs, true));
        Path checkedIn = docs.resolve("org.example.notice.md");
        Files.writeString(checkedIn, Files.readString(checkedIn).replace("\n", "\r\n"), StandardCharsets.UTF_8);

        assertThat(new DocsGenerator().run(options(project, docs, false)).outOfDate()).isFalse();
    }

    @Test
    void anEventSchemaThatIsNotThereIsAProblemThatNamesTheSchemas() {
        SpecProject project = SpecProject.create(directory);
        DocsOptions options = new DocsOptions(project.schemas(), project.suites(), List.of(new DocumentedEvent("notice.json", null)),
                project.file("target/docs"), null, false, REFRESH);

        assertThatThrownBy(() -> new DocsGenerator().run(options)).isInstanceOf(DocsProblem.class)
                .hasMessageContaining("there is no schema notice.json")
                .hasMessageContaining("notice-event.schema.json, notice.schema.json, profiles/notice-event-sending.schema.json");
    }

    @Test
    void theNameDefaultsToTheSchemaFileName() {
        assertThat(new DocumentedEvent("profiles/notice-event.schema.json", null).fileName()).isEqualTo("notice-event.md");
        assertThat(new DocumentedEvent("notice.yaml", " ").getName()).isEqualTo("notice");
    }
}
