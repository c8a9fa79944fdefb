package dev.withheld.model;

import static dev.withheld.model.Examples.ALGORITHM;
import static dev.withheld.model.Examples.ROOM_ID;
import static dev.withheld.model.Examples.SENDER_KEY;
import static dev.withheld.model.Examples.SESSION_ID;
import static dev.withheld.model.Examples.received;
import static dev.withheld.model.Examples.unverified;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/**
 * Proves that {@link RoomKeyWithheldContent.Builder#build()} refuses content that breaks a schema
 * rule, with a {@link SchemaViolationException} whose message names the field and the rule, and
 * builds every shape the seed allows, notably m.no_olm with and without room_id/session_id.
 */
class ContentBuilderTest {

    @Test
    void buildsCompleteContent() {
        RoomKeyWithheldContent content = unverified().build();

        assertThat(content.getAlgorithm()).isEqualTo(ALGORITHM);
        assertThat(content.getSenderKey()).isEqualTo(SENDER_KEY);
        assertThat(content.getRoomId()).isEqualTo(ROOM_ID);
        assertThat(content.getSessionId()).isEqualTo(SESSION_ID);
        assertThat(content.getCode()).isSameAs(WithheldCode.UNVERIFIED);
        assertThat(content.getReason()).isEqualTo("Device not verified");
        assertThat(content.isValid()).isTrue();
        assertThat(content.violations()).isEmpty();
    }

    @Test
    void refusesAnUnverifiedCodeWithoutRoomId() {
        SchemaViolationException refused = refused(unverified().roomId(null));

        assertThat(refused.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.pointer()).isEqualTo("/room_id");
            assertThat(violation.keyword()).isEqualTo("required");
        });
        assertThat(refused).hasMessageContaining("RoomKeyWithheldContent")
                .hasMessageContaining("room_id is required because code is m.unverified")
                .hasMessageContaining("only m.no_olm may omit it");
    }

    @Test
    void refusesAnUnverifiedCodeWithoutSessionId() {
        SchemaViolationException refused = refused(unverified().sessionId(null));

        assertThat(refused.violations()).extracting(SchemaViolation::pointer).containsExactly("/session_id");
        assertThat(refused).hasMessageContaining("session_id is required because code is m.unverified");
    }

    @Test
    void refusesContentWithoutCodeAndWithoutRoomAndSession() {
        SchemaViolationException refused = refused(received().code(null).roomId(null).sessionId(null));

        assertThat(refused.violations()).extracting(SchemaViolation::pointer, SchemaViolation::keyword)
                .containsExactlyInAnyOrder(
                        tuple("/room_id", "required"),
                        tuple("/session_id", "required"));
        assertThat(refused).hasMessageContaining("2 rules")
                .hasMessageContaining("room_id is required because code is absent")
                .hasMessageContaining("session_id is required because code is absent");
    }

    @Test
    void anUnknownCodeDoesNotRelaxTheRule() {
        SchemaViolationException refused = refused(unverified().code(WithheldCode.of("m.history_not_shared")).roomId(null));

        assertThat(refused).hasMessageContaining("room_id is required because code is m.history_not_shared");
    }

    @Test
    void theCodeRuleIsCaseSensitive() {
        SchemaViolationException refused = refused(received().code(WithheldCode.of("M.NO_OLM")).roomId(null).sessionId(null));

        assertThat(refused.violations()).extracting(SchemaViolation::pointer).containsExactly("/room_id", "/session_id");
    }

    @Test
    void buildsNoOlmWithoutRoomAndSession() {
        RoomKeyWithheldContent content = RoomKeyWithheldContent.builder()
                .algorithm(ALGORITHM).senderKey(SENDER_KEY).code(WithheldCode.NO_OLM).build();

        assertThat(content.getRoomId()).isNull();
        assertThat(content.getSessionId()).isNull();
        assertThat(content.isValid()).isTrue();
    }

    @Test
    void buildsNoOlmWithRoomAndSession() {
        RoomKeyWithheldContent content = unverified().code(WithheldCode.NO_OLM).build();

        assertThat(content.getRoomId()).isEqualTo(ROOM_ID);
        assertThat(content.getSessionId()).isEqualTo(SESSION_ID);
    }

    @Test
    void buildsNoOlmWithOnlyOneOfRoomAndSession() {
        assertThat(unverified().code(WithheldCode.NO_OLM).roomId(null).build().getSessionId()).isEqualTo(SESSION_ID);
        assertThat(unverified().code(WithheldCode.NO_OLM).sessionId(null).build().getRoomId()).isEqualTo(ROOM_ID);
    }

    @Test
    void refusesContentWithoutAlgorithm() {
        SchemaViolationException refused = refused(unverified().algorithm(null));

        assertThat(refused.violations()).extracting(SchemaViolation::pointer, SchemaViolation::keyword)
                .containsExactly(tuple("/algorithm", "required"));
        assertThat(refused).hasMessageContaining("algorithm is required");
    }

    @Test
    void refusesAnEmptyAlgorithm() {
        SchemaViolationException refused = refused(received().algorithm(""));

        assertThat(refused.violations()).extracting(SchemaViolation::pointer, SchemaViolation::keyword)
                .containsExactly(tuple("/algorithm", "minLength"));
        assertNamesField(refused, "algorithm");
    }

    @Test
    void acceptsAnUnknownAlgorithm() {
        assertThat(received().algorithm("org.example.megolm.v2").build().getAlgorithm()).isEqualTo("org.example.megolm.v2");
    }

    @Test
    void refusesContentWithoutSenderKey() {
        SchemaViolationException refused = refused(unverified().senderKey(null));

        assertThat(refused.violations()).extracting(SchemaViolation::pointer, SchemaViolation::keyword)
                .containsExactly(tuple("/sender_key", "required"));
        assertThat(refused).hasMessageContaining("sender_key is required");
    }

    @Test
    void refusesAPaddedSenderKey() {
        SchemaViolationException refused = refused(unverified().senderKey(SENDER_KEY + "="));

        assertThat(refused.violations()).extracting(SchemaViolation::pointer, SchemaViolation::keyword)
                .containsExactly(tuple("/sender_key", "format"));
        assertNamesField(refused, "sender_key");
    }

    @Test
    void refusesASenderKeyWithATrailingNewline() {
        assertThat(refused(unverified().senderKey(SENDER_KEY + "\n")).violations())
                .extracting(SchemaViolation::pointer).containsExactly("/sender_key");
    }

    @Test
    void refusesARoomIdWithoutTheLeadingBang() {
        SchemaViolationException refused = refused(unverified().roomId("Cuyf34gef24t:localhost"));

        assertThat(refused.violations()).extracting(SchemaViolation::pointer, SchemaViolation::keyword)
                .containsExactly(tuple("/room_id", "format"));
        assertNamesField(refused, "room_id");
    }

    @Test
    void refusesARoomIdThatIsOnlyABang() {
        SchemaViolationException refused = refused(unverified().roomId("!"));

        assertThat(refused.violations()).extracting(SchemaViolation::pointer, SchemaViolation::keyword)
                .containsExactly(tuple("/room_id", "format"));
    }

    @Test
    void acceptsARoomIdWithoutServerPart() {
        assertThat(unverified().roomId("!Cuyf34gef24tNlt7Xyu8VZXumGkm7c2jPB2zRAM9TN4").build().isValid()).isTrue();
    }

    @Test
    void listsEveryBrokenRuleAtOnce() {
        SchemaViolationException refused = refused(RoomKeyWithheldContent.builder()
                .senderKey("abcde").roomId("nope").code(WithheldCode.BLACKLISTED));

        assertThat(refused.violations()).extracting(SchemaViolation::pointer)
                .containsExactlyInAnyOrder("/algorithm", "/sender_key", "/room_id", "/session_id");
        assertThat(refused).hasMessageStartingWith("RoomKeyWithheldContent breaks 4 rules:");
    }

    @Test
    void theExceptionKeepsItsViolations() {
        SchemaViolationException refused = refused(unverified().roomId(null));

        assertThat(refused).isInstanceOf(IllegalArgumentException.class);
        assertThat(refused.violations()).isUnmodifiable();
    }

    /** The single violation's message names the field (its keyword, checked by the caller, is the rule), and the exception shows it. */
    static void assertNamesField(SchemaViolationException refused, String field) {
        assertThat(refused.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.message()).startsWith(field + " ");
            assertThat(refused).hasMessageContaining(violation.pointer() + ": " + violation.message());
        });
    }

    private static SchemaViolationException refused(RoomKeyWithheldContent.Builder builder) {
        SchemaViolationException refused = catchThrowableOfType(SchemaViolationException.class, builder::build);
        assertThat(refused).as("build() should have refused").isNotNull();
        return refused;
    }

    /** An unknown property is written back as given, so a number JSON cannot hold is refused when it is added. */
    @Test
    void refusesAnAdditionalPropertyHoldingANumberJsonCannotHold() {
        IllegalArgumentException infinite = catchThrowableOfType(IllegalArgumentException.class,
                () -> unverified().additionalProperty("org.example.ratio", Double.POSITIVE_INFINITY));
        assertThat(infinite).hasMessageStartingWith("member \"org.example.ratio\" is Infinity, which JSON cannot hold");

        IllegalArgumentException nested = catchThrowableOfType(IllegalArgumentException.class,
                () -> unverified().additionalProperty("org.example.stats", java.util.Map.of("mean", java.util.List.of(Float.NaN))));
        assertThat(nested).hasMessage("member \"org.example.stats\" (at /org.example.stats/mean/0) is NaN, which JSON cannot"
                + " hold: it would be written back as the string \"NaN\".");

        java.math.BigDecimal huge = new java.math.BigDecimal("1e400");
        assertThat(unverified().additionalProperty("org.example.ratio", huge).build().getAdditionalProperties())
                .containsEntry("org.example.ratio", huge);
    }
}
