package dev.withheld.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves exact round-trip: every valid case of every suite (base schemas and all profiles, which
 * build on the base) parses into the model with Jackson 2 and with Jackson 3, has no violations, and
 * writes back to the same JSON tree: unknown codes, unknown algorithms, the unstable event type and
 * unknown fields at both levels included.
 */
class ValidSuiteCasesTest {

    static Stream<Arguments> validCases() {
        return Suites.validCases().flatMap(c -> Stream.of(JsonLibrary.values()).map(library -> Arguments.of(c, library)));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("validCases")
    void parsesWithoutViolationsAndWritesBackTheSameTree(SuiteCase suiteCase, JsonLibrary json) throws Exception {
        Object model = json.read(suiteCase.json(), suiteCase.target().modelClass);

        assertThat(model).as("%s [%s]", suiteCase, json).isInstanceOf(suiteCase.target().modelClass);
        assertThat(Violations.of(model)).as("%s [%s]: violations of %s", suiteCase, json, suiteCase.json()).isEmpty();
        String written = json.write(model);
        assertThat(json.sameTree(written, suiteCase.json()))
                .as("%s [%s]: written back%n  %s%nread from%n  %s", suiteCase, json, written, suiteCase.json())
                .isTrue();
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("validCases")
    void readsTheSameObjectWithBothJacksonVersions(SuiteCase suiteCase, JsonLibrary json) throws Exception {
        JsonLibrary other = json == JsonLibrary.JACKSON_2 ? JsonLibrary.JACKSON_3 : JsonLibrary.JACKSON_2;
        Object model = json.read(suiteCase.json(), suiteCase.target().modelClass);
        Object reread = other.read(json.write(model), suiteCase.target().modelClass);

        assertThat(reread).as("%s read with %s, written and read again with %s", suiteCase, json, other).isEqualTo(model).hasSameHashCodeAs(model);
    }
}
