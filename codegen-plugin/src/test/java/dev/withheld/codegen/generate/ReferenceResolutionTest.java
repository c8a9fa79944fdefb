package dev.withheld.codegen.generate;

import static dev.withheld.codegen.testing.GeneratedModel.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.withheld.codegen.normalize.Draft;
import dev.withheld.codegen.testing.GeneratedModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * References as the drafts define them and as repositories use them: anchors, embedded {@code $id}s,
 * percent-encoded and escaped pointers, pointers written against an older draft's layout, and
 * relative paths out of the source directory, but never out of the base directory.
 */
class ReferenceResolutionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private LocalSchemaCatalog catalog(Path sourceDirectory) {
        return new LocalSchemaCatalog(sourceDirectory, dir, Draft.DRAFT_2020_12, new SchemaDocumentReader());
    }

    private static String typeOf(GeneratedModel model, String className, String getter) throws NoSuchMethodException {
        return model.type(className).getMethod(getter).getReturnType().getName();
    }

    @Test
    void aRefToAnAnchorInAnotherFileResolves() throws Exception {
        GeneratedModel model = new GeneratedModel(dir)
                .schema("shapes.schema.json", """
                        {"$defs": {"point": {"$anchor": "point", "type": "object", "title": "Point",
                                             "properties": {"x": {"type": "number"}}, "required": ["x"]}}}""")
                .schema("figure.schema.json", """
                        {"title": "Figure", "type": "object", "properties": {"origin": {"$ref": "shapes.schema.json#point"}}}""");
        model.generate(model.request("org.example.anchor", List.of("figure.schema.json"))).compile();

        assertThat(typeOf(model, "org.example.anchor.Figure", "getOrigin")).isEqualTo("org.example.anchor.Point");
        Object figure = JSON.readValue("{\"origin\":{}}", model.type("org.example.anchor.Figure"));
        assertThat(figure).isNotNull();
    }

    @Test
    void aRefToAnEmbeddedIdResolves() throws Exception {
        GeneratedModel model = new GeneratedModel(dir).schema("person.schema.json", """
                {"$id": "https://example.test/person.json", "title": "Person", "type": "object",
                 "properties": {"home": {"$ref": "address.json"}, "work": {"$ref": "https://example.test/address.json#/properties/street"}},
                 "$defs": {"address": {"$id": "address.json", "title": "Address", "type": "object",
                                       "properties": {"street": {"type": "string", "maxLength": 40}}}}}""")
                .generate("org.example.embedded").compile();

        assertThat(typeOf(model, "org.example.embedded.Person", "getHome")).isEqualTo("org.example.embedded.Address");
        assertThat(typeOf(model, "org.example.embedded.Person", "getWork")).isEqualTo("java.lang.String");
    }

    @Test
    void percentEncodedAndEscapedPointersResolve() throws Exception {
        GeneratedModel model = new GeneratedModel(dir).schema("odd.schema.json", """
                {"title": "OddNames", "type": "object",
                 "properties": {
                   "percent": {"$ref": "#/$defs/100%25"},
                   "quoted": {"$ref": "#/$defs/say%20%22hi%22"},
                   "slash": {"$ref": "#/$defs/a~1b"},
                   "tilde": {"$ref": "#/$defs/c~0d"},
                   "dotted": {"$ref": "#/$defs/m.room.name"}
                 },
                 "$defs": {
                   "100%": {"type": "integer"},
                   "say \\"hi\\"": {"type": "boolean"},
                   "a/b": {"type": "number"},
                   "c~d": {"type": "string", "maxLength": 2},
                   "m.room.name": {"type": "string", "minLength": 1}
                 }}""").generate("org.example.odd").compile();

        String type = "org.example.odd.Odd";
        assertThat(typeOf(model, type, "getPercent")).isIn("java.lang.Integer", "java.lang.Long");
        assertThat(typeOf(model, type, "getQuoted")).isEqualTo("java.lang.Boolean");
        assertThat(typeOf(model, type, "getSlash")).isEqualTo("java.math.BigDecimal");
        assertThat(typeOf(model, type, "getTilde")).isEqualTo("java.lang.String");
        Object tooLong = JSON.readValue("{\"tilde\":\"xyz\",\"dotted\":\"\"}", model.type(type));
        assertThat((List<?>) call(tooLong, "violations")).hasSize(2);
    }

    @Test
    void aPointerWrittenAgainstADraft07LayoutFollowsTheNormalisedDocumentAcrossFiles() throws Exception {
        Path schemas = dir.resolve("schemas");
        write("schemas/defs.json", """
                {"$schema": "http://json-schema.org/draft-07/schema#",
                 "definitions": {"pair": {"type": "array", "items": [{"type": "string"}, {"$ref": "#/definitions/id"}]},
                                 "id": {"type": "string", "pattern": "^!"}}}""");
        Path user = write("schemas/user.json", """
                {"properties": {"second": {"$ref": "defs.json#/definitions/pair/items/1"}, "pair": {"$ref": "defs.json#/definitions/pair"}}}""");

        LocalSchemaCatalog catalog = catalog(schemas);

        assertThat(new ReferenceCheck(catalog).check(List.of(user))).isEmpty();
        assertThat(catalog.document(user).at("/properties/second/$ref").asText())
                .isEqualTo(schemas.resolve("defs.json").toUri() + "#/$defs/pair/prefixItems/1");
        assertThat(catalog.document(schemas.resolve("defs.json")).at("/$defs/pair/prefixItems/1/$ref").asText()).isEqualTo("#/$defs/id");
    }

    /** Revisions in folders, each file with an $id that mirrors its path, generated one folder at a time. */
    @Test
    void aRelativeReferenceWhoseIdNamesNoKnownSchemaIsTheFileBesideTheReferrer() throws Exception {
        write("schemas/base.json", """
                {"$id": "https://example.org/schemas/base.json", "title": "Base", "type": "object",
                 "properties": {"code": {"type": "string"}}, "required": ["code"]}""");
        Path later = write("schemas/v2/later.json", """
                {"$id": "https://example.org/schemas/v2/later.json", "title": "Later", "$ref": "../base.json",
                 "properties": {"note": {"type": "string"}}}""");

        LocalSchemaCatalog catalog = catalog(dir.resolve("schemas/v2"));

        assertThat(new ReferenceCheck(catalog).check(List.of(later))).isEmpty();
        assertThat(catalog.resolve(catalog.baseUri(later), "../base.json"))
                .isEqualTo(new LocalSchemaCatalog.Found(new LocalSchemaCatalog.Target(dir.resolve("schemas/base.json"), "")));
        // Outside both directories it is still an error: nothing is taken from beyond the base directory.
        Path outside = write("elsewhere/stray.json", """
                {"$id": "https://example.org/elsewhere/stray.json", "$ref": "../../outside.json"}""");
        assertThat(new ReferenceCheck(catalog(dir.resolve("elsewhere"))).check(List.of(outside))).isNotEmpty();
    }

    @Test
    void aMissingPointerIsReportedInTheWordsAndAtTheLineOfTheFileAsWritten() throws Exception {
        Path schemas = dir.resolve("schemas");
        Path file = write("schemas/event.json", """
                {"$schema": "http://json-schema.org/draft-07/schema#",
                 "properties": {
                   "room": {"$ref": "#/definitions/roomID"}
                 },
                 "definitions": {"roomId": {"type": "string"}}}""");

        List<SchemaProblem> problems = new ReferenceCheck(catalog(schemas)).check(List.of(file));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.pointer()).isEqualTo("/properties/room/$ref");
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.reason()).contains("points to /definitions/roomID").contains("did you mean /definitions/roomId?");
        });
    }

    @Test
    void aMissingAnchorIsReported() throws Exception {
        Path schemas = dir.resolve("schemas");
        Path file = write("schemas/a.json", "{\"properties\": {\"x\": {\"$ref\": \"#nowhere\"}}}");

        assertThat(new ReferenceCheck(catalog(schemas)).check(List.of(file))).singleElement()
                .satisfies(problem -> assertThat(problem.reason()).contains("names the anchor \"nowhere\""));
    }

    @Test
    void aPropertyNamedRefOrADefaultHoldingOneIsNotAReference() throws Exception {
        Path schemas = dir.resolve("schemas");
        Path file = write("schemas/a.json", """
                {"properties": {"$ref": {"type": "string", "default": {"$ref": "#/not/a/reference"}}}}""");

        assertThat(new ReferenceCheck(catalog(schemas)).check(List.of(file))).isEmpty();
    }

    @Test
    void aRelativeRefOutOfTheSourceDirectoryResolvesUnderTheBaseDirectoryAndMakesItsType() throws Exception {
        write("api/definitions/money.yaml", """
                title: Money
                type: object
                properties:
                  amount: {type: integer}
                  currency: {type: string, pattern: "^[A-Z]{3}$"}
                required: [amount, currency]
                """);
        GeneratedModel model = new GeneratedModel(dir).schema("events/payment.yaml", """
                title: Payment
                type: object
                properties:
                  total:
                    $ref: ../../api/definitions/money.yaml
                """);
        model.generate(model.request("org.example.pay", List.of()).withBaseDirectory(dir)).compile();

        assertThat(typeOf(model, "org.example.pay.events.Payment", "getTotal")).isEqualTo("org.example.pay.events.Money");
        Object payment = JSON.readValue("{\"total\":{\"amount\":5,\"currency\":\"eur\"}}", model.type("org.example.pay.events.Payment"));
        assertThat((List<?>) call(payment, "violations")).singleElement().asString().contains("currency");
    }

    @Test
    void aRefThatLeavesTheBaseDirectoryIsAnErrorThatSaysSo() throws Exception {
        write("outside/money.json", "{\"type\": \"object\"}");
        GeneratedModel model = new GeneratedModel(dir.resolve("project")).schema("payment.json", """
                {"title": "Payment",
                 "properties": {"total": {"$ref": "../../outside/money.json"}}}""");

        SchemaProblem problem = catchThrowableOfType(SchemaProblem.class,
                () -> model.generate(model.request("org.example.out", List.of()).withBaseDirectory(dir.resolve("project"))));

        assertThat(problem).isNotNull();
        assertThat(problem.getMessage()).contains("payment.json:2:")
                .contains("/properties/total/$ref")
                .contains(dir.resolve("outside/money.json").toString())
                .contains("outside the base directory " + dir.resolve("project"))
                .contains("nothing is fetched");
    }

    @Test
    void aSourceDirectorySharedFromOutsideTheModuleStillResolvesWithinItself() throws Exception {
        Path shared = dir.resolve("shared-schemas");
        write("shared-schemas/common/id.json", "{\"type\": \"string\"}");
        Path sender = write("shared-schemas/sender.json", "{\"properties\": {\"id\": {\"$ref\": \"common/id.json\"}}}");
        LocalSchemaCatalog catalog = new LocalSchemaCatalog(shared, dir.resolve("module"), Draft.DRAFT_2020_12,
                new SchemaDocumentReader());

        assertThat(new ReferenceCheck(catalog).check(List.of(sender))).isEmpty();
    }

    @Test
    void editingAReferencedFileOutsideTheSourceDirectoryRegenerates() throws Exception {
        Path shared = write("common/id.json", "{\"type\": \"string\"}");
        GeneratedModel model = new GeneratedModel(dir).schema("thing.json", """
                {"title": "Thing", "type": "object", "properties": {"id": {"$ref": "../common/id.json"}}}""");
        GenerationRequest request = model.request("org.example.inc", List.of()).withBaseDirectory(dir);

        assertThat(new ModelGenerator(s -> { }, s -> { }).generate(request)).isPresent();
        assertThat(new ModelGenerator(s -> { }, s -> { }).generate(request)).as("nothing changed").isEmpty();
        Files.writeString(shared, "{\"type\": \"integer\"}");
        assertThat(new ModelGenerator(s -> { }, s -> { }).generate(request)).as("the referenced file changed").isPresent();
        assertThat(model.source("org/example/inc/Thing.java")).containsAnyOf("Long id", "Integer id");
    }

    @Test
    void fileForNamesOnlyFilesUnderTheBaseDirectory() throws Exception {
        Path inside = write("project/schemas/a.json", "{}");
        Path outside = write("elsewhere/b.json", "{}");
        LocalSchemaCatalog catalog = new LocalSchemaCatalog(dir.resolve("project/schemas"), dir.resolve("project"),
                Draft.DRAFT_2020_12, new SchemaDocumentReader());

        assertThat(catalog.fileFor(inside.toUri())).isEqualTo(Optional.of(inside));
        assertThat(catalog.fileFor(outside.toUri())).isEmpty();
    }
}
