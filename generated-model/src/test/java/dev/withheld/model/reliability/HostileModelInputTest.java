package dev.withheld.model.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.StreamReadFeature;
import dev.withheld.model.RoomKeyWithheldContent;
import dev.withheld.model.RoomKeyWithheldEvent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every entry of the hostile-input corpus ({@link HostileCorpus}) read into the model with Jackson 2
 * and Jackson 3 at their default settings, as content and as an event: the outcome is the one the
 * corpus index records (an object, no object, or the library's documented exception with a message),
 * and an object that was read checks its rules and writes back without trouble. The limits that bound
 * time and memory here are Jackson's own defaults (nesting depth, string, name and number length);
 * the timeout only guards against a hang.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostileModelInputTest {

    static Stream<Arguments> entries() {
        return HostileCorpus.entries().stream().flatMap(entry -> Stream.of(ModelRoundTrip.values())
                .flatMap(library -> Stream.of(RoomKeyWithheldContent.class, RoomKeyWithheldEvent.class)
                        .map(type -> Arguments.of(entry, library, type.getSimpleName()))));
    }

    @ParameterizedTest(name = "{0} [{1}, {2}]")
    @MethodSource("entries")
    void readsOrRefusesAsDocumented(HostileCorpus.Entry entry, ModelRoundTrip library, String typeName) throws Exception {
        Class<?> type = Class.forName("dev.withheld.model." + typeName);
        String outcome;
        Object model = null;
        try {
            model = library.read(entry.bytes().get(), type);
            outcome = model == null ? "null" : "read";
        } catch (ModelRoundTrip.Refused refused) {
            assertThat(refused.getCause().getMessage()).as("the refusal says why").isNotBlank();
            outcome = "refused";
        }
        assertThat(outcome).as("%s (%s) with %s", entry, entry.what(), library).isEqualTo(entry.expected(library));
        if (model != null) {
            ModelParsingFuzzTest.checkObject(model);
            if (!entry.hasKnownBug("model-round-trip")) {
                library.checkRoundTrip(model);
            }
        }
    }

    @Test
    void theCorpusCoversEveryKindOfHostileInput() {
        assertThat(HostileCorpus.entries()).extracting(HostileCorpus.Entry::validator)
                .contains("rejected:empty", "rejected:not-json", "rejected:invalid-utf8", "rejected:duplicate-key",
                        "rejected:trailing-content", "rejected:too-deep", "rejected:too-large",
                        "rejected:number-too-long", "checked");
        assertThat(HostileCorpus.entries()).extracting(HostileCorpus.Entry::name)
                .contains("bom-utf8.json", "nan.json", "lone-high-surrogate-escape.json", "top-level-array.json");
    }

    /**
     * What SECURITY.md recommends to an application that reads untrusted events with its own
     * mapper instead of the validator: strict duplicate detection, and (in Jackson 2) failing on
     * trailing tokens. Then duplicate members and trailing content are refused, not guessed at.
     */
    @Test
    void aStrictJackson2MapperRefusesDuplicatesAndTrailingContent() {
        com.fasterxml.jackson.databind.ObjectMapper strict = com.fasterxml.jackson.databind.json.JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        for (String name : new String[] {"duplicate-code.json", "duplicate-unknown-member.json", "trailing-garbage.json"}) {
            byte[] bytes = bytesOf(name);
            assertThrows(java.io.IOException.class, () -> strict.readValue(bytes, RoomKeyWithheldEvent.class), name);
        }
    }

    @Test
    void aStrictJackson3MapperRefusesDuplicates() {
        tools.jackson.databind.json.JsonMapper strict = tools.jackson.databind.json.JsonMapper.builder()
                .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        for (String name : new String[] {"duplicate-code.json", "duplicate-unknown-member.json", "trailing-garbage.json"}) {
            byte[] bytes = bytesOf(name);
            assertThrows(tools.jackson.core.JacksonException.class, () -> strict.readValue(bytes, RoomKeyWithheldEvent.class),
                    name);
        }
    }

    /**
     * BUG-2, fixed: an unknown member holding a number beyond the range of {@code double}
     * ({@code 1e400}, valid JSON and valid in every profile) is read by a default mapper as
     * {@code Infinity}, which would be written back as the string {@code "Infinity"}. Reading it fails
     * instead, with the library's own exception naming the member and the mapper setting that keeps it.
     */
    @Test
    void anUnknownMemberBeyondDoubleRangeIsRefusedWithItsNameAndTheFix() {
        byte[] content = bytesOf("number-huge-exponent.json");
        byte[] event = event(content);
        com.fasterxml.jackson.databind.ObjectMapper jackson2 = new com.fasterxml.jackson.databind.ObjectMapper();
        tools.jackson.databind.json.JsonMapper jackson3 = tools.jackson.databind.json.JsonMapper.builder().build();
        for (byte[] bytes : List.of(content, event)) {
            for (Class<?> type : List.of(RoomKeyWithheldContent.class, RoomKeyWithheldEvent.class)) {
                var fromJackson2 = assertThrows(com.fasterxml.jackson.databind.DatabindException.class,
                        () -> jackson2.readValue(bytes, type));
                var fromJackson3 = assertThrows(tools.jackson.databind.DatabindException.class,
                        () -> jackson3.readValue(bytes, type));
                for (Exception refusal : List.of(fromJackson2, fromJackson3)) {
                    assertThat(refusal.getMessage()).as("%s", refusal.getClass().getName())
                            .containsAnyOf("member \"x\" is Infinity", "member \"content\" (at /content/x) is Infinity")
                            .contains("which JSON cannot hold", "DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS");
                }
            }
        }
        String nested = "{\"algorithm\":\"a\",\"sender_key\":\"k\",\"x\":{\"y\":[1,-1e400]}}";
        var refusal = assertThrows(tools.jackson.databind.DatabindException.class,
                () -> jackson3.readValue(nested, RoomKeyWithheldContent.class));
        assertThat(refusal.getMessage()).contains("member \"x\" (at /x/y/1) is -Infinity");
    }

    /** With USE_BIG_DECIMAL_FOR_FLOATS, the documented remedy, such numbers round-trip exactly in both Jacksons. */
    @Test
    void withBigDecimalsAnUnknownMemberBeyondDoubleRangeRoundTripsExactly() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper jackson2 = com.fasterxml.jackson.databind.json.JsonMapper.builder()
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
        tools.jackson.databind.json.JsonMapper jackson3 = tools.jackson.databind.json.JsonMapper.builder()
                .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
        Map<String, String> exponents = Map.of("number-huge-exponent.json", "1E+400",
                "number-exponent-999999999.json", "1E+999999999", "number-tiny-exponent.json", "1E-400");
        for (Map.Entry<String, String> entry : exponents.entrySet()) {
            byte[] bytes = bytesOf(entry.getKey());
            BigDecimal expected = new BigDecimal(entry.getValue());

            RoomKeyWithheldContent fromJackson2 = jackson2.readValue(bytes, RoomKeyWithheldContent.class);
            RoomKeyWithheldContent fromJackson3 = jackson3.readValue(bytes, RoomKeyWithheldContent.class);
            assertThat(fromJackson2.getAdditionalProperties()).containsEntry("x", expected);
            assertThat(fromJackson3).isEqualTo(fromJackson2);

            String written2 = jackson2.writeValueAsString(fromJackson2);
            String written3 = jackson3.writeValueAsString(fromJackson3);
            assertThat(written2).as(entry.getKey()).contains("\"x\":" + entry.getValue()).isEqualTo(written3);
            assertThat(jackson2.readTree(written2)).isEqualTo(jackson2.readTree(bytes));
            assertThat(jackson2.readValue(written2, RoomKeyWithheldContent.class)).isEqualTo(fromJackson2);

            RoomKeyWithheldEvent wrapped = jackson3.readValue(event(bytes), RoomKeyWithheldEvent.class);
            assertThat(wrapped.getContent().getAdditionalProperties()).containsEntry("x", expected);
            assertThat(jackson3.readValue(jackson3.writeValueAsBytes(wrapped), RoomKeyWithheldEvent.class)).isEqualTo(wrapped);
        }
    }

    /** The content entry {@code bytes} as the content of a received event. */
    private static byte[] event(byte[] content) {
        return ("{\"type\":\"m.room_key.withheld\",\"sender\":\"@a:example.org\",\"content\":"
                + new String(content, StandardCharsets.UTF_8) + "}").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytesOf(String name) {
        return HostileCorpus.files().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().bytes().get();
    }
}
