package dev.withheld.codegen.check;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What to check and how.
 *
 * @param schemaDirectory the directory that holds the schema files (JSON or YAML, searched recursively)
 * @param suiteDirectory the directory that holds the {@code *.suite.json} files, or {@code null} for none
 * @param idPrefix when set, every schema's {@code $id} must be this prefix followed by its path below the schema directory
 * @param disabledRules lint rules switched off everywhere
 */
public record CheckOptions(Path schemaDirectory, Path suiteDirectory, String idPrefix, Set<CheckRule> disabledRules) {

    public CheckOptions {
        disabledRules = disabledRules.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(disabledRules));
    }

    /** Options with every rule on and no id prefix. */
    public static CheckOptions of(Path schemaDirectory, Path suiteDirectory) {
        return new CheckOptions(schemaDirectory, suiteDirectory, null, Set.of());
    }

    /**
     * The rules named (by id or short name) in a build's configuration.
     *
     * @throws IllegalArgumentException naming the first name that is not a lint rule
     */
    public static Set<CheckRule> lintRules(List<String> names) {
        Set<CheckRule> rules = EnumSet.noneOf(CheckRule.class);
        for (String name : names == null ? List.<String>of() : names) {
            Optional<CheckRule> rule = CheckRule.byName(name.trim()).filter(CheckRule::isLint);
            if (rule.isEmpty()) {
                throw new IllegalArgumentException("\"" + name + "\" is not a lint rule that can be switched off; the lint rules are "
                        + String.join(", ", LintIgnores.lintNames())
                        + Suggestions.closest(name.trim(), LintIgnores.lintNames()).map(best -> " (did you mean \"" + best + "\"?)").orElse(""));
            }
            rules.add(rule.get());
        }
        return rules;
    }
}
