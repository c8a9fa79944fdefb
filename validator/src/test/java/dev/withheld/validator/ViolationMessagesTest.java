package dev.withheld.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Messages name the member, the rule and, for the code rule, the condition, in words from the schema. */
class ViolationMessagesTest {

    private static final WithheldValidator VALIDATOR = WithheldValidator.create(Revision.MSC2399);
    private static final String KEY = "RF3s+E7RkTQTGF2d8Deol0FkQvgII2aJDf3/Jp5mxVU";

    @Test
    void theCodeRuleNamesTheCodeThatMadeTheMemberRequired() throws Exception {
        ValidationResult result = VALIDATOR.validateContent(Profile.RECEIVING,
                "{\"algorithm\":\"m.megolm.v1.aes-sha2\",\"sender_key\":\"" + KEY + "\",\"session_id\":\"s\","
                        + "\"code\":\"m.unverified\"}");
        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.pointer()).isEqualTo("/room_id");
            assertThat(v.keyword()).isEqualTo("required");
            assertThat(v.message())
                    .isEqualTo("room_id is required because code is m.unverified; only m.no_olm may omit it");
            assertThat(v.schemaLocation()).endsWith("room-key-withheld-content.schema.json#/else/required");
        });
    }

    @Test
    void theCodeRuleSaysWhenTheCodeIsAbsent() throws Exception {
        ValidationResult result = VALIDATOR.validateEvent(Profile.SENDING,
                "{\"type\":\"m.room_key.withheld\",\"sender\":\"@alice:example.org\",\"content\":"
                        + "{\"algorithm\":\"m.megolm.v1.aes-sha2\",\"sender_key\":\"" + KEY + "\"}}");
        assertThat(result.violations()).extracting(Violation::pointer, Violation::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/content/room_id",
                        "room_id is required because code is absent; only m.no_olm may omit it"),
                org.assertj.core.groups.Tuple.tuple("/content/session_id",
                        "session_id is required because code is absent; only m.no_olm may omit it"));
    }

    @Test
    void anUnconditionalRequirementIsPlain() throws Exception {
        ValidationResult result = VALIDATOR.validateContent(Profile.RECEIVING, "{\"code\":\"m.no_olm\"}");
        assertThat(result.violations()).extracting(Violation::pointer, Violation::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/algorithm", "algorithm is required"),
                org.assertj.core.groups.Tuple.tuple("/sender_key", "sender_key is required"));
    }

    @Test
    void aWrongTypeSaysWhatWasExpectedAndFound() throws Exception {
        ValidationResult content = VALIDATOR.validateContent(Profile.RECEIVING, "[]");
        assertThat(content.violations()).singleElement().satisfies(v -> {
            assertThat(v.pointer()).isEmpty();
            assertThat(v.message()).isEqualTo("the content must be an object, not an array");
        });
        ValidationResult code = VALIDATOR.validateContent(Profile.RECEIVING,
                "{\"algorithm\":\"a\",\"sender_key\":\"" + KEY + "\",\"code\":42}");
        // The failed alternatives of the open code add nothing to the type error at the same place.
        assertThat(code.violations()).filteredOn(v -> v.pointer().equals("/code")).singleElement()
                .satisfies(v -> assertThat(v.message()).isEqualTo("code must be a string, not an integer"));
        assertThat(code.violations()).filteredOn(v -> v.pointer().equals("/room_id")).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("because code is 42"));
    }

    @Test
    void anUnacceptableSendingCodeListsTheAcceptedFormsFromTheSchema() throws Exception {
        ValidationResult result = VALIDATOR.validateContent(Profile.SENDING,
                "{\"algorithm\":\"a\",\"sender_key\":\"" + KEY + "\",\"code\":\"m.history_not_shared\","
                        + "\"room_id\":\"!r\",\"session_id\":\"s\"}");
        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.pointer()).isEqualTo("/code");
            assertThat(v.keyword()).isEqualTo("anyOf");
            assertThat(v.message()).startsWith("code \"m.history_not_shared\" is none of the accepted forms: ")
                    .contains("Known withheld code", "\"m.unverified\"", "\"m.no_olm\"", "Custom withheld code",
                            "reverse-DNS");
        });
    }

    @Test
    void aFormatIsWordedAsTheModelWordsIt() throws Exception {
        String roomId = "Cuyf34gef24t:localhost";
        String json = "{\"algorithm\":\"m.megolm.v1.aes-sha2\",\"sender_key\":\"" + KEY + "\",\"room_id\":\"" + roomId
                + "\",\"session_id\":\"s\",\"code\":\"m.unverified\"}";
        ValidationResult result = VALIDATOR.validateContent(Profile.RECEIVING, json);
        dev.withheld.model.RoomKeyWithheldContent model = tools.jackson.databind.json.JsonMapper.builder().build()
                .readValue(json, dev.withheld.model.RoomKeyWithheldContent.class);
        assertThat(result.violations()).extracting(Violation::keyword).containsExactly("format");
        // The validator quotes the value; the rest is the same sentence, from the same definition.
        assertThat(result.violations().get(0).message().replace(" \"" + roomId + "\"", ""))
                .isEqualTo(model.violations().get(0).message());
    }

    @Test
    void patternsAndConstantsQuoteTheSchemaTitleAndDescription() throws Exception {
        ValidationResult result = VALIDATOR.validateEvent(Profile.SENDING,
                "{\"type\":\"org.matrix.room_key.withheld\",\"sender\":\"alice\",\"content\":"
                        + "{\"algorithm\":\"\",\"sender_key\":\"" + KEY + "=\",\"code\":\"m.no_olm\"}}");
        List<String> messages = result.violations().stream().map(Violation::message).toList();
        assertThat(result.pointers()).containsExactly("/content/algorithm", "/content/sender_key", "/sender", "/type");
        // Titles and descriptions come from the schema; the regular expressions stay out of the message.
        assertThat(messages.get(0)).isEqualTo("algorithm must not be empty");
        // The Matrix formats speak in their definitions' words (the dialect's meta-schema), as the model does.
        assertThat(messages.get(1)).isEqualTo("sender_key \"" + KEY + "=\" is not a valid unpadded base64 (format"
                + " mx-unpadded-base64): Base64 (standard alphabet) without the trailing = padding.");
        assertThat(messages.get(2)).startsWith("sender \"alice\" is not a valid Matrix user ID (format mx-user-id): ")
                .contains("@localpart:server").doesNotContain("^@");
        assertThat(messages.get(3)).startsWith(
                "type must be \"m.room_key.withheld\", but is \"org.matrix.room_key.withheld\" (Senders use");
    }

    @Test
    void noMessageIsTheSchemaLibrarysRawWording() throws Exception {
        ValidationResult result = VALIDATOR.validateEvent(Profile.RECEIVING,
                "{\"type\":\"m.room_key.witheld\",\"sender\":1,\"content\":{\"code\":[]}}");
        assertThat(result.violations()).isNotEmpty().allSatisfy(v -> assertThat(v.message())
                .doesNotContain("required property", "found, ", "does not have a value in the enumeration"));
    }
}
