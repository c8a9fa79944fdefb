package dev.withheld.codegen.docs;

import dev.withheld.codegen.check.SpecProject;
import java.nio.file.Path;
import java.util.List;

/**
 * Test support: the {@link SpecProject} notice schemas as revision {@code v1} in the top folder, and two later
 * revisions written as differences over the one before, as this project keeps msc2399, v1.1 and v1.19: {@code v2/}
 * requires {@code code}, {@code v3/} adds the known code {@code m.later}.
 */
public final class RevisionProject {

    /** The three events, each naming the revision of its folder. */
    public static final List<DocumentedEvent> EVENTS = List.of(
            new DocumentedEvent("notice-event.schema.json", "org.example.notice", "v1"),
            new DocumentedEvent("v2/notice-event.schema.json", "org.example.notice v2", "v2"),
            new DocumentedEvent("v3/notice-event.schema.json", "org.example.notice v3", "v3"));

    private RevisionProject() {
    }

    /** Writes the project below {@code root}. */
    public static SpecProject create(Path root) {
        SpecProject project = SpecProject.create(root);
        project.write("schemas/v2/notice.schema.json", """
                {
                  "$schema": "https://json-schema.org/draft/2020-12/schema",
                  "$id": "https://example.org/schema/v2/notice.schema.json",
                  "title": "Notice content (v2)",
                  "$ref": "../notice.schema.json",
                  "required": ["code"]
                }
                """);
        project.write("schemas/v2/notice-event.schema.json", event("v2", "../notice-event.schema.json"));
        project.write("schemas/v2/profiles/notice-event-sending.schema.json", sending("v2", "../../profiles/"));
        project.write("schemas/v3/notice.schema.json", """
                {
                  "$schema": "https://json-schema.org/draft/2020-12/schema",
                  "$id": "https://example.org/schema/v3/notice.schema.json",
                  "title": "Notice content (v3)",
                  "$ref": "../v2/notice.schema.json",
                  "properties": {
                    "code": {
                      "anyOf": [
                        {
                          "oneOf": [
                            { "$ref": "../notice.schema.json#/$defs/knownCode" },
                            { "const": "m.later", "description": "Added in v3. A code added later." }
                          ]
                        },
                        { "type": "string" }
                      ]
                    }
                  }
                }
                """);
        project.write("schemas/v3/notice-event.schema.json", event("v3", "../v2/notice-event.schema.json"));
        project.write("schemas/v3/profiles/notice-event-sending.schema.json", sending("v3", "../../v2/profiles/"));
        return project;
    }

    /** The event of a later revision: the earlier one, with this revision's content. */
    private static String event(String revision, String earlier) {
        return later(revision, "notice-event.schema.json", "Notice event", "\"$ref\": \"" + earlier + "\", \"properties\": "
                + "{\"content\": {\"$ref\": \"notice.schema.json\"}}");
    }

    /** The sending profile of a later revision: this revision's event, and every rule of the earlier profile. */
    private static String sending(String revision, String earlierProfiles) {
        return later(revision, "profiles/notice-event-sending.schema.json", "Notice event, sending profile",
                "\"$ref\": \"../notice-event.schema.json\", \"allOf\": [{\"$ref\": \"" + earlierProfiles
                        + "notice-event-sending.schema.json\"}]");
    }

    private static String later(String revision, String file, String title, String members) {
        return "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n \"$id\": \"https://example.org/schema/"
                + revision + "/" + file + "\",\n \"title\": \"" + title + " (" + revision + ")\",\n " + members + "}\n";
    }
}
