package dev.withheld.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import tools.jackson.databind.JsonNode;

/**
 * The conventions that other modules and the docs rely on, which no meta-schema checks.
 *
 * <p>Generated code and rendered docs take titles, descriptions and code meanings from the
 * schema; the generated model and the validator refer to the {@code $defs} by name; schemas
 * resolve from the classpath and from files only if every {@code $ref} is relative; and extra
 * fields must round-trip, so nothing may close an object.
 */
class SchemaContentTest {
    private static final String PUBLISHED_META_SCHEMAS = "https://json-schema.org/draft/2020-12/meta/";
    private static final String BASE_CONTENT = "room-key-withheld-content.schema.json";

    @TestFactory
    Stream<DynamicTest> everyPropertyHasATitleAndADescription() {
        return SchemaSource.schemaFiles().stream().map(file -> dynamicTest(file, () -> {
            JsonNode schema = document(SchemaSource.idOf(file));
            List<String> undocumented = new ArrayList<>();
            for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                if (!documented(SchemaSource.idOf(file), property.getValue(), "title")
                        || !documented(SchemaSource.idOf(file), property.getValue(), "description")) {
                    undocumented.add(property.getKey());
                }
            }
            assertThat(undocumented).as("properties of %s without a title and a description (own or through $ref)", file).isEmpty();
            assertThat(schema.path("title").asString("")).as(file + " title").isNotBlank();
            assertThat(schema.path("description").asString("")).as(file + " description").isNotBlank();
        }));
    }

    @Test
    void theKnownCodesAreTheSeedsFiveEachWithItsMeaning() {
        JsonNode known = document(SchemaSource.idOf(BASE_CONTENT)).at("/$defs/knownWithheldCode/oneOf");
        assertThat(known.values()).extracting(code -> code.path("const").asString(""))
                .containsExactly("m.blacklisted", "m.unverified", "m.unauthorised", "m.unavailable", "m.no_olm");
        assertThat(known.values()).allSatisfy(code -> assertThat(code.path("description").asString(""))
                .as("description of %s", code.path("const")).isNotBlank());
    }

    @Test
    void theBaseContentDefinesTheSharedTypesUnderTheirAgreedNames() {
        assertThat(document(SchemaSource.idOf(BASE_CONTENT)).path("$defs").propertyNames())
                .containsExactlyInAnyOrder("withheldCode", "knownWithheldCode", "customWithheldCode", "userId", "roomId", "unpaddedBase64");
    }

    @TestFactory
    Stream<DynamicTest> nothingForbidsExtraFields() {
        return SchemaSource.schemaFiles().stream().map(file -> dynamicTest(file, () -> {
            List<String> closed = new ArrayList<>();
            walk(document(SchemaSource.idOf(file)), "", (pointer, node) -> {
                for (String keyword : List.of("additionalProperties", "unevaluatedProperties")) {
                    if (node.has(keyword) && !node.get(keyword).equals(Json.parse("true"))) {
                        closed.add(pointer + "/" + keyword);
                    }
                }
            });
            assertThat(closed).as("extra fields must round-trip, but %s restricts them at", file).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyRefIsRelativeAndResolves() {
        return SchemaSource.schemaFiles().stream().map(file -> dynamicTest(file, () -> {
            String id = SchemaSource.idOf(file);
            List<String> problems = new ArrayList<>();
            walk(document(id), "", (pointer, node) -> {
                JsonNode ref = node.get("$ref");
                if (ref == null) {
                    return;
                }
                if (ref.asString().startsWith(PUBLISHED_META_SCHEMAS)) {
                    return; // a dialect builds on the published vocabularies, which every validator ships
                }
                if (URI.create(ref.asString()).isAbsolute()) {
                    problems.add(pointer + "/$ref " + ref + " is absolute; write it relative so it resolves by $id anywhere");
                    return;
                }
                URI target = URI.create(id).resolve(ref.asString());
                String fragment = target.getFragment() == null ? "" : target.getFragment();
                boolean resolves = SchemaSource.FILES.read(target.toString())
                        .map(text -> !Json.parse(text).at(fragment).isMissingNode())
                        .orElse(false);
                if (!resolves) {
                    problems.add(pointer + "/$ref " + ref + " points to nothing (" + target + ")");
                }
            });
            assertThat(problems).as("$refs in %s", file).isEmpty();
        }));
    }

    /** Whether the schema has the keyword, directly or through its chain of {@code $ref}s. */
    private static boolean documented(String baseId, JsonNode schema, String keyword) {
        if (!schema.path(keyword).asString("").isBlank()) {
            return true;
        }
        if (!schema.has("$ref")) {
            return false;
        }
        URI target = URI.create(baseId).resolve(schema.get("$ref").asString());
        String document = target.getScheme() + ":" + target.getRawSchemeSpecificPart();
        String fragment = target.getFragment() == null ? "" : target.getFragment();
        return documented(document, document(document).at(fragment), keyword);
    }

    private static JsonNode document(String id) {
        return Json.parse(SchemaSource.FILES.read(id).orElseThrow(() -> new AssertionError("no schema file for " + id)));
    }

    /** Visits every object in the document with its JSON Pointer. */
    private static void walk(JsonNode node, String pointer, BiConsumer<String, JsonNode> visitor) {
        if (node.isObject()) {
            visitor.accept(pointer, node);
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                walk(member.getValue(), pointer + "/" + InstanceLocations.escape(member.getKey()), visitor);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, visitor);
            }
        }
    }
}
