package dev.withheld.codegen.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.withheld.codegen.differential.JsonTrees;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test support: a document read into a generated type with Jackson 2 and with Jackson 3, as a user's default mappers
 * read it, must break no rule and be written back as it came (numbers compared by value, with every digit).
 */
public final class JacksonRoundTrip {

    private static final ObjectMapper JACKSON2 = new ObjectMapper();
    private static final JsonMapper JACKSON3 = JsonMapper.builder().build();
    /** Reads the expected trees with every digit, so that a number rounded on the way is a difference. */
    private static final ObjectMapper EXACT = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private JacksonRoundTrip() {
    }

    /** Reads {@code json} as {@code type} with both Jacksons; each reading must be valid and write back {@code json}. */
    public static void assertValidRoundTrip(Class<?> type, String json) throws Exception {
        JsonNode tree = EXACT.readTree(json);
        Object read2 = JACKSON2.readValue(json, type);
        assertThat(violations(read2)).as(json).isEmpty();
        String written2 = JACKSON2.writeValueAsString(read2);
        assertThat(JsonTrees.firstDifference(tree, EXACT.readTree(written2))).as("Jackson 2: %s written back as %s", json, written2).isEmpty();
        Object read3 = JACKSON3.readValue(json, type);
        assertThat(violations(read3)).as(json).isEmpty();
        String written3 = JACKSON3.writeValueAsString(read3);
        assertThat(JsonTrees.firstDifference(tree, EXACT.readTree(written3))).as("Jackson 3: %s written back as %s", json, written3).isEmpty();
    }

    /** What {@code violations()} of a generated object reports, as text. */
    public static List<String> violations(Object object) {
        return ((List<?>) GeneratedModel.call(object, "violations")).stream().map(String::valueOf).toList();
    }
}
