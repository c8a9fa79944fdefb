package dev.withheld.codegen.generate;

import static dev.withheld.codegen.testing.GeneratedModel.call;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.withheld.codegen.normalize.Draft;
import dev.withheld.codegen.testing.GeneratedModel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Older drafts generate the same working model as 2020-12, through the one normalisation step. */
class DraftGenerationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static List<String> violations(GeneratedModel model, String type, String json) throws Exception {
        Object parsed = JSON.readValue(json, model.type(type));
        return ((List<?>) call(parsed, "violations")).stream().map(Object::toString).toList();
    }

    @Test
    void aDraft07SchemaWithDefinitionsDependenciesAndRefsToDefinitions() throws Exception {
        GeneratedModel model = new GeneratedModel(dir).schema("order.schema.json", """
                {
                  "$schema": "http://json-schema.org/draft-07/schema#",
                  "title": "Order",
                  "type": "object",
                  "properties": {
                    "id": {"type": "string"},
                    "card": {"type": "string"},
                    "billing": {"$ref": "#/definitions/address"},
                    "shipping": {"$ref": "#/definitions/address", "type": "integer", "description": "where it goes"}
                  },
                  "required": ["id"],
                  "dependencies": {"card": ["billing"]},
                  "definitions": {
                    "address": {"type": "object", "properties": {"street": {"type": "string"}}, "required": ["street"]}
                  }
                }
                """).generate("org.example.d7").compile();

        assertThat(violations(model, "org.example.d7.Order", "{\"id\":\"1\",\"card\":\"visa\"}"))
                .singleElement().asString().contains("billing");
        assertThat(violations(model, "org.example.d7.Order",
                "{\"id\":\"1\",\"card\":\"visa\",\"billing\":{\"street\":\"Main\"},\"shipping\":{\"street\":\"Side\"}}")).isEmpty();
        Object billing = call(JSON.readValue("{\"id\":\"1\",\"billing\":{\"street\":\"Main\"}}", model.type("org.example.d7.Order")),
                "getBilling");
        assertThat(billing.getClass().getName()).isEqualTo("org.example.d7.Address");
        assertThat(model.type("org.example.d7.Order").getMethod("getShipping").getReturnType().getName())
                .as("the type beside $ref is ignored, as draft-07 says").isEqualTo("org.example.d7.Address");
    }

    @Test
    void aDraft04SchemaWithBooleanExclusiveBoundsAndId() throws Exception {
        GeneratedModel model = new GeneratedModel(dir).schema("reading.schema.json", """
                {
                  "$schema": "http://json-schema.org/draft-04/schema#",
                  "id": "http://example.test/reading.schema.json",
                  "title": "Reading",
                  "type": "object",
                  "properties": {
                    "id": {"type": "string"},
                    "celsius": {"type": "number", "minimum": -273.15, "exclusiveMinimum": true},
                    "count": {"type": "integer", "maximum": 10, "exclusiveMaximum": true}
                  },
                  "required": ["id"]
                }
                """).generate("org.example.d4").compile();

        assertThat(violations(model, "org.example.d4.Reading", "{\"id\":\"r\",\"celsius\":-273.0,\"count\":9}")).isEmpty();
        assertThat(violations(model, "org.example.d4.Reading", "{\"id\":\"r\",\"celsius\":-273.15}"))
                .singleElement().asString().startsWith("/celsius");
        assertThat(violations(model, "org.example.d4.Reading", "{\"id\":\"r\",\"count\":10}"))
                .singleElement().asString().startsWith("/count");
        assertThat(violations(model, "org.example.d4.Reading", "{\"celsius\":0}"))
                .singleElement().asString().contains("id is required");
        assertThat(call(JSON.readValue("{\"id\":\"r-1\"}", model.type("org.example.d4.Reading")), "getId")).isEqualTo("r-1");
    }

    @Test
    void defaultDraftDecidesForSchemasWithoutSchemaKeyword() throws Exception {
        GeneratedModel model = new GeneratedModel(dir).schema("limit.schema.json", """
                {"title": "Limit", "type": "object",
                 "properties": {"value": {"type": "integer", "minimum": 0, "exclusiveMinimum": true}}}
                """);
        model.generate(model.request("org.example.dd", List.of()).withDefaultDraft(Draft.DRAFT_04)).compile();

        assertThat(violations(model, "org.example.dd.Limit", "{\"value\":0}")).singleElement().asString().startsWith("/value");
        assertThat(violations(model, "org.example.dd.Limit", "{\"value\":1}")).isEmpty();
    }

    @Test
    void arrayFormItemsOfDraft07AreReadAsPrefixItems() throws Exception {
        GeneratedModel model = new GeneratedModel(dir).schema("pair.schema.json", """
                {"$schema": "http://json-schema.org/draft-07/schema#", "title": "Pair", "type": "object",
                 "properties": {"point": {"type": "array", "items": [{"type": "number"}, {"type": "number"}], "additionalItems": false}}}
                """).generate("org.example.items").compile();

        assertThat(violations(model, "org.example.items.Pair", "{\"point\":[1,2]}")).isEmpty();
    }
}
