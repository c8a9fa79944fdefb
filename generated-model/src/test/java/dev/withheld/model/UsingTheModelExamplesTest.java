package dev.withheld.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the examples of the README's "Using the model" section, so that they are known to work:
 * the bodies of {@link #receive(String)}, {@link #send()} and {@link #sendNoOlm()} are the README
 * snippets, word for word.
 */
class UsingTheModelExamplesTest {

    private static final String RECEIVED = "{\"type\":\"m.room_key.withheld\",\"sender\":\"@alice:example.org\","
            + "\"content\":{\"algorithm\":\"m.megolm.v1.aes-sha2\",\"sender_key\":\"" + Examples.SENDER_KEY + "\","
            + "\"room_id\":\"!Cuyf34gef24t:localhost\",\"session_id\":\"" + Examples.SESSION_ID + "\","
            + "\"code\":\"m.unverified\",\"reason\":\"Device not verified\",\"from_device\":\"JLAFKJWSCS\"}}";

    private final JsonMapper mapper = JsonMapper.builder().build();
    private final String ourCurve25519Key = Examples.SENDER_KEY;
    private final String roomId = Examples.ROOM_ID;
    private final String sessionId = Examples.SESSION_ID;
    private final Log log = new Log();
    private final List<List<String>> withheld = new ArrayList<>();

    // --- README: receiving ---------------------------------------------------------------------
    void receive(String json) {
        RoomKeyWithheldEvent event = mapper.readValue(json, RoomKeyWithheldEvent.class);
        if (!event.isValid()) {  // each violation names a JSON Pointer and the broken rule
            event.violations().forEach(violation -> log.warning("ignoring m.room_key.withheld: " + violation));
            return;
        }
        RoomKeyWithheldContent content = event.getContent();
        WithheldCode code = content.getCode();  // may be a code this library does not know
        String why = code != null && code.isKnown() ? code.description().orElseThrow() : content.getReason();
        markWithheld(event.getSender(), content.getRoomId(), content.getSessionId(), why);
    }

    // --- README: sending -----------------------------------------------------------------------
    String send() {
        RoomKeyWithheldContent content = RoomKeyWithheldContent.builder()
                .algorithm("m.megolm.v1.aes-sha2")
                .senderKey(ourCurve25519Key)
                .roomId(roomId)
                .sessionId(sessionId)
                .code(WithheldCode.UNVERIFIED)
                .reason("Device not verified")
                .build();  // throws SchemaViolationException if a rule is broken, e.g. no roomId
        return mapper.writeValueAsString(content);  // the content of a to-device m.room_key.withheld
    }

    String sendNoOlm() {
        RoomKeyWithheldContent content = RoomKeyWithheldContent.builder()
                .algorithm("m.megolm.v1.aes-sha2")
                .senderKey(ourCurve25519Key)
                .code(WithheldCode.NO_OLM)  // sent once, without room and session: it covers them all
                .build();
        return mapper.writeValueAsString(content);
    }
    // -------------------------------------------------------------------------------------------

    @Test
    void receivingAKnownCodeUsesItsDescription() {
        receive(RECEIVED);

        assertThat(withheld).containsExactly(List.of("@alice:example.org", Examples.ROOM_ID, Examples.SESSION_ID,
                WithheldCode.UNVERIFIED.description().orElseThrow()));
        assertThat(log.messages).isEmpty();
    }

    @Test
    void receivingAnUnknownCodeFallsBackToTheReason() {
        receive(RECEIVED.replace("\"m.unverified\"", "\"org.example.quota_exceeded\"")
                .replace("Device not verified", "Quota exceeded"));

        assertThat(withheld).singleElement().satisfies(call -> assertThat(call.get(3)).isEqualTo("Quota exceeded"));
    }

    @Test
    void receivingABareNoOlmMarksNoSession() {
        receive("{\"type\":\"org.matrix.room_key.withheld\",\"sender\":\"@alice:example.org\",\"content\":" + sendNoOlm() + "}");

        assertThat(withheld).singleElement().satisfies(call -> {
            assertThat(call.get(1)).isNull();
            assertThat(call.get(2)).isNull();
            assertThat(call.get(3)).startsWith("an olm session could not be established");
        });
    }

    @Test
    void receivingAnEventThatBreaksARuleLogsWhereAndWhy() {
        receive(RECEIVED.replace("\"room_id\":\"!Cuyf34gef24t:localhost\",", ""));

        assertThat(withheld).isEmpty();
        assertThat(log.messages).containsExactly("ignoring m.room_key.withheld: /content/room_id: "
                + "room_id is required because code is m.unverified; only m.no_olm may omit it");
    }

    @Test
    void sendingWritesTheContent() throws Exception {
        assertThat(JsonLibrary.JACKSON_3.sameTree(send(), "{\"algorithm\":\"m.megolm.v1.aes-sha2\",\"sender_key\":\""
                + Examples.SENDER_KEY + "\",\"room_id\":\"" + Examples.ROOM_ID + "\",\"session_id\":\"" + Examples.SESSION_ID
                + "\",\"code\":\"m.unverified\",\"reason\":\"Device not verified\"}")).isTrue();
        assertThat(JsonLibrary.JACKSON_3.sameTree(sendNoOlm(), "{\"algorithm\":\"m.megolm.v1.aes-sha2\",\"sender_key\":\""
                + Examples.SENDER_KEY + "\",\"code\":\"m.no_olm\"}")).isTrue();
    }

    @Test
    void jackson2ReadsWhatTheExampleSends() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper jackson2 = new com.fasterxml.jackson.databind.ObjectMapper();

        RoomKeyWithheldContent content = jackson2.readValue(send(), RoomKeyWithheldContent.class);

        assertThat(content.getCode()).isSameAs(WithheldCode.UNVERIFIED);
        assertThat(jackson2.readTree(jackson2.writeValueAsString(content))).isEqualTo(jackson2.readTree(send()));
    }

    @Test
    void sendingWithoutTheRoomIsRefused() {
        assertThatThrownBy(() -> RoomKeyWithheldContent.builder()
                .algorithm("m.megolm.v1.aes-sha2").senderKey(ourCurve25519Key).sessionId(sessionId)
                .code(WithheldCode.UNVERIFIED).build())
                .isInstanceOf(SchemaViolationException.class)
                .hasMessageContaining("room_id is required because code is m.unverified");
    }

    private void markWithheld(String sender, String room, String session, String why) {
        List<String> call = new ArrayList<>();
        call.add(sender);
        call.add(room);
        call.add(session);
        call.add(why);
        withheld.add(call);
    }

    /** Stands in for the application's logger. */
    private static final class Log {
        final List<String> messages = new ArrayList<>();

        void warning(String message) {
            messages.add(message);
        }
    }
}
