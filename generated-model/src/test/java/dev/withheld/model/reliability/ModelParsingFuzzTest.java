package dev.withheld.model.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.withheld.model.RoomKeyWithheldContent;
import dev.withheld.model.RoomKeyWithheldEvent;
import dev.withheld.model.SchemaViolation;
import java.util.List;

/**
 * Fuzzes reading raw bytes into the generated model with Jackson 2 and Jackson 3, each with its
 * default settings, as a user's {@code ObjectMapper}/{@code JsonMapper} would.
 *
 * <p>Properties, for every input and both model classes:
 * <ul>
 * <li>reading returns an object (or {@code null} for a JSON {@code null}) or throws the library's
 *     documented exception type: {@code java.io.IOException} (its {@code JsonProcessingException}
 *     family) for Jackson 2, {@code tools.jackson.core.JacksonException} for Jackson 3; nothing
 *     else, no unchecked exception from the generated code and no {@link Error};</li>
 * <li>an object that was read answers {@code violations()}, {@code equals}, {@code hashCode} and
 *     {@code toString} without failing, and every violation has a pointer, a keyword and a message;</li>
 * <li>it holds no number that JSON cannot hold (NaN or infinity; a number beyond the range of
 *     {@code double} is refused when read, BUG-2), so it writes back with the same library, and what
 *     it writes reads back into an equal object;</li>
 * <li>when both libraries read the bytes, they read equal objects.</li>
 * </ul>
 */
class ModelParsingFuzzTest {

    @FuzzTest
    void parse(byte[] input) {
        for (Class<?> type : List.of(RoomKeyWithheldContent.class, RoomKeyWithheldEvent.class)) {
            Object fromJackson2 = ModelRoundTrip.JACKSON_2.readChecked(input, type);
            Object fromJackson3 = ModelRoundTrip.JACKSON_3.readChecked(input, type);
            for (ModelRoundTrip library : ModelRoundTrip.values()) {
                Object model = library == ModelRoundTrip.JACKSON_2 ? fromJackson2 : fromJackson3;
                if (model != null) {
                    checkObject(model);
                    library.checkRoundTrip(model);
                }
            }
            if (fromJackson2 != null && fromJackson3 != null) {
                assertThat(fromJackson3).as("Jackson 3 reads what Jackson 2 reads").isEqualTo(fromJackson2);
            }
        }
    }

    static void checkObject(Object model) {
        List<SchemaViolation> violations = model instanceof RoomKeyWithheldEvent event
                ? event.violations()
                : ((RoomKeyWithheldContent) model).violations();
        assertThat(violations).allSatisfy(v -> {
            assertThat(v.pointer()).satisfiesAnyOf(p -> assertThat(p).isEmpty(), p -> assertThat(p).startsWith("/"));
            assertThat(v.keyword()).isNotBlank();
            assertThat(v.message()).isNotBlank();
        });
        assertThat(ModelRoundTrip.holdsNonFiniteNumber(ModelRoundTrip.additionalProperties(model)))
                .as("a number JSON cannot hold in %s", model).isFalse();
        assertThat(model).isEqualTo(model);
        assertThat(model.hashCode()).isEqualTo(model.hashCode());
        assertThat(model.toString()).isNotNull();
    }
}
