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

    private static final WithheldValidator VALIDATOR = WithheldValidator.create(Revision.MSC2399);

    private static final String SENDER_KEY = "RF3s+E7RkTQTGF2d8Deol0FkQvgII2aJDf3/Jp5mxVU";

    @Test
    void aValidReceivedEventBecomesTheModelWithUnknownsKept() throws Exception {
        RoomKeyWithheldEvent event = VALIDATOR.parseEvent(Profile.RECEIVING, """
                {"type": "org.matrix.room_key.withheld", "sender": "@alice:example.org", "from_device": "X",
                 "content": {"algorithm": "m.megolm.v1.aes-sha2", "sender_key": "%s", "code": "m.some_later_code",
                             "room_id": "!r", "session_id": "s", "org.example.hint": 1}}
                """.formatted(SENDER_KEY));
        assertThat(event.getType()).isEqualTo("org.matrix.room_key.withheld");
        RoomKeyWithheldContent content = event.getContent();
        assertThat(content.getCode().isKnown()).isFalse();
        assertThat(content.getCode().value()).isEqualTo("m.some_later_code");
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
        // A receiver knows the code (v1.19 defines it); a sender does not use it in this event.
        assertThat(VALIDATOR.parseContent(Profile.RECEIVING, historyNotShared).getCode()).isEqualTo(WithheldCode.HISTORY_NOT_SHARED);
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

    /**
     * BUG-2 through the validator: numbers in unknown members are read as BigDecimal, so one beyond the
     * range of double, or with more digits than a double holds, comes back exactly as it was sent.
     */
    @Test
    void numbersInUnknownMembersAreKeptExactly() throws Exception {
        String content = """
                {"algorithm": "m.megolm.v1.aes-sha2", "sender_key": "%s", "code": "m.no_olm",
                 "x": 1e400, "org.example.stats": {"mean": [0.1000000000000000000001, -1e400, 10.0, 1e-400, 7]}}
                """.formatted(SENDER_KEY);
        String event = "{\"type\": \"m.room_key.withheld\", \"sender\": \"@alice:example.org\", \"y\": 2.5e-999, \"content\": "
                + content + "}";
        byte[] bytes = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        tools.jackson.databind.json.JsonMapper exact = tools.jackson.databind.json.JsonMapper.builder()
                .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
        tools.jackson.databind.json.JsonMapper plain = tools.jackson.databind.json.JsonMapper.builder().build();

        for (RoomKeyWithheldContent parsed : List.of(VALIDATOR.parseContent(Profile.RECEIVING, content),
                VALIDATOR.parseContent(Profile.SENDING, bytes),
                VALIDATOR.parseContent(Profile.RECEIVING, new java.io.ByteArrayInputStream(bytes)),
                VALIDATOR.parseContent(Profile.RECEIVING, exact.readTree(content)),
                VALIDATOR.parseEvent(Profile.RECEIVING, event).getContent())) {
            assertThat(parsed.getAdditionalProperties()).containsEntry("x", new java.math.BigDecimal("1e400"));
            String written = plain.writeValueAsString(parsed);
            assertThat(written).contains("\"x\":1E+400", "[0.1000000000000000000001,-1E+400,10.0,1E-400,7]");
            assertThat(exact.readTree(written)).isEqualTo(exact.readTree(content));
        }
        RoomKeyWithheldEvent parsedEvent = VALIDATOR.parseEvent(Profile.RECEIVING, event);
        assertThat(plain.writeValueAsString(parsedEvent)).contains("\"y\":2.5E-999");
    }

    /**
     * A tree read by a mapper without USE_BIG_DECIMAL_FOR_FLOATS already holds 1e400 as Infinity; the
     * model would write that back as the string "Infinity", so parsing such a tree is rejected, saying
     * where and what to do. Validating it still works: the schema does not care about that number.
     */
    @Test
    void aTreeHoldingInfinityIsRejectedWhenParsedIntoTheModel() throws Exception {
        tools.jackson.databind.JsonNode tree = tools.jackson.databind.json.JsonMapper.builder().build().readTree("""
                {"type": "m.room_key.withheld", "sender": "@alice:example.org",
                 "content": {"algorithm": "m.megolm.v1.aes-sha2", "sender_key": "%s", "code": "m.no_olm", "x": [1, 1e400]}}
                """.formatted(SENDER_KEY));

        RejectedInputException e = catchThrowableOfType(RejectedInputException.class,
                () -> VALIDATOR.parseEvent(Profile.RECEIVING, tree));
        assertThat(e.reason()).isEqualTo(RejectedInputException.Reason.NOT_JSON);
        assertThat(e.pointer()).isEqualTo("/content/x/1");
        assertThat(e).hasMessageStartingWith("the tree holds Infinity at /content/x/1, which is not a JSON number")
                .hasMessageContaining("DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS");
        RejectedInputException fromContent = catchThrowableOfType(RejectedInputException.class,
                () -> VALIDATOR.parseContent(Profile.RECEIVING, tree.get("content")));
        assertThat(fromContent.pointer()).isEqualTo("/x/1");

        assertThat(VALIDATOR.validateEvent(Profile.RECEIVING, tree).isValid()).isTrue();
    }
}
