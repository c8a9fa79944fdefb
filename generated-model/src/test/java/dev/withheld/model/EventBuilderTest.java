package dev.withheld.model;

import static dev.withheld.model.Examples.SENDER;
import static dev.withheld.model.Examples.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/**
 * Proves that {@link RoomKeyWithheldEvent.Builder#build()} refuses an envelope that breaks a rule
 * (required type, sender and content; sender a user ID), also when the broken rule is inside
 * content that came off the wire, and reports it at its JSON Pointer inside the event.
 */
class EventBuilderTest {

    @Test
    void buildsAnEventAroundValidContent() {
        RoomKeyWithheldEvent built = event().build();

        assertThat(built.getType()).isEqualTo(Examples.EVENT_TYPE);
        assertThat(built.getSender()).isEqualTo(SENDER);
        assertThat(built.getContent()).isEqualTo(Examples.unverified().build());
        assertThat(built.isValid()).isTrue();
    }

    @Test
    void refusesAnEventWithoutTypeSenderOrContent() {
        SchemaViolationException refused = refused(RoomKeyWithheldEvent.builder());

        assertThat(refused.violations()).extracting(SchemaViolation::pointer, SchemaViolation::keyword)
                .containsExactly(
                        tuple("/type", "required"),
                        tuple("/sender", "required"),
                        tuple("/content", "required"));
        assertThat(refused).hasMessageContaining("type is required")
                .hasMessageContaining("sender is required")
                .hasMessageContaining("content is required");
    }

    @Test
    void refusesASenderThatIsNotAUserId() {
        SchemaViolationException refused = refused(event().sender("@alice"));

        assertThat(refused.violations()).extracting(SchemaViolation::pointer, SchemaViolation::keyword)
                .containsExactly(tuple("/sender", "format"));
        ContentBuilderTest.assertNamesField(refused, "sender");
    }

    @Test
    void underItsOwnSchemaAcceptsTheUnstableTypeAndAnyOtherTypeString() {
        RoomKeyWithheldEvent.Builder received = event().build().toBuilder(RoomKeyWithheldEvent.BuildRules.OWN_SCHEMA);
        assertThat(received.type("org.matrix.room_key.withheld").build().getType()).isEqualTo("org.matrix.room_key.withheld");
        assertThat(received.type("org.example.any_type").build().isValid()).isTrue();
    }

    @Test
    void bySendingRulesRefusesTheUnstableType() {
        SchemaViolationException refused = refused(event().type("org.matrix.room_key.withheld"));
        assertThat(refused.violations()).extracting(SchemaViolation::pointer, SchemaViolation::keyword)
                .containsExactly(tuple("/type", "const"));
    }

    @Test
    void refusesContentFromTheWireThatBreaksTheCodeRule() throws Exception {
        RoomKeyWithheldContent received = JsonLibrary.JACKSON_3.read(
                "{\"algorithm\":\"m.megolm.v1.aes-sha2\",\"sender_key\":\"" + Examples.SENDER_KEY
                        + "\",\"session_id\":\"s\",\"code\":\"m.unauthorised\"}",
                RoomKeyWithheldContent.class);
        assertThat(received.isValid()).isFalse();

        SchemaViolationException refused = refused(event().content(received));

        assertThat(refused.violations()).extracting(SchemaViolation::pointer).containsExactly("/content/room_id");
        assertThat(refused).hasMessageContaining("room_id is required because code is m.unauthorised");
    }

    private static SchemaViolationException refused(RoomKeyWithheldEvent.Builder builder) {
        SchemaViolationException refused = catchThrowableOfType(SchemaViolationException.class, builder::build);
        assertThat(refused).as("build() should have refused").isNotNull();
        return refused;
    }
}
