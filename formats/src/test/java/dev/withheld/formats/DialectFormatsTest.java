package dev.withheld.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class DialectFormatsTest {
    private static final String META = "https://example.org/meta/ids.json";

    private static final Map<String, String> DOCUMENTS = Map.of(
            META, """
                    {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://example.org/meta/ids.json",
                     "$vocabulary": {"https://json-schema.org/draft/2020-12/vocab/core": true,
                                     "https://json-schema.org/draft/2020-12/vocab/applicator": true,
                                     "https://json-schema.org/draft/2020-12/vocab/validation": true,
                                     "https://json-schema.org/draft/2020-12/vocab/format-assertion": true},
                     "$dynamicAnchor": "meta",
                     "allOf": [{"$ref": "https://json-schema.org/draft/2020-12/meta/core"},
                               {"$ref": "https://json-schema.org/draft/2020-12/meta/applicator"},
                               {"$ref": "https://json-schema.org/draft/2020-12/meta/validation"},
                               {"$ref": "https://json-schema.org/draft/2020-12/meta/format-assertion"}],
                     "$defs": {"room": {"type": "string", "pattern": "^!", "minLength": 2}}}
                    """,
            "https://example.org/asserting.json", """
                    {"$schema": "https://example.org/meta/ids.json", "$id": "https://example.org/asserting.json",
                     "properties": {"room": {"format": "room"}, "mail": {"format": "email"}, "other": {"format": "no-such-format"}}}
                    """,
            "https://example.org/annotating.json", """
                    {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://example.org/annotating.json",
                     "properties": {"room": {"format": "room"}, "other": {"format": "no-such-format"}}}
                    """);

    private final SchemaRegistry registry = SchemaRegistry.withDialects(List.of(Dialects.getDraft202012()),
            builder -> builder.dialectRegistry(DialectFormats.registry(List.of(Dialects.getDraft202012()))).schemas(DOCUMENTS::get));

    private List<Error> validate(String schema, String instance) {
        Schema compiled = registry.getSchema(SchemaLocation.of(schema));
        return compiled.validate(JsonMapper.builder().build().readTree(instance));
    }

    @Test
    void aFormatDefinedByTheDialectIsAssertedByItsDefinition() {
        assertThat(validate("https://example.org/asserting.json", "{\"room\": \"!abc:example.org\"}")).isEmpty();
        assertThat(validate("https://example.org/asserting.json", "{\"room\": \"!\"}"))
                .extracting(error -> error.getInstanceLocation().toString() + " " + error.getKeyword())
                .containsExactly("/room format");
        assertThat(validate("https://example.org/asserting.json", "{\"room\": \"abc\"}")).hasSize(1);
    }

    @Test
    void aFormatOnlyConstrainsStrings() {
        assertThat(validate("https://example.org/asserting.json", "{\"room\": 12}")).isEmpty();
    }

    @Test
    void formatsTheLibraryKnowsKeepTheirMeaning() {
        assertThat(validate("https://example.org/asserting.json", "{\"mail\": \"someone@example.org\"}")).isEmpty();
        assertThat(validate("https://example.org/asserting.json", "{\"mail\": \"not an address\"}")).hasSize(1);
    }

    @Test
    void aFormatNoOneDefinesIsAnErrorUnderAssertion() {
        assertThat(validate("https://example.org/asserting.json", "{\"other\": \"x\"}"))
                .extracting(Error::getKeyword).containsExactly("format");
    }

    @Test
    void underPlain202012FormatsStayAnnotations() {
        assertThat(validate("https://example.org/annotating.json", "{\"room\": \"abc\", \"other\": \"x\"}")).isEmpty();
    }
}
