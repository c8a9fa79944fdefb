package dev.withheld.model.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.StreamReadFeature;
import dev.withheld.model.RoomKeyWithheldContent;
import dev.withheld.model.RoomKeyWithheldEvent;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
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
     * BUG-2: an unknown member holding a number beyond the range of {@code double} ({@code 1e400},
     * valid JSON and valid in every profile) is read as {@code Double.POSITIVE_INFINITY} into
     * {@code getAdditionalProperties()} and written back as the string {@code "Infinity"}, so the
     * "exact round trip" that the README promises does not hold. The fix is in the generated code
     * (or the documented mapper settings), not in a test.
     */
    @Test
    @Disabled("BUG-2 (reported to the lead with issue 9): 1e400 in an unknown member is written back as the string"
            + " \"Infinity\"; the generated any-setter keeps Jackson's Double")
    void anUnknownMemberBeyondDoubleRangeRoundTrips() throws Exception {
        byte[] bytes = bytesOf("number-huge-exponent.json");
        for (ModelRoundTrip library : ModelRoundTrip.values()) {
            Object model = library.read(bytes, RoomKeyWithheldContent.class);
            String written = new String(library.write(model), StandardCharsets.UTF_8);
            assertThat(written).as(library.toString()).doesNotContain("\"Infinity\"").containsPattern("\"x\":1(\\.0)?E\\+?400");
        }
    }

    private static byte[] bytesOf(String name) {
        return HostileCorpus.files().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().bytes().get();
    }
}
