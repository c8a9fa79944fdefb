package dev.withheld.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.withheld.model.WithheldNotices.UndecryptableMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The proposal's rules for what a notice explains, both ways, for every code (issue 19, point 3). */
class WithheldNoticesTest {

    private static final Instant ARRIVED = Instant.parse("2026-12-02T12:00:00Z");
    private static final Instant BEFORE = ARRIVED.minusSeconds(60);
    private static final Instant AFTER = ARRIVED.plusSeconds(60);
    private static final String OTHER_KEY = "hAf5QdBnfHLJYeo0qOE2ZCxYy2hV4wQp9qXLzR4ZmGs";

    /** Every code a session notice may carry: the known ones but m.no_olm, a custom one, and none. */
    static Stream<WithheldCode> sessionCodes() {
        List<WithheldCode> codes = new ArrayList<>(WithheldCode.knownValues());
        codes.remove(WithheldCode.NO_OLM);
        codes.add(WithheldCode.of("org.example.quota_exceeded"));
        codes.add(null);
        return codes.stream();
    }

    private static RoomKeyWithheldContent sessionNotice(WithheldCode code) {
        return Examples.received().code(code).build(); // a notice as received: any code
    }

    private static UndecryptableMessage message(String room, String session, String senderKey, Instant sent) {
        return new UndecryptableMessage(room, session, senderKey, sent);
    }

    @ParameterizedTest(name = "code {0}")
    @MethodSource("sessionCodes")
    void aSessionNoticeExplainsTheMessagesOfThatSessionWhenEverTheyWereSent(WithheldCode code) {
        RoomKeyWithheldContent notice = sessionNotice(code);
        for (Instant sent : List.of(BEFORE, AFTER)) {
            assertThat(WithheldNotices.explains(notice, ARRIVED, message(Examples.ROOM_ID, Examples.SESSION_ID, Examples.SENDER_KEY, sent)))
                    .isTrue();
        }
        assertThat(WithheldNotices.explains(notice, ARRIVED, message(Examples.ROOM_ID, "another-session", Examples.SENDER_KEY, BEFORE)))
                .isFalse();
        assertThat(WithheldNotices.explains(notice, ARRIVED, message("!another:localhost", Examples.SESSION_ID, Examples.SENDER_KEY, BEFORE)))
                .isFalse();
        assertThat(WithheldNotices.explains(notice, ARRIVED, message(Examples.ROOM_ID, Examples.SESSION_ID, OTHER_KEY, BEFORE)))
                .isFalse();
    }

    @ParameterizedTest(name = "code {0}")
    @MethodSource("sessionCodes")
    void aSessionNoticeExplainsOnlyTheMessagesBeforeTheFirstKeyReceivedLater(WithheldCode code) {
        RoomKeyWithheldContent notice = sessionNotice(code);
        for (long index : new long[] {0, 9}) {
            assertThat(WithheldNotices.explains(notice, ARRIVED, new UndecryptableMessage(Examples.ROOM_ID, Examples.SESSION_ID,
                    Examples.SENDER_KEY, BEFORE, index, OptionalLong.of(10)))).as("index %d", index).isTrue();
        }
        for (long index : new long[] {10, 11}) {
            assertThat(WithheldNotices.explains(notice, ARRIVED, new UndecryptableMessage(Examples.ROOM_ID, Examples.SESSION_ID,
                    Examples.SENDER_KEY, BEFORE, index, OptionalLong.of(10)))).as("index %d", index).isFalse();
        }
    }

    @Test
    void anNoOlmNoticeExplainsEveryMessageOfItsSenderKeySentBeforeItArrived() {
        RoomKeyWithheldContent notice = RoomKeyWithheldContent.builder().algorithm(Examples.ALGORITHM).senderKey(Examples.SENDER_KEY)
                .code(WithheldCode.NO_OLM).build();
        for (String room : List.of(Examples.ROOM_ID, "!another:localhost")) {
            for (String session : List.of(Examples.SESSION_ID, "another-session")) {
                assertThat(WithheldNotices.explains(notice, ARRIVED, message(room, session, Examples.SENDER_KEY, BEFORE))).isTrue();
                assertThat(WithheldNotices.explains(notice, ARRIVED, message(room, session, Examples.SENDER_KEY, ARRIVED))).isTrue();
                assertThat(WithheldNotices.explains(notice, ARRIVED, message(room, session, Examples.SENDER_KEY, AFTER))).isFalse();
                assertThat(WithheldNotices.explains(notice, ARRIVED, message(room, session, OTHER_KEY, BEFORE))).isFalse();
            }
        }
    }

    @Test
    void anNoOlmNoticeThatStillNamesASessionIsDeviceWide() {
        RoomKeyWithheldContent notice = Examples.unverified().code(WithheldCode.NO_OLM).build();
        assertThat(WithheldNotices.explains(notice, ARRIVED, message("!another:localhost", "another-session", Examples.SENDER_KEY, BEFORE)))
                .isTrue();
    }

    @Test
    void aNoticeThatBreaksItsSchemaExplainsNothing() throws Exception {
        RoomKeyWithheldContent broken = JsonLibrary.JACKSON_3.read("""
                {"algorithm": "m.megolm.v1.aes-sha2", "sender_key": "RF3s+E7RkTQTGF2d8Deol0FkQvgII2aJDf3/Jp5mxVU", "code": "m.unverified"}""",
                RoomKeyWithheldContent.class);
        assertThatThrownBy(() -> WithheldNotices.explains(broken, ARRIVED,
                message(Examples.ROOM_ID, Examples.SESSION_ID, Examples.SENDER_KEY, BEFORE))).isInstanceOf(SchemaViolationException.class);
    }
}
