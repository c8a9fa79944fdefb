package dev.withheld.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The content's variant view (issue 19, point 3): {@code m.no_olm} is device-wide, every other code
 * (and no code) is about one session, whose room and session are then never null. Every valid suite
 * case has its shape, and reads and writes back the same through both views.
 */
class VariantTest {

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("dev.withheld.model.ValidSuiteCasesTest#validCases")
    void everyValidContentHasTheShapeOfItsCode(SuiteCase suiteCase, JsonLibrary json) throws Exception {
        Object read = json.read(suiteCase.json(), suiteCase.target().modelClass);
        RoomKeyWithheldContent content = read instanceof RoomKeyWithheldEvent event ? event.getContent() : (RoomKeyWithheldContent) read;
        RoomKeyWithheldContent.Variant shape = content.variant();
        if (content.getCode() != null && content.getCode().equals(WithheldCode.NO_OLM)) {
            assertThat(shape).as(suiteCase.toString()).isInstanceOf(RoomKeyWithheldContent.NoOlmSession.class);
        } else {
            assertThat(shape).as(suiteCase.toString()).isInstanceOf(RoomKeyWithheldContent.SpecificSession.class);
            RoomKeyWithheldContent.SpecificSession session = (RoomKeyWithheldContent.SpecificSession) shape;
            assertThat(session.roomId()).isEqualTo(content.getRoomId()).isNotNull();
            assertThat(session.sessionId()).isEqualTo(content.getSessionId()).isNotNull();
        }
        assertThat(shape.object()).isSameAs(content);
        assertThat(json.sameTree(json.write(read), suiteCase.json())).as("%s written back through the variant's object", suiteCase).isTrue();
    }

    @Test
    void aBuiltContentHasItsShapeAndAnInvalidOneHasNone() throws Exception {
        RoomKeyWithheldContent noOlm = RoomKeyWithheldContent.builder().algorithm(Examples.ALGORITHM).senderKey(Examples.SENDER_KEY)
                .code(WithheldCode.NO_OLM).build();
        assertThat(noOlm.variant()).isEqualTo(new RoomKeyWithheldContent.NoOlmSession(noOlm));
        RoomKeyWithheldContent unverified = Examples.unverified().build();
        assertThat(unverified.variant())
                .isEqualTo(new RoomKeyWithheldContent.SpecificSession(unverified, Examples.ROOM_ID, Examples.SESSION_ID));

        RoomKeyWithheldContent noSession = JsonLibrary.JACKSON_2.read("""
                {"algorithm": "m.megolm.v1.aes-sha2", "sender_key": "RF3s+E7RkTQTGF2d8Deol0FkQvgII2aJDf3/Jp5mxVU",
                 "room_id": "!Cuyf34gef24t:localhost", "code": "m.unverified"}""", RoomKeyWithheldContent.class);
        assertThatThrownBy(noSession::variant).isInstanceOf(SchemaViolationException.class)
                .hasMessageContaining("session_id is required because code is m.unverified");
    }
}
