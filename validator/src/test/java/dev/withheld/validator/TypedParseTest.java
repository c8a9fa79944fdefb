package dev.withheld.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.withheld.model.RoomKeyWithheldContent;
import dev.withheld.model.RoomKeyWithheldEvent;
import dev.withheld.model.WithheldCode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Parse-and-validate: a valid instance comes back as the model type; an invalid one fails with every violation. */
class TypedParseTest {

    private static final WithheldValidator VALIDATOR = WithheldValidator.create();

    private static final String SENDER_KEY = "RF3s+E7RkTQTGF2d8Deol0FkQvgII2aJDf3/Jp5mxVU";

    @Test
    void aValidReceivedEventBecomesTheModelWithUnknownsKept() throws Exception {
        RoomKeyWithheldEvent event = VALIDATOR.parseEvent(Profile.RECEIVING, """
                {"type": "org.matrix.room_key.withheld", "sender": "@alice:example.org", "from_device": "X",
                 "content": {"algorithm": "m.megolm.v1.aes-sha2", "sender_key": "%s", "code": "m.history_not_shared",
                             "room_id": "!r", "session_id": "s", "org.example.hint": 1}}
                """.formatted(SENDER_KEY));
        assertThat(event.getType()).isEqualTo("org.matrix.room_key.withheld");
        RoomKeyWithheldContent content = event.getContent();
        assertThat(content.getCode().isKnown()).isFalse();
        assertThat(content.getCode().value()).isEqualTo("m.history_not_shared");
        assertThat(content.getAdditionalProperties()).containsEntry("org.example.hint", 1);
        assertThat(event.getAdditionalProperties()).containsEntry("from_device", "X");
        assertThat(event.violations()).isEmpty();
    }

    @Test
    void anInvalidEventFailsWithEveryViolation() {
        InvalidInstanceException e = catchThrowableOfType(InvalidInstanceException.class, () -> VALIDATOR.parseEvent(Profile.RECEIVING, """
                {"type": "m.room_key.withheld", "sender": "@alice:example.org",
                 "content": {"algorithm": "m.megolm.v1.aes-sha2", "sender_key": "%s", "code": "m.unverified"}}
                """.formatted(SENDER_KEY)));
        assertThat(e.result().pointers()).containsExactlyInAnyOrder("/content/room_id", "/content/session_id");
        assertThat(e).hasMessageContaining("/content/room_id: room_id is required because code is m.unverified; only m.no_olm may omit it");
    }

    @Test
    void theSendingProfileIsStricterThanTheModel() throws Exception {
        String historyNotShared = """
                {"algorithm": "m.megolm.v1.aes-sha2", "sender_key": "%s", "code": "m.history_not_shared", "room_id": "!r", "session_id": "s"}
                """.formatted(SENDER_KEY);
        assertThat(VALIDATOR.parseContent(Profile.RECEIVING, historyNotShared).getCode().isKnown()).isFalse();
        InvalidInstanceException e = catchThrowableOfType(InvalidInstanceException.class,
                () -> VALIDATOR.parseContent(Profile.SENDING, historyNotShared));
        assertThat(e.result().pointers()).containsExactly("/code");
    }

    @Test
    void malformedInputIsRejectedBeforeValidation() {
        RejectedInputException e = catchThrowableOfType(RejectedInputException.class,
                () -> VALIDATOR.parseContent(Profile.RECEIVING, "{\"code\": \"m.no_olm\", \"code\": \"m.unverified\"}"));
        assertThat(e.reason()).isEqualTo(RejectedInputException.Reason.DUPLICATE_KEY);
    }

    /** Every valid receiving case of the suites binds to the model and the model agrees it is valid. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("validReceivingCases")
    void everyValidReceivingCaseBindsToTheModel(SuiteCases.Case c) throws Exception {
        String json = c.data().toString();
        Object parsed = c.schemaId().contains("event")
                ? VALIDATOR.parseEvent(Profile.RECEIVING, json)
                : VALIDATOR.parseContent(Profile.RECEIVING, json);
        assertThat(parsed).isNotNull();
        assertThat(((List<?>) parsed.getClass().getMethod("violations").invoke(parsed))).isEmpty();
    }

    static List<SuiteCases.Case> validReceivingCases() {
        return SuiteCases.all().stream()
                .filter(SuiteCases.Case::valid)
                .filter(c -> c.schemaId().endsWith("-receiving.schema.json"))
                .toList();
    }

    @Test
    void aBuiltEventIsValidInTheSendingProfile() throws Exception {
        RoomKeyWithheldContent content = RoomKeyWithheldContent.builder()
                .algorithm("m.megolm.v1.aes-sha2").senderKey(SENDER_KEY).code(WithheldCode.NO_OLM).build();
        String json = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(content);
        assertThat(VALIDATOR.validateContent(Profile.SENDING, json).violations()).isEmpty();
        assertThat(content.getCode().value()).isEqualTo("m.no_olm");
    }

    @Test
    void everyInputFormParsesToTheSameModel() throws Exception {
        String json = """
                {"type": "m.room_key.withheld", "sender": "@alice:example.org",
                 "content": {"algorithm": "m.megolm.v1.aes-sha2", "sender_key": "%s", "code": "m.no_olm"}}
                """.formatted(SENDER_KEY);
        RoomKeyWithheldEvent fromText = VALIDATOR.parseEvent(Profile.SENDING, json);
        byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(VALIDATOR.parseEvent(Profile.SENDING, bytes)).isEqualTo(fromText);
        assertThat(VALIDATOR.parseEvent(Profile.SENDING, new java.io.ByteArrayInputStream(bytes))).isEqualTo(fromText);
        tools.jackson.databind.JsonNode tree = tools.jackson.databind.json.JsonMapper.builder().build().readTree(json);
        assertThat(VALIDATOR.parseEvent(Profile.SENDING, tree)).isEqualTo(fromText);
        assertThat(VALIDATOR.parseContent(Profile.SENDING, tree.get("content"))).isEqualTo(fromText.getContent());
        assertThat(VALIDATOR.parseContent(Profile.SENDING, new java.io.ByteArrayInputStream(
                tree.get("content").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)))).isEqualTo(fromText.getContent());
    }
}
