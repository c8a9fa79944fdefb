package dev.withheld.codegen.check;

import dev.withheld.codegen.pointer.JsonPointers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/**
 * Lint rules switched off for one subschema with the annotation {@value #KEYWORD}.
 *
 * <p>{@code "x-lint-ignore": ["missing-description", "lint/invalid-example"]} in a subschema
 * silences those rules for findings located in that subschema or anything nested in it, and
 * nowhere else. Draft 2020-12 lets validators ignore {@code x-} keywords, so the annotation
 * changes no verdict. Only {@code lint/} rules can be ignored; a name that is not one is itself
 * reported ({@code lint/lint-ignore}), so that a typo does not silently ignore nothing.
 */
public final class LintIgnores {
    /** The annotation keyword. */
    public static final String KEYWORD = "x-lint-ignore";

    private final List<Entry> entries = new ArrayList<>();

    private record Entry(Path file, String pointer, Set<CheckRule> rules) {
    }

    /** Records the annotation of a subschema, if it has one, and reports a malformed one. */
    void collect(SchemaWorkspace workspace, Path file, Subschema schema, List<Finding> findings) {
        JsonNode value = schema.node().get(KEYWORD);
        if (value == null) {
            return;
        }
        String at = JsonPointers.child(schema.pointer(), KEYWORD);
        if (!value.isArray()) {
            findings.add(workspace.finding(file, at, CheckRule.LINT_IGNORE, KEYWORD + " must be an array of lint rule names, such as [\"missing-description\"]"));
            return;
        }
        Set<CheckRule> rules = EnumSet.noneOf(CheckRule.class);
        for (int i = 0; i < value.size(); i++) {
            JsonNode name = value.get(i);
            Optional<CheckRule> rule = name.isString() ? CheckRule.byName(name.stringValue()).filter(CheckRule::isLint) : Optional.empty();
            if (rule.isPresent()) {
                rules.add(rule.get());
            } else {
                String written = name.isString() ? name.stringValue() : name.toString();
                String suggestion = Suggestions.closest(written, lintNames()).map(best -> "; did you mean \"" + best + "\"?").orElse("");
                findings.add(workspace.finding(file, JsonPointers.child(at, i), CheckRule.LINT_IGNORE, "\"" + written
                        + "\" is not a lint rule that can be ignored (" + String.join(", ", lintNames()) + ")" + suggestion));
            }
        }
        entries.add(new Entry(file, schema.pointer(), rules));
    }

    /** Whether an annotation switches this finding off. */
    public boolean suppresses(Finding finding) {
        return finding.rule().isLint() && finding.rule() != CheckRule.LINT_IGNORE && entries.stream().anyMatch(entry ->
                entry.file().equals(finding.file()) && entry.rules().contains(finding.rule())
                        && JsonPointers.isPrefixOrSame(entry.pointer(), finding.pointer()));
    }

    /** The short names of the rules that can be ignored. */
    public static List<String> lintNames() {
        return Arrays.stream(CheckRule.values()).filter(CheckRule::isLint).filter(rule -> rule != CheckRule.LINT_IGNORE)
                .map(CheckRule::shortName).collect(Collectors.toList());
    }
}
