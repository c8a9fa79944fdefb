package dev.withheld.codegen.compat;

/**
 * A condition or its negation, one factor of a {@link Requirement} term.
 *
 * @param condition the condition
 * @param holds {@code true} for "the condition holds", {@code false} for "it does not"
 */
public record Literal(Condition condition, boolean holds) {

    /** The same condition with the opposite sign. */
    public Literal negated() {
        return new Literal(condition, !holds);
    }
}
