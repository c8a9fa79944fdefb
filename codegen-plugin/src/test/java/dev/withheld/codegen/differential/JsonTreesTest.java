package dev.withheld.codegen.differential;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The round-trip comparison decides what counts as "the same JSON": pin its rules down. */
class JsonTreesTest {

    private static final ObjectMapper EXACT = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static String difference(String read, String written) throws Exception {
        return JsonTrees.firstDifference(EXACT.readTree(read), EXACT.readTree(written)).orElse("same");
    }

    @Test
    void numbersCompareByValueAndMembersInAnyOrder() throws Exception {
        assertThat(difference("{\"a\":1,\"b\":[1e2,2.50]}", "{\"b\":[100,2.5],\"a\":1.0}")).isEqualTo("same");
    }

    @Test
    void absentNullAndEmptyAreThreeDifferentThings() throws Exception {
        assertThat(difference("{}", "{\"tags\":[]}")).isEqualTo("/tags: read (absent), wrote []");
        assertThat(difference("{\"t\":null}", "{}")).isEqualTo("/t: read null, wrote (absent)");
        assertThat(difference("{\"t\":null}", "{\"t\":\"\"}")).isEqualTo("/t: read null, wrote \"\"");
    }

    @Test
    void lostDigitsAndChangedTypesAreDifferences() throws Exception {
        assertThat(difference("{\"x\":3.14159265358979323846}", "{\"x\":3.141592653589793}")).startsWith("/x: read 3.14159265358979323846");
        assertThat(difference("{\"x\":[1]}", "{\"x\":[\"1\"]}")).isEqualTo("/x/0: read 1, wrote \"1\"");
        assertThat(difference("{\"a/b\":{\"c~\":1}}", "{\"a/b\":{\"c~\":2}}")).isEqualTo("/a~1b/c~0: read 1, wrote 2");
    }
}
