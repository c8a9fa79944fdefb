package dev.withheld.codegen.rules;

import dev.withheld.codegen.generate.BuildRuleSet;
import java.util.List;
import java.util.Map;

/**
 * The source of a class's build rule sets (see {@link BuildRuleSet}): the {@code BuildRules} enum, with one
 * constant for the class's own schema alone and one per rule set, and {@code violations(BuildRules)}, which
 * adds a rule set's findings to those of the class's own schema. The builder ({@link ModelObjectRule})
 * follows the first rule set unless asked for another.
 */
final class BuildRuleSets {

    private BuildRuleSets() {
    }

    /**
     * @param sets the class's rule sets, the builder's default first
     * @param methods the compiled check of each rule set's schema, by rule set name
     */
    static String source(String violation, List<ModelRuleFactory.RuleSet> sets, Map<String, String> methods) {
        StringBuilder constants = new StringBuilder();
        constants.append("        /** The rules of this class's own schema, and no other. */\n");
        constants.append("        ").append(BuildRuleSet.OWN_SCHEMA);
        StringBuilder cases = new StringBuilder();
        for (int i = 0; i < sets.size(); i++) {
            ModelRuleFactory.RuleSet set = sets.get(i);
            constants.append(",\n\n        /** The rules of {@code ").append(JavaText.javadoc(set.written())).append("}")
                    .append(i == 0 ? "; what {@link #builder()} follows" : "").append(". */\n");
            constants.append("        ").append(set.name());
            cases.append("            case ").append(set.name()).append(" -> ").append(methods.get(set.name()))
                    .append("(json, \"\", more);\n");
        }
        return """

                    /**
                     * The schemas a builder can follow: this class's own, or one of the schemas that the build names
                     * as rules for it (such as what a sender may put on the wire), which hold its rules and their own.
                     */
                    public enum BuildRules {
                %2$s
                    }

                    /**
                     * The rules of {@code rules} that this object breaks, in schema order: those of its own schema
                     * ({@link #violations()}), then those the rule set adds; empty when it keeps them all.
                     */
                    public java.util.List<%1$s> violations(BuildRules rules) {
                        java.util.List<%1$s> out = new java.util.ArrayList<>(violations());
                        java.util.List<%1$s> more = new java.util.ArrayList<>();
                        Object json = toJsonValue();
                        switch (rules) {
                            case %3$s -> {
                            }
                %4$s        }
                        for (%1$s violation : more) {
                            // A rule of the class's own schema that the rule set repeats is reported once.
                            if (out.stream().noneMatch(own -> own.pointer().equals(violation.pointer()) && own.keyword().equals(violation.keyword()))) {
                                out.add(violation);
                            }
                        }
                        return java.util.Collections.unmodifiableList(out);
                    }
                """.formatted(violation, constants, BuildRuleSet.OWN_SCHEMA, cases);
    }
}
