package dev.withheld.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The suite files follow the suite format, and the format check catches the mistakes a spec editor is likely to make.
 */
class SuiteFormatTest {
    private static final String CONTENT_SENDING = SchemaSource.idOf("profiles/content-sending.schema.json");
    private static final SuiteReader READER = SuiteReader.forSchemaDirectory();

    @TestFactory
    Stream<DynamicTest> everySuiteFileIsWellFormed() {
        return SchemaSource.suiteFiles().stream().map(file -> dynamicTest(file, () -> assertThatCode(
                () -> READER.read(file, SchemaSource.readFile(SchemaSource.SUITE_DIRECTORY.resolve(file))))
                .doesNotThrowAnyException()));
    }

    @Test
    void theSuitesDirectoryHoldsOnlySuiteFilesAndTheirReadme() {
        assertThat(SchemaSource.filesUnder(SchemaSource.SUITE_DIRECTORY))
                .as("a file in suites/ that is not named *.suite.json would be skipped silently")
                .allMatch(file -> file.endsWith(".suite.json") || file.equals("README.md"))
                .contains("README.md");
    }

    @Test
    void theSuitesCoverEverySchemaWithValidAndInvalidCases() {
        List<Suite> suites = READER.readAll();
        assertThat(suites.stream().mapToInt(suite -> suite.cases().size()).sum()).isGreaterThanOrEqualTo(40);
        Map<String, List<Suite>> suitesBySchema = suites.stream()
                .collect(Collectors.groupingBy(Suite::schemaId, TreeMap::new, Collectors.toList()));
        assertThat(suitesBySchema.keySet())
                .as("every schema file is the target of a suite")
                .containsExactlyInAnyOrderElementsOf(SchemaSource.schemaFiles().stream().map(SchemaSource::idOf).toList());
        assertThat(suites).allSatisfy(suite -> assertThat(suite.cases())
                .as(suite.file() + " has both valid and invalid cases")
                .anyMatch(SuiteCase::valid)
                .anyMatch(suiteCase -> !suiteCase.valid()));
    }

    @Test
    void aWellFormedSuiteIsRead() {
        Suite suite = READER.read("example.suite.json", suite(
                "{'description': 'valid', 'valid': true, 'data': null},"
                        + "{'description': 'invalid', 'valid': false, 'data': [], 'pointers': ['', '/a~1b']}"));
        assertThat(suite.schemaId()).isEqualTo(CONTENT_SENDING);
        assertThat(suite.cases()).extracting(SuiteCase::description).containsExactly("valid", "invalid");
        assertThat(suite.cases().get(0).data().isNull()).isTrue();
        assertThat(suite.cases().get(1).pointers()).containsExactly("", "/a~1b");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a case without a description   | {'valid': true, 'data': {}}                                          | case #1 needs "description"
            an empty description           | {'description': ' ', 'valid': true, 'data': {}}                      | case #1 needs "description"
            an invalid case without pointers | {'description': 'x', 'valid': false, 'data': {}}                   | is invalid, so it needs "pointers"
            an invalid case with no pointer  | {'description': 'x', 'valid': false, 'data': {}, 'pointers': []}   | is invalid, so it needs "pointers"
            a valid case with pointers     | {'description': 'x', 'valid': true, 'data': {}, 'pointers': ['']}    | is valid, so it must not have "pointers"
            an unknown key in a case       | {'description': 'x', 'valid': false, 'data': {}, 'pointer': ['']}    | has unknown key "pointer"
            a pointer without a slash      | {'description': 'x', 'valid': false, 'data': {}, 'pointers': ['room_id']} | is not a JSON Pointer
            a pointer with a bad escape    | {'description': 'x', 'valid': false, 'data': {}, 'pointers': ['/a~2']} | is not a JSON Pointer
            a pointer listed twice         | {'description': 'x', 'valid': false, 'data': {}, 'pointers': ['/a', '/a']} | lists pointer "/a" twice
            a case without data            | {'description': 'x', 'valid': true}                                  | needs "data"
            a verdict that is a string     | {'description': 'x', 'valid': 'true', 'data': {}}                    | needs "valid": true or false
            two cases with one description | {'description': 'x', 'valid': true, 'data': {}}, {'description': 'x', 'valid': true, 'data': 1} | is described twice
            a case that is not an object   | 'x'                                                                  | case #1 must be a JSON object
            a key written twice            | {'description': 'x', 'valid': true, 'valid': false, 'data': {}}      | not valid JSON
            """)
    void aMalformedCaseIsRejected(String mistake, String cases, String expectedProblem) {
        assertThatThrownBy(() -> READER.read("broken.suite.json", suite(cases)))
                .isInstanceOf(MalformedSuiteException.class)
                .hasMessageContaining("broken.suite.json")
                .hasMessageContaining(expectedProblem);
    }

    @Test
    void aSuiteWithoutDescriptionUnknownKeysOrCasesIsRejected() {
        assertThatThrownBy(() -> READER.read("broken.suite.json", json("{'schema': '" + CONTENT_SENDING + "', 'case': []}")))
                .isInstanceOfSatisfying(MalformedSuiteException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        "the suite has unknown key \"case\" (allowed: cases, description, schema)",
                        "the suite needs \"description\": a non-empty string",
                        "the suite needs \"cases\": a non-empty array"));
    }

    @Test
    void aSchemaIdThatDoesNotResolveIsRejected() {
        for (String id : Set.of("https://withheld.dev/schema/profiles/content-sending.json",
                "profiles/content-sending.schema.json",
                "https://withheld.dev/schema/profiles/content-sending.schema.json#/properties/code")) {
            assertThatThrownBy(() -> READER.read("broken.suite.json",
                    json("{'description': 'd', 'schema': '" + id + "', 'cases': [{'description': 'x', 'valid': true, 'data': {}}]}")))
                    .isInstanceOf(MalformedSuiteException.class)
                    .hasMessageContaining("does not name a schema in schemas/");
        }
    }

    @Test
    void aFileThatIsNotASuiteObjectIsRejected() {
        assertThatThrownBy(() -> READER.read("broken.suite.json", "[]")).hasMessageContaining("must be a JSON object");
        assertThatThrownBy(() -> READER.read("broken.suite.json", "{")).hasMessageContaining("not valid JSON");
    }

    /** A suite targeting the content sending profile, with these cases (single quotes for readability). */
    private static String suite(String cases) {
        return json("{'description': 'd', 'schema': '" + CONTENT_SENDING + "', 'cases': [" + cases + "]}");
    }

    private static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }
}
