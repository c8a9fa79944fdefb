package dev.withheld.codegen.compat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * When a property is required, as a formula over {@link Condition conditions} in disjunctive normal
 * form: the property is required when any term holds, and a term holds when all its literals hold.
 *
 * <p>{@link #NEVER} has no term; {@link #ALWAYS} has one empty term. A requirement inside
 * {@code else} of {@code if C} is the term {@code [not C]}; a property required both in
 * {@code then} and {@code else} simplifies to {@link #ALWAYS}.
 *
 * <p>{@link #implies(Requirement)} is sound but not complete: when it answers {@code true}, every
 * instance that makes this requirement apply also makes the other apply. Conditions are opaque, so
 * two different {@code if} schemas that happen to be equivalent are not recognised as such.
 */
public final class Requirement {

    /** Not required. */
    public static final Requirement NEVER = new Requirement(Set.of());
    /** Required unconditionally. */
    public static final Requirement ALWAYS = new Requirement(Set.of(Set.of()));

    private final Set<Set<Literal>> terms;

    private Requirement(Set<Set<Literal>> terms) {
        this.terms = terms;
    }

    /** The requirement of a single term (the conjunction of the literals). */
    public static Requirement when(Set<Literal> term) {
        return NEVER.or(term);
    }

    /** This requirement, or also when all the literals hold. */
    public Requirement or(Set<Literal> term) {
        Set<Set<Literal>> next = new LinkedHashSet<>(terms);
        next.add(Set.copyOf(term));
        return new Requirement(simplify(next));
    }

    /** This requirement or the other. */
    public Requirement or(Requirement other) {
        Requirement result = this;
        for (Set<Literal> term : other.terms) {
            result = result.or(term);
        }
        return result;
    }

    /** This requirement, and in every term also the given literals. */
    public Requirement and(Set<Literal> literals) {
        Requirement result = NEVER;
        for (Set<Literal> term : terms) {
            Set<Literal> combined = new HashSet<>(term);
            combined.addAll(literals);
            result = result.or(combined);
        }
        return result;
    }

    public boolean isNever() {
        return terms.isEmpty();
    }

    public boolean isAlways() {
        return terms.contains(Set.of());
    }

    /** The terms (for tests and reports). */
    public Set<Set<Literal>> terms() {
        return terms;
    }

    /** Whether whenever this requirement applies, the other one applies too. */
    public boolean implies(Requirement other) {
        for (Set<Literal> term : terms) {
            boolean covered = false;
            for (Set<Literal> candidate : other.terms) {
                if (term.containsAll(candidate)) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                return false;
            }
        }
        return true;
    }

    /** Whether both requirements apply in the same cases (as far as {@link #implies} can tell). */
    public boolean isEquivalentTo(Requirement other) {
        return implies(other) && other.implies(this);
    }

    /**
     * When the property is not required although this requirement used to apply in every case: the
     * negation of a single-literal requirement, for example "when code is m.no_olm" for "unless code
     * is m.no_olm". Empty when the negation has no short description.
     */
    public String describeAbsence() {
        if (terms.size() == 1) {
            Set<Literal> term = terms.iterator().next();
            if (term.size() == 1) {
                Literal literal = term.iterator().next();
                return (literal.holds() ? "unless " : "when ") + literal.condition().description();
            }
        }
        return "";
    }

    /**
     * The requirement in words: "always", "never", "unless code is m.no_olm", "when code is
     * m.no_olm", or several terms joined by "or".
     */
    public String describe() {
        if (isNever()) {
            return "never";
        }
        if (isAlways()) {
            return "always";
        }
        List<String> words = new ArrayList<>();
        for (Set<Literal> term : sorted(terms)) {
            words.add(describe(term));
        }
        return String.join(", or ", words);
    }

    private static String describe(Set<Literal> term) {
        List<Literal> literals = new ArrayList<>(term);
        literals.sort(Comparator.comparing((Literal l) -> !l.holds()).thenComparing(l -> l.condition().description()));
        if (literals.size() == 1 && !literals.get(0).holds()) {
            return "unless " + literals.get(0).condition().description();
        }
        List<String> parts = new ArrayList<>();
        for (Literal literal : literals) {
            parts.add(literal.holds() ? literal.condition().description()
                    : "not (" + literal.condition().description() + ")");
        }
        return "when " + String.join(" and ", parts);
    }

    private static List<Set<Literal>> sorted(Set<Set<Literal>> terms) {
        List<Set<Literal>> list = new ArrayList<>(terms);
        list.sort(Comparator.comparing(Requirement::describe));
        return list;
    }

    /**
     * Drops contradictory terms (C and not C), terms subsumed by a smaller one, and merges two
     * terms that differ only in the sign of one literal (X and C, X and not C: X), until nothing
     * changes.
     */
    private static Set<Set<Literal>> simplify(Set<Set<Literal>> input) {
        Set<Set<Literal>> current = new LinkedHashSet<>();
        for (Set<Literal> term : input) {
            if (!contradictory(term)) {
                current.add(term);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            List<Set<Literal>> list = new ArrayList<>(current);
            outer:
            for (int i = 0; i < list.size(); i++) {
                for (int j = 0; j < list.size(); j++) {
                    if (i == j) {
                        continue;
                    }
                    Set<Literal> a = list.get(i);
                    Set<Literal> b = list.get(j);
                    if (a.containsAll(b)) {
                        current.remove(a);
                        changed = true;
                        break outer;
                    }
                    Set<Literal> merged = resolve(a, b);
                    if (merged != null) {
                        current.remove(a);
                        current.remove(b);
                        current.add(merged);
                        changed = true;
                        break outer;
                    }
                }
            }
        }
        return Set.copyOf(current);
    }

    private static boolean contradictory(Set<Literal> term) {
        for (Literal literal : term) {
            if (term.contains(literal.negated())) {
                return true;
            }
        }
        return false;
    }

    private static Set<Literal> resolve(Set<Literal> a, Set<Literal> b) {
        if (a.size() != b.size()) {
            return null;
        }
        for (Literal literal : a) {
            if (b.contains(literal.negated())) {
                Set<Literal> restA = new HashSet<>(a);
                restA.remove(literal);
                Set<Literal> restB = new HashSet<>(b);
                restB.remove(literal.negated());
                if (restA.equals(restB)) {
                    return Set.copyOf(restA);
                }
            }
        }
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Requirement that && terms.equals(that.terms);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }

    @Override
    public String toString() {
        return describe();
    }
}
