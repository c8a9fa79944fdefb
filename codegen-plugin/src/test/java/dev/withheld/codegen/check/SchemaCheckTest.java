package dev.withheld.codegen.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check over a small spec project: a clean one passes, and each kind of mistake is reported where it is. */
class SchemaCheckTest {
    private static final String CONTENT = "schemas/notice.schema.json";

    @TempDir
    Path directory;

    @Test
    void aCleanProjectHasNoFindingsAndEverySuiteCasePasses() {
        CheckReport report = SpecProject.create(directory).check();

        assertThat(report.findings()).isEmpty();
        assertThat(report.schemaFiles()).hasSize(3);
        assertThat(report.suites()).hasSize(2);
        assertThat(report.cases()).isEqualTo(5);
        assertThat(report.failedCases()).isZero();
        assertThat(report.failed(true)).isFalse();
        assertThat(report.summary()).isEqualTo("3 schema files, 2 suites (5 cases, 0 failed): 0 errors, 0 warnings");
    }

    @Test
    void aMisspelledKeywordIsAnErrorAtItsLineWithASuggestion() {
        SpecProject project = SpecProject.create(directory);
        project.edit(CONTENT, "\"required\": [\"room_id\"]", "\"requried\": [\"room_id\"]");

        Finding finding = only(project.check(), CheckRule.UNKNOWN_KEYWORD);

        assertThat(finding.file()).isEqualTo(project.file(CONTENT));
        assertThat(finding.pointer()).isEqualTo("/else/requried");
        assertThat(finding.line()).isEqualTo(project.lineOf(CONTENT, "requried"));
        assertThat(finding.column()).isPositive();
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).contains("\"requried\" is not a JSON Schema 2020-12 keyword").endsWith("did you mean \"required\"?");
        assertThat(finding.format(directory)).startsWith(CONTENT + ":" + finding.line() + ":" + finding.column()
                + ": error [lint/unknown-keyword] /else/requried: ");
    }

    @Test
    void theMisspellingAlsoMakesTheSuiteCasesThatReliedOnTheRuleFail() {
        SpecProject project = SpecProject.create(directory);
        project.edit(CONTENT, "\"required\": [\"room_id\"]", "\"requried\": [\"room_id\"]");

        CheckReport report = project.check();

        assertThat(report.failedCases()).isEqualTo(2);
        assertThat(report.findings()).filteredOn(f -> f.rule() == CheckRule.SUITE_CASE)
                .extracting(Finding::pointer).containsExactly("/cases/1", "/cases/2");
    }

    @Test
    void anUnknownKeywordWithoutANearNameSuggestsAnXAnnotation() {
        SpecProject project = SpecProject.create(directory);
        project.edit(CONTENT, "\"title\": \"Notice content\",", "\"title\": \"Notice content\", \"owner\": \"crypto team\", \"x-owner\": \"fine\",");

        assertThat(only(project.check(), CheckRule.UNKNOWN_KEYWORD).message())
                .isEqualTo("\"owner\" is not a JSON Schema 2020-12 keyword, so validators ignore it; an annotation of your own should start with x- (\"x-owner\")");
    }

    @Test
    void keywordsAreOnlyCheckedWhereTheyAreKeywords() {
        SpecProject project = SpecProject.create(directory);
        // A property named like a typo, and data with odd keys inside enum/examples, are not keywords.
        project.edit(CONTENT, "\"reason\": {", "\"requried\": { \"description\": \"a field with an odd name\", \"examples\": [{\"tpye\": 1}] },\n    \"reason\": {");

        assertThat(project.check().findings()).isEmpty();
    }

    @Test
    void aRequiredNameThatNoPropertyDeclaresIsReportedWithTheNearestDeclaredName() {
        SpecProject project = SpecProject.create(directory);
        project.edit(CONTENT, "\"required\": [\"room_id\"]", "\"required\": [\"room_idd\"]");

        Finding finding = only(project.check(), CheckRule.UNDECLARED_REQUIRED);

        assertThat(finding.pointer()).isEqualTo("/else/required/0");
        assertThat(finding.message()).contains("\"room_idd\" is required, but no \"properties\" here declares it").endsWith("did you mean \"room_id\"?");
    }

    @Test
    void requiredNamesDeclaredThroughRefOrTheEnclosingSchemaAreFine() {
        SpecProject project = SpecProject.create(directory);
        project.edit("schemas/profiles/notice-event-sending.schema.json", "\"properties\": {", "\"required\": [\"content\"],\n  \"properties\": {");

        assertThat(project.check().findings()).isEmpty();
    }

    @Test
    void anIfWithoutThenOrElseAndAThenWithoutIfAreErrors() {
        SpecProject project = SpecProject.create(directory);
        project.edit(CONTENT, "\"then\": {},", "");
        project.edit(CONTENT, "\"else\": {", "\"els\": {");
        project.edit(CONTENT, "\"type\": \"string\",\n      \"pattern\"", "\"type\": \"string\", \"else\": {\"minLength\": 3},\n      \"pattern\"");

        CheckReport report = project.check();

        assertThat(only(report, CheckRule.IF_WITHOUT_BRANCH).pointer()).isEqualTo("/if");
        assertThat(only(report, CheckRule.BRANCH_WITHOUT_IF).pointer()).isEqualTo("/properties/room_id/else");
        assertThat(only(report, CheckRule.UNKNOWN_KEYWORD).message()).endsWith("did you mean \"else\"?");
    }

    @Test
    void enumAndConstValuesMustHaveTheTypeOfTheirSchema() {
        SpecProject project = SpecProject.create(directory);
        project.edit(CONTENT, "\"description\": \"Words for people.\",", "\"description\": \"Words for people.\", \"enum\": [\"a\", 1, null],");
        project.edit(CONTENT, "{ \"const\": \"m.unverified\", \"description\": \"the device is unverified\" }",
                "{ \"const\": \"m.unverified\", \"description\": \"the device is unverified\" },\n        { \"const\": 2, \"description\": \"a number\" }");

        CheckReport report = project.check();

        assertThat(report.findings()).filteredOn(f -> f.rule() == CheckRule.VALUE_TYPE).extracting(Finding::pointer)
                .containsExactly("/properties/reason/enum/1", "/properties/reason/enum/2", "/$defs/knownCode/oneOf/2/const");
        assertThat(report.findings()).filteredOn(f -> f.pointer().equals("/$defs/knownCode/oneOf/2/const")).singleElement()
                .extracting(Finding::message).isEqualTo("const 2 is an integer, but the \"type\" at /$defs/knownCode is \"string\", so no value can be valid");
    }

    @Test
    void examplesAndDefaultsMustValidateAgainstTheirOwnSchema() {
        SpecProject project = SpecProject.create(directory);
        project.edit(CONTENT, "\"examples\": [\"!abc:example.org\"]", "\"examples\": [\"!abc:example.org\", \"abc\"], \"default\": 5");

        CheckReport report = project.check();

        assertThat(only(report, CheckRule.INVALID_EXAMPLE).pointer()).isEqualTo("/properties/room_id/examples/1");
        assertThat(only(report, CheckRule.INVALID_EXAMPLE).message()).contains("example \"abc\" does not validate", "^!");
        assertThat(only(report, CheckRule.INVALID_DEFAULT).message()).contains("default 5 does not validate", "string expected");
    }

    @Test
    void aPropertyWithoutDescriptionIsAWarningThatDoesNotFailByDefault() {
        SpecProject project = SpecProject.create(directory);
        project.edit(CONTENT, "\"description\": \"Words for people.\",", "");

        CheckReport report = project.check();

        Finding finding = only(report, CheckRule.MISSING_DESCRIPTION);
        assertThat(finding.pointer()).isEqualTo("/properties/reason");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(report.failed(false)).isFalse();
        assertThat(report.failed(true)).isTrue();
    }

    @Test
    void xLintIgnoreSwitchesARuleOffForThatSubschemaOnly() {
        SpecProject project = SpecProject.create(directory);
        project.edit(CONTENT, "\"description\": \"Words for people.\",", "\"x-lint-ignore\": [\"missing-description\"],");
        project.edit("schemas/notice-event.schema.json", "\"description\": \"The event type.\", ", "");

        CheckReport report = project.check();

        assertThat(report.findings()).extracting(Finding::pointer).containsExactly("/properties/type");
        assertThat(report.suppressed()).isEqualTo(1);
        assertThat(report.summary()).endsWith("(1 switched off)");
    }

    @Test
    void anXLintIgnoreThatNamesNoLintRuleIsItselfAnError() {
        SpecProject project = SpecProject.create(directory);
        project.edit(CONTENT, "\"description\": \"Words for people.\",", "\"x-lint-ignore\": [\"missing-descripton\", \"schema/meta-schema\"],");

        CheckReport report = project.check();

        assertThat(report.findings()).filteredOn(f -> f.rule() == CheckRule.LINT_IGNORE).extracting(Finding::pointer)
                .containsExactly("/properties/reason/x-lint-ignore/0", "/properties/reason/x-lint-ignore/1");
        assertThat(only(report, CheckRule.LINT_IGNORE, "/properties/reason/x-lint-ignore/0").message()).endsWith("did you mean \"missing-description\"?");
        // The misspelled name switched nothing off.
        assertThat(report.findings()).anyMatch(f -> f.rule() == CheckRule.MISSING_DESCRIPTION);
    }

    @Test
    void disabledRulesAreSwitchedOffEverywhere() {
        SpecProject project = SpecProject.create(directory);
        project.edit(CONTENT, "\"description\": \"Words for people.\",", "");
        CheckOptions options = new CheckOptions(project.schemas(), project.suites(), null, CheckOptions.lintRules(List.of("missing-description")));

        CheckReport report = new SchemaCheck(options).run();

        assertThat(report.findings()).isEmpty();
        assertThat(report.suppressed()).isEqualTo(1);
    }

    @Test
    void onlyLintRulesCanBeDisabled() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CheckOptions.lintRules(List.of("schema/meta-schema")))
                .hasMessageContaining("\"schema/meta-schema\" is not a lint rule that can be switched off");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CheckOptions.lintRules(List.of("missing-descriptions")))
                .hasMessageContaining("did you mean \"missing-description\"?");
    }

    @Test
    void aSchemaThatBreaksTheMetaSchemaIsReportedAtTheWrongValue() {
        SpecProject project = SpecProject.create(directory);
        project.edit(CONTENT, "\"type\": \"object\",", "\"type\": \"objekt\",");

        Finding finding = only(project.check(), CheckRule.META_SCHEMA);

        assertThat(finding.pointer()).isEqualTo("/type");
        assertThat(finding.line()).isEqualTo(project.lineOf(CONTENT, "objekt"));
        assertThat(finding.message()).contains("does not have a value in the enumeration").endsWith("(draft 2020-12 meta-schema)");
    }

    @Test
    void aDanglingRefIsReportedWithASuggestion() {
        SpecProject project = SpecProject.create(directory);
        project.edit(CONTENT, "\"$ref\": \"#/$defs/code\"", "\"$ref\": \"#/$defs/Code\"");

        Finding finding = only(project.check(), CheckRule.UNRESOLVED_REF);

        assertThat(finding.pointer()).isEqualTo("/properties/code/$ref");
        assertThat(finding.line()).isEqualTo(project.lineOf(CONTENT, "#/$defs/Code"));
        assertThat(finding.message()).contains("did you mean /$defs/code?");
    }

    @Test
    void aRefToAFileThatIsNotThereIsReportedAndNothingIsFetched() {
        SpecProject project = SpecProject.create(directory);
        project.edit("schemas/notice-event.schema.json", "\"$ref\": \"notice.schema.json\"", "\"$ref\": \"https://example.com/remote.schema.json\"");

        Finding finding = only(project.check(), CheckRule.UNRESOLVED_REF);

        assertThat(finding.message()).contains("remote schemas are never fetched");
    }

    @Test
    void aDuplicateKeyMakesTheFileNotWellFormed() {
        SpecProject project = SpecProject.create(directory);
        project.edit(CONTENT, "\"title\": \"Notice content\",", "\"title\": \"Notice content\",\n  \"title\": \"Again\",");

        CheckReport report = project.check();

        Finding finding = only(report, CheckRule.NOT_WELL_FORMED);
        assertThat(finding.line()).isEqualTo(project.lineOf(CONTENT, "Again"));
        assertThat(finding.message()).contains("Duplicate");
        assertThat(report.findings()).noneMatch(f -> f.rule() == CheckRule.UNRESOLVED_REF && f.file().equals(finding.file()) && f.pointer().isEmpty());
    }

    @Test
    void anIdThatDoesNotMatchThePathIsReportedWhenAPrefixIsConfigured() {
        SpecProject project = SpecProject.create(directory);
        CheckOptions options = new CheckOptions(project.schemas(), project.suites(), "https://example.org/schema/", Set.of());
        assertThat(new SchemaCheck(options).run().findings()).isEmpty();

        project.edit("schemas/profiles/notice-event-sending.schema.json", "profiles/notice-event-sending", "notice-event-sending");
        project.edit("suites/notice-event-sending.suite.json", "profiles/notice-event-sending", "notice-event-sending");

        Finding finding = only(new SchemaCheck(options).run(), CheckRule.ID_PATH);
        assertThat(finding.message()).endsWith("but its path says it must be \"https://example.org/schema/profiles/notice-event-sending.schema.json\"");
    }

    @Test
    void aDialectThatIsNotShippedIsReportedInsteadOfFetched() {
        SpecProject project = SpecProject.create(directory);
        project.edit(CONTENT, "https://json-schema.org/draft/2020-12/schema", "https://example.com/my-dialect");

        Finding finding = only(project.check(), CheckRule.UNKNOWN_DIALECT);
        assertThat(finding.pointer()).isEqualTo("/$schema");
    }

    @Test
    void anEarlierDraftIsCheckedAgainstItsOwnMetaSchema() {
        SpecProject project = SpecProject.create(directory);
        project.write("schemas/legacy.schema.json", """
                {"$schema": "http://json-schema.org/draft-07/schema#", "description": "old", "type": "object",
                 "definitions": {"a": {"type": "string"}}, "dependencies": {"a": ["b"]}, "properties": {"a": {"description": "a", "type": 5}}}
                """);

        CheckReport report = project.check();

        assertThat(report.findings()).extracting(f -> f.rule().id() + " " + f.pointer())
                .containsExactly("schema/meta-schema /properties/a/type");
    }

    @Test
    void aSuiteCaseWithTheWrongVerdictIsReportedAtItsLine() {
        SpecProject project = SpecProject.create(directory);
        project.edit("suites/notice.suite.json", "\"valid\": true", "\"valid\": false, \"pointers\": [\"/room_id\"]");

        CheckReport report = project.check();

        Finding finding = only(report, CheckRule.SUITE_CASE);
        assertThat(finding.pointer()).isEqualTo("/cases/0");
        assertThat(finding.line()).isEqualTo(project.lineOf("suites/notice.suite.json", "\"description\": \"m.no_olm without room_id\"") - 1);
        assertThat(finding.message()).isEqualTo("case \"m.no_olm without room_id\": expected invalid at [\"/room_id\"], but the schema gives valid");
        assertThat(report.failedCases()).isEqualTo(1);
    }

    @Test
    void aSuiteCaseWithTheWrongPointersShowsWhatTheValidatorSaid() {
        SpecProject project = SpecProject.create(directory);
        project.edit("suites/notice.suite.json", "\"pointers\": [\"/room_id\"]", "\"pointers\": [\"/code\"]");

        Finding finding = only(project.check(), CheckRule.SUITE_CASE);

        assertThat(finding.message()).startsWith("case \"m.unverified without room_id\": expected invalid at [\"/code\"], but the schema gives invalid at [\"/room_id\"]")
                .contains("the validator said: (root): required property 'room_id' not found");
    }

    @Test
    void aMalformedSuiteIsReportedKeyByKeyAndItsWellFormedCasesStillRun() {
        SpecProject project = SpecProject.create(directory);
        project.edit("suites/notice.suite.json", "\"pointers\": [\"/room_id\"]", "\"pointer\": [\"/room_id\"]");

        CheckReport report = project.check();

        assertThat(report.findings()).filteredOn(f -> f.rule() == CheckRule.SUITE_MALFORMED).extracting(Finding::pointer, Finding::message)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("/cases/1/pointer", "case #2 (\"m.unverified without room_id\") has unknown key \"pointer\" (allowed: data, description, pointers, valid); did you mean \"pointers\"?"),
                        org.assertj.core.groups.Tuple.tuple("/cases/1", "case #2 (\"m.unverified without room_id\") is invalid, so it needs \"pointers\": a non-empty array of the JSON Pointers of the wrong instance locations"));
        assertThat(report.suites()).filteredOn(s -> s.suite().file().endsWith("notice.suite.json")).singleElement()
                .satisfies(suite -> assertThat(suite.cases()).hasSize(2));
    }

    @Test
    void aSuiteThatNamesItsSchemaByPathIsToldTheId() {
        SpecProject project = SpecProject.create(directory);
        project.edit("suites/notice.suite.json", "\"https://example.org/schema/notice.schema.json\"", "\"notice.schema.json\"");

        Finding finding = only(project.check(), CheckRule.SUITE_MALFORMED);

        assertThat(finding.pointer()).isEqualTo("/schema");
        assertThat(finding.message()).endsWith("did you mean \"https://example.org/schema/notice.schema.json\"?");
    }

    @Test
    void aJsonFileInTheSuiteDirectoryThatIsNotASuiteIsReported() {
        SpecProject project = SpecProject.create(directory);
        project.write("suites/notice.suit.json", SpecProject.SUITE);

        Finding finding = only(project.check(), CheckRule.SUITE_MALFORMED);

        assertThat(finding.file()).isEqualTo(project.file("suites/notice.suit.json"));
        assertThat(finding.message()).contains("not named *.suite.json, so its cases would never run");
    }

    @Test
    void anIfThatTestsAValueWithoutRequiringItIsAWarning() {
        SpecProject project = SpecProject.create(directory);
        project.edit(CONTENT, "\"required\": [\"code\"],\n    \"properties\"", "\"properties\"");

        CheckReport report = project.check();

        Finding finding = only(report, CheckRule.IF_PROPERTY_NOT_REQUIRED);
        assertThat(finding.pointer()).isEqualTo("/if/properties/code");
        assertThat(finding.message()).contains("also holds when \"code\" is absent");
        // And the suite shows why it matters: without code, room_id is no longer required.
        assertThat(report.findings()).filteredOn(f -> f.rule() == CheckRule.SUITE_CASE).extracting(Finding::pointer).containsExactly("/cases/2");
    }

    @Test
    void aDescriptionThatRestatesARequirementMustAgreeWithTheRules() {
        SpecProject project = SpecProject.create(directory);
        project.edit(CONTENT, "\"description\": \"Words for people.\"", "\"description\": \"Required. Words for people.\"");
        project.edit(CONTENT, "\"const\": \"m.no_olm\" } }", "\"const\": \"m.unverified\" } }");

        CheckReport report = project.check();

        assertThat(report.findings()).filteredOn(f -> f.rule() == CheckRule.REQUIREMENT_PROSE).extracting(Finding::pointer, Finding::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("/properties/room_id/description",
                                "the description says \"Required if code is not m.no_olm.\", but the rules say \"Required if `code` is not `m.unverified`.\";"
                                        + " prose that restates a rule must agree with it (the docs print the rule itself)"),
                        org.assertj.core.groups.Tuple.tuple("/properties/reason/description",
                                "the description says \"Required.\", but the rules say that \"reason\" is optional;"
                                        + " prose that restates a rule must agree with it (the docs print the rule itself)"));
    }

    @Test
    void yamlSchemasAreCheckedWithTheirLines() {
        SpecProject project = SpecProject.create(directory);
        project.write("schemas/extra.schema.yaml", """
                $schema: https://json-schema.org/draft/2020-12/schema
                $id: https://example.org/schema/extra.schema.yaml
                description: An extra schema in YAML.
                type: object
                properties:
                  name:
                    description: A name.
                    type: string
                    minLenght: 1
                """);

        Finding finding = only(project.check(), CheckRule.UNKNOWN_KEYWORD);

        assertThat(finding.line()).isEqualTo(9);
        assertThat(finding.message()).endsWith("did you mean \"minLength\"?");
    }

    @Test
    void aCheckCanBeLimitedToSomeFiles() {
        SpecProject project = SpecProject.create(directory);
        project.edit(CONTENT, "\"description\": \"Words for people.\",", "");

        CheckReport report = new SchemaCheck(project.options())
                .run(new CheckScope(Set.of(project.file("schemas/notice-event.schema.json")), Set.of(project.file("suites/notice.suite.json"))));

        assertThat(report.schemaFiles()).containsExactly(project.file("schemas/notice-event.schema.json"));
        assertThat(report.suites()).hasSize(1);
        assertThat(report.findings()).isEmpty();
    }

    private static Finding only(CheckReport report, CheckRule rule, String pointer) {
        return report.findings().stream().filter(f -> f.rule() == rule && f.pointer().equals(pointer)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule.id() + " at " + pointer + " among " + report.findings()));
    }

    private static Finding only(CheckReport report, CheckRule rule) {
        List<Finding> found = report.findings().stream().filter(f -> f.rule() == rule).toList();
        assertThat(found).as("findings of %s among %s", rule.id(), report.findings()).hasSize(1);
        return found.get(0);
    }
}
