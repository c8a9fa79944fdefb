package dev.withheld.codegen.rules;

import static dev.withheld.codegen.testing.GeneratedModel.call;
import static org.assertj.core.api.Assertions.assertThat;

import dev.withheld.codegen.generate.GenerationRequest;
import dev.withheld.codegen.testing.GeneratedModel;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code readJson(JsonParser)} must give the very object that data binding gives, or give up
 * ({@code null}) where data binding refuses: it is a faster road to the same place, never a
 * different place.
 */
class StreamingReaderTest {

    private static final String SCHEMA = """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "title": "Parcel",
              "type": "object",
              "properties": {
                "id": {"type": "string", "pattern": "^P[0-9]+$(?![\\\\s\\\\S])"},
                "fragile": {"type": "boolean"},
                "kind": {"type": "string", "enum": ["box", "letter"]},
                "weight": {"type": "integer"},
                "to": {
                  "type": "object",
                  "properties": {"city": {"type": "string"}, "zip": {"type": "string"}},
                  "required": ["city"]
                }
              },
              "required": ["id"]
            }
            """;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static Class<?> parcel;
    private static Method readJson;

    @BeforeAll
    static void generate(@TempDir Path dir) throws Exception {
        GeneratedModel model = new GeneratedModel(dir).schema("parcel.schema.json", SCHEMA);
        model.generate(new GenerationRequest(model.schemas(), List.of(), List.of(), "org.example.stream", model.sources(),
                false, false, false, false, false, false, true)).compile();
        parcel = model.type("org.example.stream.Parcel");
        readJson = parcel.getMethod("readJson", JsonParser.class);
    }

    @Test
    void readsWhatDataBindingReadsAndGivesUpWhereItRefuses() throws Exception {
        List<String> documents = List.of(
                "{\"id\":\"P1\"}",
                "{\"id\":\"P1\",\"fragile\":true,\"kind\":\"box\",\"to\":{\"city\":\"Oslo\",\"zip\":\"0150\"}}",
                "{\"id\":\"P1\",\"kind\":\"crate\",\"extra\":[1,2.5,{\"a\":null}],\"more\":\"x\"}",
                "{\"id\":\"X\",\"to\":{\"zip\":\"1\",\"note\":{\"deep\":[true]}}}",
                "{}",
                "{\"id\":5}",
                "{\"id\":null}",
                "{\"fragile\":\"yes\"}",
                "{\"kind\":3}",
                "{\"to\":\"Oslo\"}",
                "{\"to\":null}",
                "{\"to\":{\"city\":7}}",
                "[]",
                "\"P1\"",
                "null");
        for (String json : documents) {
            Object bound = bind(json);
            Object streamed = stream(json);
            if (bound == null) {
                assertThat(streamed).as("data binding refuses %s, so must the streaming reader", json).isNull();
            } else if (streamed != null) {
                assertThat(streamed).as(json).isEqualTo(bound);
                assertThat(call(streamed, "violations")).as(json).isEqualTo(call(bound, "violations"));
                assertThat(call(streamed, "isValid")).as(json).isEqualTo(((List<?>) call(bound, "violations")).isEmpty());
            }
        }
        assertThat(stream(documents.get(1))).isNotNull();
        assertThat(stream(documents.get(2))).isNotNull();
        assertThat(call(stream(documents.get(2)), "isValid")).isEqualTo(false);
    }

    @Test
    void membersThatMustAllBeNumbersAreReadExactlyLikeDataBindingReadsThem(@TempDir Path dir) throws Exception {
        GeneratedModel model = new GeneratedModel(dir).schema("tally.schema.json",
                "{\"title\": \"Tally\", \"type\": \"object\", \"additionalProperties\": {\"type\": \"number\"}}");
        model.generate(new GenerationRequest(model.schemas(), List.of(), List.of(), "org.example.tally", model.sources(),
                false, false, false, true, false, false, true)).compile();
        Class<?> tally = model.type("org.example.tally.Tally");
        Method read = tally.getMethod("readJson", JsonParser.class);
        String json = "{\"a\":0.1000000000000000055511151231257827,\"b\":\"x\",\"c\":null,\"d\":true}";
        try (JsonParser parser = JSON.createParser(json)) {
            parser.nextToken();
            Object streamed = read.invoke(null, parser);
            assertThat(streamed).isEqualTo(JSON.readValue(json, tally));
            assertThat(JSON.writeValueAsString(streamed)).isEqualTo(json);
        }
    }

    @Test
    void isValidAgreesWithViolationsAfterDataBinding() throws Exception {
        for (String json : List.of("{\"id\":\"P12\"}", "{\"id\":\"P\"}", "{\"id\":\"P1\\n\"}", "{\"id\":\"P1\",\"to\":{}}")) {
            Object bound = bind(json);
            assertThat(call(bound, "isValid")).as(json).isEqualTo(((List<?>) call(bound, "violations")).isEmpty());
        }
    }

    private static Object bind(String json) {
        try {
            return JSON.readValue(json, parcel);
        } catch (JacksonException | IllegalArgumentException e) {
            return null;
        }
    }

    private static Object stream(String json) throws Exception {
        try (JsonParser parser = JSON.createParser(json)) {
            parser.nextToken();
            return readJson.invoke(null, parser);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
