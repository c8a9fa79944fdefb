package dev.withheld.codegen.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The "did you mean" of a {@code $ref} to a member that does not exist. */
class ReferenceSuggestionTest {

    private static final JsonNode DOCUMENT = read("{\"$defs\": {\"roomId\": {}, \"a/b\": {}, \"userId\": {}}}");

    @Test
    void suggestsTheSiblingWithinTwoEdits() {
        assertThat(ReferenceCheck.suggestion(DOCUMENT, "/$defs/roomID")).isEqualTo("; did you mean /$defs/roomId?");
        assertThat(ReferenceCheck.suggestion(DOCUMENT, "/$defs/romId")).isEqualTo("; did you mean /$defs/roomId?");
        assertThat(ReferenceCheck.suggestion(DOCUMENT, "/$defs/usrID")).isEqualTo("; did you mean /$defs/userId?");
    }

    @Test
    void readsAndWritesEscapedTokens() {
        assertThat(ReferenceCheck.suggestion(DOCUMENT, "/$defs/a~1c")).isEqualTo("; did you mean /$defs/a~1b?");
    }

    @Test
    void suggestsNothingFurtherAway() {
        assertThat(ReferenceCheck.suggestion(DOCUMENT, "/$defs/sessionId")).isEmpty();
        assertThat(ReferenceCheck.suggestion(DOCUMENT, "/nowhere/roomId")).isEmpty();
    }

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
