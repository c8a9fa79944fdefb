package dev.withheld.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example of the schema suites gets its declared verdict through the library, with
 * exactly the declared pointers, whatever form the input takes.
 */
class SuiteCasesTest {

    private static final WithheldValidator WITHHELD = WithheldValidator.create(Revision.MSC2399);
    private static final SchemaSet SCHEMAS = SchemaSet.withheld();
    private static final Map<String, SchemaValidator> BY_ID = new ConcurrentHashMap<>();

    static List<SuiteCases.Case> cases() {
        return SuiteCases.all();
    }

    static Stream<SuiteCases.Case> profileCases() {
        return cases().stream().filter(c -> profileOf(c.schemaId()) != null);
    }

    @Test
    void theSuitesCoverBothProfilesAndBothKinds() {
        Set<String> targets = cases().stream().map(SuiteCases.Case::schemaId).collect(Collectors.toSet());
        for (Kind kind : Kind.values()) {
            for (Profile profile : Profile.values()) {
                assertThat(targets).contains(WithheldValidator.schemaId(Revision.MSC2399, kind, profile));
            }
        }
        assertThat(cases()).anyMatch(SuiteCases.Case::valid).anyMatch(c -> !c.valid());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyCaseGetsItsVerdictAndPointers(SuiteCases.Case c) throws Exception {
        SchemaValidator validator = BY_ID.computeIfAbsent(c.schemaId(), SCHEMAS::validator);
        String json = c.data().toString();

        ValidationResult fromText = validator.validate(json);
        ValidationResult fromBytes = validator.validate(json.getBytes(StandardCharsets.UTF_8));
        ValidationResult fromTree = validator.validate(c.data());

        assertThat(fromText.isValid()).as("verdict, violations %s", fromText.violations()).isEqualTo(c.valid());
        assertThat(fromText.pointers()).as("pointers, violations %s", fromText.violations())
                .containsExactlyInAnyOrderElementsOf(c.pointers());
        assertThat(fromBytes).isEqualTo(fromText);
        assertThat(fromTree).isEqualTo(fromText);
        assertThat(fromText.violations()).allSatisfy(v -> {
            assertThat(v.message()).isNotBlank().doesNotContain("required property '");
            assertThat(v.schemaLocation()).startsWith(SchemaSet.WITHHELD_ID_PREFIX);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profileCases")
    void theProfileEntryPointsAgreeWithTheSuites(SuiteCases.Case c) throws Exception {
        Map.Entry<Kind, Profile> target = profileOf(c.schemaId());
        String json = c.data().toString();
        ValidationResult result = target.getKey() == Kind.EVENT
                ? WITHHELD.validateEvent(target.getValue(), json)
                : WITHHELD.validateContent(target.getValue(), json);
        assertThat(result.isValid()).as("verdict, violations %s", result.violations()).isEqualTo(c.valid());
        assertThat(result.pointers()).containsExactlyInAnyOrderElementsOf(c.pointers());
    }

    private static Map.Entry<Kind, Profile> profileOf(String schemaId) {
        for (Kind kind : Kind.values()) {
            for (Profile profile : Profile.values()) {
                if (WithheldValidator.schemaId(Revision.MSC2399, kind, profile).equals(schemaId)) {
                    return Map.entry(kind, profile);
                }
            }
        }
        return null;
    }
}
