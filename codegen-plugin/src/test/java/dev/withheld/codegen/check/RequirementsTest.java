package dev.withheld.codegen.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When each property is required, derived from required, if/then/else, dependentRequired, allOf and $ref. */
class RequirementsTest {

    @TempDir
    Path directory;

    @Test
    void theContentRuleReadsAsTheSpecWritesIt() {
        SpecProject project = SpecProject.create(directory);
        SchemaWorkspace workspace = SchemaWorkspace.load(project.schemas());
        SchemaFile content = workspace.files().stream().filter(f -> f.relativePath().equals("notice.schema.json")).findFirst().orElseThrow();

        Map<String, Requirements.Requirement> requirements = Requirements.of(workspace, content, content.document(), "");

        assertThat(requirements).containsOnlyKeys("room_id");
        assertThat(requirements.get("room_id").sentence()).isEqualTo("Required if `code` is not `m.no_olm`.");
    }

    @Test
    void requirementsComeThroughRefAllOfAndDependentRequired() {
        SpecProject project = SpecProject.create(directory);
        project.write("schemas/more.schema.json", """
                {"$id": "https://example.org/schema/more.schema.json", "$ref": "notice-event.schema.json",
                 "allOf": [{"if": {"required": ["mode"]}, "then": {"required": ["level"]}}],
                 "dependentRequired": {"reason": ["language"]},
                 "required": ["level"]}
                """);
        SchemaWorkspace workspace = SchemaWorkspace.load(project.schemas());
        SchemaFile more = workspace.files().stream().filter(f -> f.relativePath().equals("more.schema.json")).findFirst().orElseThrow();

        Map<String, Requirements.Requirement> requirements = Requirements.of(workspace, more, more.document(), "");

        assertThat(requirements.get("type").sentence()).isEqualTo("Required.");
        assertThat(requirements.get("content").sentence()).isEqualTo("Required.");
        assertThat(requirements.get("level").sentence()).isEqualTo("Required.");
        assertThat(requirements.get("language").sentence()).isEqualTo("Required if `reason` is present.");
    }
}
