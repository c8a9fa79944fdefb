package dev.withheld.codegen.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every draft's keywords read as 2020-12, only in schema positions, with pointers that still lead home. */
class DraftNormalizerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static DraftNormalizer.Result normalize(Draft draft, String schema) {
        return new DraftNormalizer(draft).normalize(json(schema));
    }

    private static JsonNode normalized(Draft draft, String schema) {
        return normalize(draft, schema).document();
    }

    // ---- choosing the draft -----------------------------------------------------------------

    @Test
    void theDraftComesFromSchemaElseFromTheDefault() {
        assertThat(normalize(Draft.DRAFT_2020_12, "{'$schema': 'http://json-schema.org/draft-04/schema#'}").draft())
                .isEqualTo(Draft.DRAFT_04);
        assertThat(normalize(Draft.DRAFT_2020_12, "{'$schema': 'https://json-schema.org/draft-07/schema'}").draft())
                .isEqualTo(Draft.DRAFT_07);
        assertThat(normalize(Draft.DRAFT_06, "{'type': 'object'}").draft()).isEqualTo(Draft.DRAFT_06);
        assertThat(normalize(Draft.DRAFT_07, "{'$schema': 'https://example.com/custom-meta'}").draft()).isEqualTo(Draft.DRAFT_07);
    }

    @Test
    void theDefaultDraftOptionTakesLabelsAndUris() {
        assertThat(Draft.parse("draft-07")).isEqualTo(Draft.DRAFT_07);
        assertThat(Draft.parse("draft7")).isEqualTo(Draft.DRAFT_07);
        assertThat(Draft.parse("4")).isEqualTo(Draft.DRAFT_04);
        assertThat(Draft.parse("2019-09")).isEqualTo(Draft.DRAFT_2019_09);
        assertThat(Draft.parse("https://json-schema.org/draft/2020-12/schema")).isEqualTo(Draft.DRAFT_2020_12);
        assertThatThrownBy(() -> Draft.parse("draft-03")).hasMessageContaining("draft-04, draft-06, draft-07, 2019-09, 2020-12");
    }

    @Test
    void theNormalisedDocumentDeclares202012() {
        assertThat(normalized(Draft.DRAFT_2020_12, "{'$schema': 'http://json-schema.org/draft-07/schema#'}").get("$schema").asText())
                .isEqualTo(Draft.DRAFT_2020_12.metaSchema());
        assertThat(normalized(Draft.DRAFT_07, "{'$schema': 'https://example.com/custom-meta'}").get("$schema").asText())
                .isEqualTo("https://example.com/custom-meta");
    }

    // ---- definitions ---------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Draft.class)
    void definitionsBecomeDefsInEveryDraft(Draft draft) {
        DraftNormalizer.Result result = normalize(draft, "{'definitions': {'a': {'type': 'string'}}}");

        assertThat(result.document()).isEqualTo(json("{'$defs': {'a': {'type': 'string'}}}"));
        assertThat(result.sourceMap().toNormalized("/definitions/a")).isEqualTo("/$defs/a");
        assertThat(result.sourceMap().toSource("/$defs/a/type")).isEqualTo("/definitions/a/type");
    }

    @Test
    void aPropertyCalledDefinitionsOrADefaultHoldingOneIsData() {
        JsonNode document = normalized(Draft.DRAFT_07, """
                {'properties': {'definitions': {'type': 'object', 'default': {'definitions': {}, 'id': 1}}},
                 'enum': [{'definitions': {}}], 'const': {'dependencies': {'a': ['b']}}, 'examples': [{'items': [1]}]}""");

        assertThat(document.at("/properties/definitions/type").asText()).isEqualTo("object");
        assertThat(document.at("/properties/definitions/default")).isEqualTo(json("{'definitions': {}, 'id': 1}"));
        assertThat(document.get("enum")).isEqualTo(json("[{'definitions': {}}]"));
        assertThat(document.get("const")).isEqualTo(json("{'dependencies': {'a': ['b']}}"));
        assertThat(document.get("examples")).isEqualTo(json("[{'items': [1]}]"));
    }

    @Test
    void aNameThatDefsAlreadyHoldsStaysUnderDefinitions() {
        JsonNode document = normalized(Draft.DRAFT_2019_09,
                "{'definitions': {'a': {'type': 'string'}, 'b': {}}, '$defs': {'a': {'type': 'integer'}}}");

        assertThat(document.at("/$defs/a/type").asText()).isEqualTo("integer");
        assertThat(document.at("/definitions/a/type").asText()).isEqualTo("string");
        assertThat(document.at("/$defs/b").isObject()).isTrue();
    }

    // ---- dependencies ----------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = Draft.class, names = {"DRAFT_04", "DRAFT_06", "DRAFT_07"})
    void dependenciesSplitIntoDependentRequiredAndDependentSchemas(Draft draft) {
        DraftNormalizer.Result result = normalize(draft,
                "{'dependencies': {'card': ['billing'], 'name': {'required': ['first']}}}");

        assertThat(result.document()).isEqualTo(json(
                "{'dependentRequired': {'card': ['billing']}, 'dependentSchemas': {'name': {'required': ['first']}}}"));
        assertThat(result.sourceMap().toNormalized("/dependencies/name/required")).isEqualTo("/dependentSchemas/name/required");
        assertThat(result.sourceMap().toNormalized("/dependencies/card")).isEqualTo("/dependentRequired/card");
    }

    @Test
    void aPropertyCalledDependenciesIsNotRewritten() {
        JsonNode document = normalized(Draft.DRAFT_07,
                "{'properties': {'dependencies': {'type': 'array', 'items': {'type': 'string'}}}}");

        assertThat(document).isEqualTo(json("{'properties': {'dependencies': {'type': 'array', 'items': {'type': 'string'}}}}"));
    }

    // ---- items ---------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = Draft.class, names = {"DRAFT_04", "DRAFT_06", "DRAFT_07", "DRAFT_2019_09"})
    void arrayItemsBecomePrefixItemsAndAdditionalItemsBecomesItems(Draft draft) {
        DraftNormalizer.Result result = normalize(draft,
                "{'type': 'array', 'items': [{'type': 'string'}, {'type': 'integer'}], 'additionalItems': false}");

        assertThat(result.document()).isEqualTo(json(
                "{'type': 'array', 'prefixItems': [{'type': 'string'}, {'type': 'integer'}], 'items': false}"));
        assertThat(result.sourceMap().toNormalized("/items/1")).isEqualTo("/prefixItems/1");
        assertThat(result.sourceMap().toSource("/items")).isEqualTo("/additionalItems");
    }

    @Test
    void additionalItemsBesideASingleItemsSchemaIsIgnoredAsTheDraftsSay() {
        assertThat(normalized(Draft.DRAFT_07, "{'items': {'type': 'string'}, 'additionalItems': false}"))
                .isEqualTo(json("{'items': {'type': 'string'}}"));
        assertThat(normalized(Draft.DRAFT_07, "{'items': [], 'additionalItems': {'type': 'string'}}"))
                .isEqualTo(json("{'prefixItems': [], 'items': {'type': 'string'}}"));
    }

    @Test
    void itemsInsideDataAndPropertiesNamedItemsStayAsWritten() {
        JsonNode document = normalized(Draft.DRAFT_07,
                "{'properties': {'items': {'type': 'array', 'default': [[1], [2]]}}, 'default': {'items': [1, 2]}}");

        assertThat(document).isEqualTo(json(
                "{'properties': {'items': {'type': 'array', 'default': [[1], [2]]}}, 'default': {'items': [1, 2]}}"));
    }

    // ---- exclusive bounds -------------------------------------------------------------------------------

    @Test
    void draft04BooleanExclusiveBoundsBecomeNumbers() {
        JsonNode document = normalized(Draft.DRAFT_04, """
                {'type': 'integer', 'minimum': 0, 'exclusiveMinimum': true, 'maximum': 10, 'exclusiveMaximum': false}""");

        assertThat(document).isEqualTo(json("{'type': 'integer', 'exclusiveMinimum': 0, 'maximum': 10}"));
    }

    @Test
    void numericExclusiveBoundsOfLaterDraftsAreKept() {
        assertThat(normalized(Draft.DRAFT_07, "{'minimum': 1, 'exclusiveMaximum': 5}"))
                .isEqualTo(json("{'minimum': 1, 'exclusiveMaximum': 5}"));
        assertThat(normalized(Draft.DRAFT_04, "{'properties': {'exclusiveMinimum': {'type': 'boolean', 'default': true}}}"))
                .isEqualTo(json("{'properties': {'exclusiveMinimum': {'type': 'boolean', 'default': true}}}"));
    }

    // ---- id ----------------------------------------------------------------------------------------------

    @Test
    void draft04IdBecomesDollarIdButAPropertyNamedIdStaysAProperty() {
        JsonNode document = normalized(Draft.DRAFT_04, """
                {'id': 'http://example.com/person.json', 'type': 'object',
                 'properties': {'id': {'type': 'string', 'id': '#personId'}}, 'required': ['id']}""");

        assertThat(document).isEqualTo(json("""
                {'$id': 'http://example.com/person.json', 'type': 'object',
                 'properties': {'id': {'type': 'string', '$anchor': 'personId'}}, 'required': ['id']}"""));
    }

    @Test
    void idIsNotAKeywordAfterDraft04() {
        assertThat(normalized(Draft.DRAFT_07, "{'id': 'x', '$id': 'http://example.com/a.json'}"))
                .isEqualTo(json("{'id': 'x', '$id': 'http://example.com/a.json'}"));
    }

    @ParameterizedTest
    @EnumSource(value = Draft.class, names = {"DRAFT_06", "DRAFT_07"})
    void aPlainNameIdIsAnAnchor(Draft draft) {
        assertThat(normalized(draft, "{'definitions': {'a': {'$id': '#address'}}}"))
                .isEqualTo(json("{'$defs': {'a': {'$anchor': 'address'}}}"));
    }

    // ---- $recursiveRef -------------------------------------------------------------------------------------

    @Test
    void recursiveAnchorAndRefBecomeDynamicOnes() {
        JsonNode document = normalized(Draft.DRAFT_2019_09, """
                {'$recursiveAnchor': true, 'type': 'object', 'properties': {'children': {'type': 'array', 'items': {'$recursiveRef': '#'}}}}""");

        assertThat(document.get("$dynamicAnchor").asText()).isEqualTo(DraftNormalizer.RECURSIVE_ANCHOR);
        assertThat(document.at("/properties/children/items")).isEqualTo(json("{'$dynamicRef': '#recursiveAnchor'}"));
        assertThat(document.has("$recursiveAnchor")).isFalse();
    }

    @Test
    void aRecursiveRefWithoutARecursiveAnchorIsAPlainRef() {
        assertThat(normalized(Draft.DRAFT_2019_09, "{'items': {'$recursiveRef': '#'}}"))
                .isEqualTo(json("{'items': {'$ref': '#'}}"));
    }

    // ---- $ref siblings ---------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = Draft.class, names = {"DRAFT_04", "DRAFT_06", "DRAFT_07"})
    void beforeDraft2019AssertionsBesideRefAreIgnoredButAnnotationsStay(Draft draft) {
        assertThat(normalized(draft, "{'$ref': '#/definitions/a', 'type': 'string', 'maxLength': 3, 'description': 'words', 'javaType': 'x.Y'}"))
                .isEqualTo(json("{'$ref': '#/definitions/a', 'description': 'words', 'javaType': 'x.Y'}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-09", "2020-12"})
    void fromDraft2019KeywordsBesideRefApply(String label) {
        assertThat(normalized(Draft.parse(label), "{'$ref': '#/$defs/a', 'maxLength': 3}"))
                .isEqualTo(json("{'$ref': '#/$defs/a', 'maxLength': 3}"));
    }

    // ---- nesting and embedded drafts --------------------------------------------------------------------------

    @Test
    void nestedRewritesKeepPointersThatLeadBothWays() {
        DraftNormalizer.Result result = normalize(Draft.DRAFT_07, """
                {'definitions': {'pair': {'items': [{'definitions': {'x': {}}}, {}]}}}""");

        assertThat(result.document().at("/$defs/pair/prefixItems/0/$defs/x").isObject()).isTrue();
        assertThat(result.sourceMap().toNormalized("/definitions/pair/items/0/definitions/x"))
                .isEqualTo("/$defs/pair/prefixItems/0/$defs/x");
        assertThat(result.sourceMap().toSource("/$defs/pair/prefixItems/0/$defs/x")).isEqualTo("/definitions/pair/items/0/definitions/x");
        assertThat(result.sourceMap().toSource("/properties/unmoved")).isEqualTo("/properties/unmoved");
    }

    @Test
    void anEmbeddedSchemaWithItsOwnDraftIsReadInThatDraft() {
        JsonNode document = normalized(Draft.DRAFT_2020_12, """
                {'$defs': {'old': {'$schema': 'http://json-schema.org/draft-04/schema#', 'id': 'http://example.com/old.json',
                                    'minimum': 1, 'exclusiveMinimum': true}},
                 'properties': {'id': {'type': 'string'}}}""");

        assertThat(document.at("/$defs/old")).isEqualTo(json(
                "{'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'http://example.com/old.json', 'exclusiveMinimum': 1}"));
    }

    @Test
    void emptyMapsStay() {
        assertThat(normalized(Draft.DRAFT_07, "{'properties': {}, 'definitions': {}}")).isEqualTo(json("{'properties': {}, '$defs': {}}"));
    }

    @Test
    void theInputIsNotChanged() {
        JsonNode input = json("{'definitions': {'a': {'items': [{}]}}}");
        JsonNode copy = input.deepCopy();

        new DraftNormalizer(Draft.DRAFT_07).normalize(input);

        assertThat(input).isEqualTo(copy);
    }
}
