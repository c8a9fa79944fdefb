package dev.withheld.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.OptBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Records how Jackson 2 and Jackson 3 (default settings) treat JSON of the wrong type in the model,
 * and proves which fixes work in both, so that the generator can be changed with evidence.
 * <p>
 * Today both versions silently turn a number or boolean where a {@code String} property belongs into
 * text ({@code "session_id": 42} reads as {@code "42"}, so the object looks valid and writes back
 * {@code "42"}), and read an explicit {@code null} as an absent member. The tests named
 * {@code today...} pin that behaviour: when the generator emits the type-checking setter shown by
 * {@link StrictlyTyped}, they fail and must be turned into refusals. An open-enum property such as
 * {@code code} is already strict about types, because its {@code @JsonCreator} takes only text.
 * {@code @JsonFormat(lenient = OptBoolean.FALSE)} does not help: both versions ignore it on a
 * {@code String}. Until the generator changes, a user can make either mapper strict by configuration
 * (the {@code untilThen...} tests).
 */
class JacksonStrictnessTest {

    private static final String CONTENT_WITHOUT_SESSION =
            "{\"algorithm\":\"m.megolm.v1.aes-sha2\",\"sender_key\":\"" + Examples.SENDER_KEY
                    + "\",\"room_id\":\"!Cuyf34gef24t:localhost\",\"code\":\"m.unverified\"";

    @ParameterizedTest(name = "{0}")
    @EnumSource(JsonLibrary.class)
    void todayANumberWhereAStringBelongsIsReadAsText(JsonLibrary json) throws Exception {
        String received = CONTENT_WITHOUT_SESSION + ",\"session_id\":42}";

        RoomKeyWithheldContent content = json.read(received, RoomKeyWithheldContent.class);

        assertThat(content.getSessionId()).isEqualTo("42");
        assertThat(content.isValid()).as("the schema says /session_id is wrong").isTrue();
        assertThat(json.sameTree(json.write(content), received)).as("written back as \"42\"").isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(JsonLibrary.class)
    void todayBooleansAndFractionsAreReadAsTextToo(JsonLibrary json) throws Exception {
        assertThat(json.read(CONTENT_WITHOUT_SESSION + ",\"session_id\":true}", RoomKeyWithheldContent.class).getSessionId())
                .isEqualTo("true");
        assertThat(json.read(CONTENT_WITHOUT_SESSION + ",\"session_id\":4.5}", RoomKeyWithheldContent.class).getSessionId())
                .isEqualTo("4.5");
        assertThat(json.read("{\"type\":1,\"sender\":\"@alice:example.org\"}", RoomKeyWithheldEvent.class).getType())
                .isEqualTo("1");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(JsonLibrary.class)
    void todayAnExplicitNullIsReadAsAbsent(JsonLibrary json) throws Exception {
        String received = "{\"algorithm\":\"m.megolm.v1.aes-sha2\",\"sender_key\":\"" + Examples.SENDER_KEY
                + "\",\"code\":\"m.no_olm\",\"room_id\":null}";

        RoomKeyWithheldContent content = json.read(received, RoomKeyWithheldContent.class);

        assertThat(content.isValid()).as("the schema says /room_id must not be null").isTrue();
        assertThat(content).isEqualTo(json.read(received.replace(",\"room_id\":null", ""), RoomKeyWithheldContent.class));
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
        for (String code : new String[] {"1", "true", "[\"m.unverified\"]", "{\"value\":\"m.unverified\"}"}) {
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

    @ParameterizedTest(name = "{0}")
    @EnumSource(JsonLibrary.class)
    void aTypeCheckingSetterKeepsText(JsonLibrary json) throws Exception {
        assertThat(json.read("{\"value\":\"42\"}", StrictlyTyped.class).getValue()).isEqualTo("42");
        assertThat(json.read("{}", StrictlyTyped.class).getValue()).isNull();
        assertThat(json.sameTree(json.write(json.read("{\"value\":\"42\"}", StrictlyTyped.class)), "{\"value\":\"42\"}"))
                .isTrue();
    }

    @ParameterizedTest(name = "value {0}")
    @ValueSource(strings = {"42", "4.5", "true", "null", "{\"a\":1}", "[\"x\"]"})
    void aTypeCheckingSetterRefusesAnythingButTextInBothVersions(String value) {
        for (JsonLibrary json : JsonLibrary.values()) {
            Throwable refused = catchThrowable(() -> json.read("{\"value\":" + value + "}", StrictlyTyped.class));
            assertThat(refused).as("%s reading %s", json, value).isNotNull();
            assertThat(refused.getMessage()).as("%s reading %s", json, value).contains("value");
        }
    }

    @Test
    void untilThenAJackson2MapperCanBeMadeStrict() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        mapper.coercionConfigFor(com.fasterxml.jackson.databind.type.LogicalType.Textual)
                .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.Integer, com.fasterxml.jackson.databind.cfg.CoercionAction.Fail)
                .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.Float, com.fasterxml.jackson.databind.cfg.CoercionAction.Fail)
                .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.Boolean, com.fasterxml.jackson.databind.cfg.CoercionAction.Fail);
        mapper.configOverride(String.class).setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL));

        assertStrict(json -> mapper.readValue(json, RoomKeyWithheldContent.class));
    }

    @Test
    void untilThenAJackson3MapperCanBeMadeStrict() throws Exception {
        tools.jackson.databind.json.JsonMapper mapper = tools.jackson.databind.json.JsonMapper.builder()
                .withCoercionConfig(tools.jackson.databind.type.LogicalType.Textual, config -> config
                        .setCoercion(tools.jackson.databind.cfg.CoercionInputShape.Integer, tools.jackson.databind.cfg.CoercionAction.Fail)
                        .setCoercion(tools.jackson.databind.cfg.CoercionInputShape.Float, tools.jackson.databind.cfg.CoercionAction.Fail)
                        .setCoercion(tools.jackson.databind.cfg.CoercionInputShape.Boolean, tools.jackson.databind.cfg.CoercionAction.Fail))
                .withConfigOverride(String.class, override -> override.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.FAIL)))
                .build();

        assertStrict(json -> mapper.readValue(json, RoomKeyWithheldContent.class));
    }

    private static void assertStrict(Reader reader) throws Exception {
        for (String sessionId : new String[] {"42", "4.5", "true", "null"}) {
            assertThat(catchThrowable(() -> reader.read(CONTENT_WITHOUT_SESSION + ",\"session_id\":" + sessionId + "}")))
                    .as("session_id %s", sessionId).isNotNull();
        }
        String withExtraNull = CONTENT_WITHOUT_SESSION + ",\"session_id\":\"s\",\"com.example.x\":null}";
        assertThat(reader.read(withExtraNull).getAdditionalProperties()).as("nulls of unnamed fields stay")
                .containsEntry("com.example.x", null);
    }

    @FunctionalInterface
    private interface Reader {
        RoomKeyWithheldContent read(String json) throws Exception;
    }

    /** The shape the generator could emit per string property: annotations only, both Jacksons. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    static final class StrictlyTyped {

        private String value;

        @JsonProperty("value")
        String getValue() {
            return value;
        }

        @JsonProperty("value")
        @JsonSetter(nulls = Nulls.FAIL)
        private void readValue(Object json) {
            if (!(json instanceof String)) {
                throw new IllegalArgumentException("value must be a string, not " + json);
            }
            this.value = (String) json;
        }
    }

    /** The annotation that looks like it should help, and does not. */
    static final class LenientFalse {

        @JsonProperty("value")
        @JsonFormat(lenient = OptBoolean.FALSE)
        String value;
    }
}
