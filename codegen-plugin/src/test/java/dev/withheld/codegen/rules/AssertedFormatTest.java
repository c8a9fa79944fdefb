package dev.withheld.codegen.rules;

import static dev.withheld.codegen.testing.GeneratedModel.call;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.withheld.codegen.testing.GeneratedModel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code format} is checked by the generated code exactly where the schema's dialect asserts it and
 * defines it: a user's own dialect in a meta-schema among their files (found by {@code $id}, or by the
 * path its URI names beside the schema's {@code $id}), and never under a standard draft.
 */
class AssertedFormatTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String DIALECT = """
            $schema: https://json-schema.org/draft/2020-12/schema
            $id: https://example.org/schemas/dialect/ids.yaml
            $vocabulary:
              https://json-schema.org/draft/2020-12/vocab/core: true
              https://json-schema.org/draft/2020-12/vocab/applicator: true
              https://json-schema.org/draft/2020-12/vocab/validation: true
              https://json-schema.org/draft/2020-12/vocab/meta-data: true
              https://json-schema.org/draft/2020-12/vocab/format-assertion: true
            $dynamicAnchor: meta
            allOf:
              - $ref: https://json-schema.org/draft/2020-12/meta/core
              - $ref: https://json-schema.org/draft/2020-12/meta/applicator
              - $ref: https://json-schema.org/draft/2020-12/meta/validation
              - $ref: https://json-schema.org/draft/2020-12/meta/meta-data
              - $ref: https://json-schema.org/draft/2020-12/meta/format-assertion
            $defs:
              ticket-id:
                title: ticket ID
                description: TCK- and four digits.
                type: string
                pattern: ^TCK-[0-9]{4}$
                maxLength: 8
              opaque:
                title: opaque token
                type: string
                minimum: 3
            """;

    private static final String ASSERTING = """
            $schema: https://example.org/schemas/dialect/ids.yaml
            $id: https://example.org/schemas/ticket.yaml
            title: Ticket
            type: object
            properties:
              id: {type: string, format: ticket-id}
              tags: {type: array, items: {type: string, format: ticket-id}}
              when: {type: string, format: date-time}
              token: {type: string, format: opaque}
              extra: {format: ticket-id}
            """;

    private static final String ANNOTATING = """
            $schema: https://json-schema.org/draft/2020-12/schema
            $id: https://example.org/schemas/note.yaml
            title: Note
            type: object
            properties:
              ticket: {type: string, format: ticket-id}
            """;

    private static GeneratedModel model;

    @BeforeAll
    static void generate(@TempDir Path dir) {
        model = new GeneratedModel(dir).schema("dialect/ids.yaml", DIALECT).schema("ticket.yaml", ASSERTING)
                .schema("note.yaml", ANNOTATING).generate("org.example.tickets").compile();
    }

    private static List<?> violations(String type, String json) throws Exception {
        return (List<?>) call(JSON.readValue(json, model.type(type)), "violations");
    }

    private static List<String> described(List<?> violations) {
        return violations.stream().map(v -> call(v, "pointer") + " " + call(v, "keyword") + ": " + call(v, "message")).toList();
    }

    @Test
    void aFormatTheDialectAssertsIsCheckedByItsDefinition() throws Exception {
        assertThat(violations("org.example.tickets.Ticket", "{\"id\": \"TCK-0042\", \"tags\": [\"TCK-0001\"], \"extra\": \"TCK-1234\"}")).isEmpty();
        assertThat(described(violations("org.example.tickets.Ticket", "{\"id\": \"TCK-42\", \"tags\": [\"TCK-0001\", \"x\"], \"extra\": \"y\"}")))
                .containsExactly(
                        "/id format: id is not a valid ticket ID (format ticket-id): TCK- and four digits.",
                        "/tags/1 format: tags/1 is not a valid ticket ID (format ticket-id): TCK- and four digits.",
                        "/extra format: extra is not a valid ticket ID (format ticket-id): TCK- and four digits.");
    }

    @Test
    void aFormatOnlyConstrainsStrings() throws Exception {
        assertThat(violations("org.example.tickets.Ticket", "{\"extra\": 42}")).isEmpty();
    }

    @Test
    void formatsTheDialectDoesNotDefineAndUnderStandardDraftsAreAnnotations() throws Exception {
        assertThat(violations("org.example.tickets.Ticket", "{\"when\": \"not a date\"}")).isEmpty();
        assertThat(violations("org.example.tickets.Note", "{\"ticket\": \"not a ticket\"}")).isEmpty();
    }

    @Test
    void aDefinitionTheGeneratedCodeCannotCheckIsNamedInTheBuild() {
        assertThat(model.warnings()).anySatisfy(warning -> assertThat(warning).contains("the format opaque is not checked"));
        assertThat(model.warnings()).noneSatisfy(warning -> assertThat(warning).contains("ticket-id"));
    }
}
