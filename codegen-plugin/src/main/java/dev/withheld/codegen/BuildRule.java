package dev.withheld.codegen;

import dev.withheld.codegen.generate.BuildRuleSet;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;

/**
 * One {@code <buildRule>} of the {@code generate} goal's {@code buildRules}, as Maven fills it from the
 * POM; see {@link BuildRuleSet} for what it means.
 */
public class BuildRule {
    /** The schema whose class follows the rules, relative to {@code sourceDirectory}. */
    private String type;
    /** The constant that names the rule set, such as {@code SENDING}. */
    private String name;
    /** The schema of the rules, relative to {@code sourceDirectory}. */
    private String schema;

    static List<BuildRuleSet> toRuleSets(List<BuildRule> rules) throws MojoFailureException {
        if (rules == null) {
            return List.of();
        }
        java.util.ArrayList<BuildRuleSet> sets = new java.util.ArrayList<>();
        for (BuildRule rule : rules) {
            if (rule.type == null || rule.name == null || rule.schema == null) {
                throw new MojoFailureException("a <buildRule> needs <type>, <name> and <schema>: the schema whose class follows it,"
                        + " the constant that names it and the schema of its rules");
            }
            try {
                sets.add(new BuildRuleSet(rule.type.trim(), rule.name.trim(), rule.schema.trim()));
            } catch (IllegalArgumentException e) {
                throw new MojoFailureException(e.getMessage());
            }
        }
        return sets;
    }
}
