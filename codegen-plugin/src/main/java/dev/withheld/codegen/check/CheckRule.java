package dev.withheld.codegen.check;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every rule the {@code check} goal applies, with its stable id and severity.
 *
 * <p>Ids are part of the plugin's interface: reports, CI filters and {@code x-lint-ignore}
 * annotations name them, so they never change meaning. Only {@code lint/} rules can be switched
 * off (globally, or for one subschema with {@value LintIgnores#KEYWORD}); the others say that a
 * schema or suite is broken, not that it is unusual.
 */
public enum CheckRule {
    NOT_WELL_FORMED("schema/not-well-formed", Severity.ERROR,
            "the file is not well-formed JSON or YAML, or it repeats a key"),
    UNKNOWN_DIALECT("schema/unknown-dialect", Severity.ERROR,
            "$schema names a dialect whose meta-schema is not shipped with the check (nothing is fetched)"),
    META_SCHEMA("schema/meta-schema", Severity.ERROR,
            "the schema does not pass the meta-schema of its dialect (draft 2020-12 unless $schema says otherwise)"),
    ID_PATH("schema/id-path", Severity.ERROR,
            "the $id is not the configured id prefix followed by the file's path"),
    DUPLICATE_ID("schema/duplicate-id", Severity.ERROR,
            "two files declare the same $id"),
    UNRESOLVED_REF("schema/unresolved-ref", Severity.ERROR,
            "a $ref points to no file, no $id or no location inside its target"),
    UNLOADABLE("schema/unloadable", Severity.ERROR,
            "the validator cannot compile the schema (for example an invalid regular expression)"),
    SUITE_MALFORMED("suite/malformed", Severity.ERROR,
            "a suite file does not follow the suite format"),
    SUITE_CASE("suite/case", Severity.ERROR,
            "a suite case does not get its declared verdict and pointers"),
    UNKNOWN_KEYWORD("lint/unknown-keyword", Severity.ERROR,
            "a keyword that JSON Schema does not define (validators silently ignore it); annotations of your own start with x-"),
    UNDECLARED_REQUIRED("lint/undeclared-required", Severity.ERROR,
            "a name in required (also in if/then/else) that no properties declares"),
    IF_WITHOUT_BRANCH("lint/if-without-then-else", Severity.ERROR,
            "an if with neither then nor else, so the condition has no effect"),
    BRANCH_WITHOUT_IF("lint/then-else-without-if", Severity.ERROR,
            "a then or else without an if, which validators ignore"),
    VALUE_TYPE("lint/value-type", Severity.ERROR,
            "an enum or const value that breaks the type of its own schema, so it can never be valid"),
    INVALID_EXAMPLE("lint/invalid-example", Severity.ERROR,
            "a value in examples that does not validate against the schema it illustrates"),
    INVALID_DEFAULT("lint/invalid-default", Severity.ERROR,
            "a default that does not validate against its own schema"),
    IF_PROPERTY_NOT_REQUIRED("lint/if-property-not-required", Severity.WARNING,
            "an if that tests a property's value without requiring it, so the condition also holds when the property is absent"),
    REQUIREMENT_PROSE("lint/requirement-prose", Severity.WARNING,
            "a description that starts with \"Required...\" or \"Optional\" in words that disagree with required/if/then/else"),
    MISSING_DESCRIPTION("lint/missing-description", Severity.WARNING,
            "a property with no description, neither its own nor through $ref"),
    LINT_IGNORE("lint/lint-ignore", Severity.ERROR,
            "an x-lint-ignore that is not an array of lint rule names");

    private static final String LINT_PREFIX = "lint/";

    private final String id;
    private final Severity severity;
    private final String summary;

    CheckRule(String id, Severity severity, String summary) {
        this.id = id;
        this.severity = severity;
        this.summary = summary;
    }

    /** The stable id, such as {@code lint/unknown-keyword}. */
    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    /** One line saying what the rule catches. */
    public String summary() {
        return summary;
    }

    /** Whether the rule can be switched off (globally or with {@code x-lint-ignore}). */
    public boolean isLint() {
        return id.startsWith(LINT_PREFIX);
    }

    /** The id without {@code lint/}, as it may be written in {@code x-lint-ignore}. */
    public String shortName() {
        return isLint() ? id.substring(LINT_PREFIX.length()) : id;
    }

    /** The rule with this id, or (for lint rules) this short name. */
    public static Optional<CheckRule> byName(String name) {
        return Arrays.stream(values()).filter(rule -> rule.id.equals(name) || rule.isLint() && rule.shortName().equals(name)).findFirst();
    }
}
