package dev.withheld.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves that the model reports broken rules where the schema does.
 * <p>
 * The cases are the invalid ones of the suites for the base schemas and the receiving profiles
 * (see {@link SuiteTarget} for why the sending profiles' are not). They split by the rule in
 * {@link Representability}:
 * <ul>
 * <li>a case the model can represent parses with Jackson 2 and with Jackson 3, reports violations
 *     whose pointer set equals the suite's (see {@link SuiteCase#modelPointers()} for the receiving
 *     event type), and writes back unchanged: a receiver keeps even an invalid event as it came;</li>
 * <li>a case the model cannot represent (not an object; a wrong JSON type or {@code null} where the
 *     model has a typed property) is proven so: the library refuses it, or reads JSON {@code null} as
 *     no object at all, or reads an object that does not write back to the case, because the
 *     difference that makes the case invalid is lost.</li>
 * </ul>
 */
class InvalidSuiteCasesTest {

    static Stream<Arguments> representableCases() {
        return withLibraries(Suites.invalidCasesForTheModel()
                .filter(c -> Representability.whyUnrepresentable(c.data(), c.target().modelClass).isEmpty()));
    }

    static Stream<Arguments> unrepresentableCases() {
        return withLibraries(Suites.invalidCasesForTheModel()
                .filter(c -> Representability.whyUnrepresentable(c.data(), c.target().modelClass).isPresent()));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("representableCases")
    void reportsTheSuitePointersAndKeepsTheInstance(SuiteCase suiteCase, JsonLibrary json) throws Exception {
        Object model = json.read(suiteCase.json(), suiteCase.target().modelClass);

        assertThat(Violations.pointers(model)).as("%s [%s]: violations %s", suiteCase, json, Violations.of(model))
                .containsExactlyInAnyOrderElementsOf(suiteCase.modelPointers());
        assertThat(Violations.of(model)).allSatisfy(violation -> {
            assertThat(violation.keyword()).isNotBlank();
            assertThat(violation.message()).isNotBlank();
        });
        String written = json.write(model);
        assertThat(json.sameTree(written, suiteCase.json()))
                .as("%s [%s]: written back%n  %s%nread from%n  %s", suiteCase, json, written, suiteCase.json())
                .isTrue();
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("unrepresentableCases")
    void isRefusedOrCannotBeWrittenBack(SuiteCase suiteCase, JsonLibrary json) throws Exception {
        String why = Representability.whyUnrepresentable(suiteCase.data(), suiteCase.target().modelClass).orElseThrow();
        Optional<Object> model;
        try {
            model = Optional.ofNullable(json.read(suiteCase.json(), suiteCase.target().modelClass));
        } catch (Exception refused) {
            assertThat(refused.getClass().getName()).as("%s [%s]: %s, refused with %s", suiteCase, json, why, refused)
                    .contains("jackson").endsWith("Exception");
            return;
        }
        if (model.isEmpty()) {
            assertThat(suiteCase.data().isNull()).as("%s [%s]: %s, read as no object", suiteCase, json, why).isTrue();
            return;
        }
        String written = json.write(model.get());
        assertThat(json.sameTree(written, suiteCase.json()))
                .as("%s: %s, yet %s read it and wrote it back unchanged: %s", suiteCase, why, json, written)
                .isFalse();
    }

    private static Stream<Arguments> withLibraries(Stream<SuiteCase> cases) {
        return cases.flatMap(c -> Stream.of(JsonLibrary.values()).map(library -> Arguments.of(c, library)));
    }
}
