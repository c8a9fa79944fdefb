package dev.withheld.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.OptBoolean;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The model reads JSON types strictly in Jackson 2 and Jackson 3 with their default settings.
 * <p>
 * Both versions, left alone, turn a number or boolean where a {@code String} belongs into text
 * ({@code "session_id": 42} would read as {@code "42"}, look valid, and be written back as
 * {@code "42"}), and read an explicit {@code null} as an absent member. The generated classes
 * prevent both with a type-checking reader per scalar property ({@code @JsonSetter(nulls = FAIL)}
 * and an {@code Object} parameter), so a parsed object never lies about the JSON it came from.
 * {@code @JsonFormat(lenient = OptBoolean.FALSE)}, the usual suggestion, does not help: both
 * versions ignore it on a {@code String} ({@link #lenientFalseDoesNotStopTheCoercion}).
 */
class JacksonStrictnessTest {

    private static final String CONTENT_WITHOUT_SESSION =
            "{\"algorithm\":\"m.megolm.v1.aes-sha2\",\"sender_key\":\"" + Examples.SENDER_KEY
                    + "\",\"room_id\":\"!Cuyf34gef24t:localhost\",\"code\":\"m.unverified\"";

    @ParameterizedTest(name = "session_id {0}")
    @ValueSource(strings = {"42", "4.5", "true", "null", "{\"a\":1}", "[\"x\"]"})
    void anythingButTextWhereAStringBelongsIsRefusedNamingTheProperty(String value) {
        for (JsonLibrary json : JsonLibrary.values()) {
            Throwable refused = catchThrowable(() -> json.read(CONTENT_WITHOUT_SESSION + ",\"session_id\":" + value + "}",
                    RoomKeyWithheldContent.class));
            assertThat(refused).as("%s reading %s", json, value).isNotNull();
            assertThat(refused.getMessage()).as("%s reading %s", json, value).contains("session_id");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(JsonLibrary.class)
    void theEnvelopeIsStrictToo(JsonLibrary json) {
        assertThat(catchThrowable(() -> json.read("{\"type\":1,\"sender\":\"@alice:example.org\"}", RoomKeyWithheldEvent.class)))
                .isNotNull();
        assertThat(catchThrowable(() -> json.read("{\"type\":\"m.room_key.withheld\",\"sender\":null}", RoomKeyWithheldEvent.class)))
                .isNotNull();
        assertThat(catchThrowable(() -> json.read("{\"type\":\"m.room_key.withheld\",\"content\":null}", RoomKeyWithheldEvent.class)))
                .as("an explicit null object").isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(JsonLibrary.class)
    void textIsKeptExactly(JsonLibrary json) throws Exception {
        String received = CONTENT_WITHOUT_SESSION + ",\"session_id\":\"42\"}";
        RoomKeyWithheldContent content = json.read(received, RoomKeyWithheldContent.class);
        assertThat(content.getSessionId()).isEqualTo("42");
        assertThat(json.sameTree(json.write(content), received)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(JsonLibrary.class)
    void nullsInAdditionalPropertiesAreKept(JsonLibrary json) throws Exception {
        String received = "{\"algorithm\":\"m.megolm.v1.aes-sha2\",\"sender_key\":\"" + Examples.SENDER_KEY
                + "\",\"code\":\"m.no_olm\",\"com.example.x\":null,\"com.example.y\":{\"z\":null,\"w\":[null,1.5]}}";

        RoomKeyWithheldContent content = json.read(received, RoomKeyWithheldContent.class);

        assertThat(content.getAdditionalProperties()).containsEntry("com.example.x", null);
        assertThat(json.sameTree(json.write(content), received)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(JsonLibrary.class)
    void theOpenEnumCodeRefusesNonText(JsonLibrary json) {
        for (String code : new String[] {"1", "true", "null", "[\"m.unverified\"]", "{\"value\":\"m.unverified\"}"}) {
            Throwable refused = catchThrowable(() -> json.read(
                    CONTENT_WITHOUT_SESSION + ",\"session_id\":\"s\",\"code\":" + code + "}", RoomKeyWithheldContent.class));
            assertThat(refused).as("code %s", code).isNotNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(JsonLibrary.class)
    void lenientFalseDoesNotStopTheCoercion(JsonLibrary json) throws Exception {
        assertThat(json.read("{\"value\":5}", LenientFalse.class).value).isEqualTo("5");
        assertThat(json.read("{\"value\":false}", LenientFalse.class).value).isEqualTo("false");
    }

    /** The annotation that looks like it should help, and does not. */
    static final class LenientFalse {

        @JsonProperty("value")
        @JsonFormat(lenient = OptBoolean.FALSE)
        String value;
    }
}
