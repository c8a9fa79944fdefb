package dev.withheld.codegen.pattern;

import dk.brics.automaton.Automaton;
import dk.brics.automaton.BasicAutomata;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a schema {@code pattern} into a deterministic automaton that answers exactly what
 * {@code java.util.regex.Pattern.compile(pattern).matcher(s).find()} answers, for every string
 * {@code s}. Generated code then checks a string in one pass over its characters instead of running
 * a backtracking matcher: for the patterns of an identifier or a base64 key that is five to ten
 * times faster, and patterns are most of what a valid event costs to check.
 *
 * <p>Only a well-understood part of the regular-expression language is translated; for anything
 * else {@link #compile} answers empty and the caller keeps {@code java.util.regex}, so the answer is
 * never different, only slower. Translated:
 *
 * <ul>
 *   <li>literal characters, {@code .}, character classes ({@code [a-z_]}, {@code [^:]}) and the
 *       escapes {@code \d \w \s \D \W \S \t \n \r \f \\uXXXX} and escaped punctuation;
 *   <li>groups ({@code (…)}, {@code (?:…)}) with alternatives, and the greedy quantifiers
 *       {@code * + ? {n} {n,} {n,m}};
 *   <li>{@code ^} at the start and {@code $(?![\s\S])} (end of the string, as ECMA-262 reads
 *       {@code $}) at the end; without them the pattern may match anywhere, as {@code find()} does.
 * </ul>
 *
 * <p>Not translated: a bare {@code $} (Java lets it match before a final line break), look-arounds,
 * back-references, flags, lazy or possessive quantifiers, nested classes and anything Java-specific.
 *
 * <p>One subtlety decides what is safe: Java matches code points, the automaton UTF-16 units. The
 * two agree on any character class without surrogates ("narrow"). A class that matches surrogates
 * ("wide": {@code .}, {@code [^…]}, {@code \S}) is only translated under {@code *} or {@code +},
 * outside groups, between two narrow characters or the ends of the string; there a run of units and
 * a run of code points cover the same text.
 */
public final class PatternAutomaton {

    /** Automata larger than this stay with {@code java.util.regex}: generated methods stay small. */
    static final int MAX_STATES = 64;
    static final int MAX_TRANSITIONS = 512;
    private static final int MAX_REPEAT = 64;
    private static final String END_OF_INPUT = "$(?![\\s\\S])";
    private static final Automaton SURROGATES = BasicAutomata.makeCharRange('\uD800', '\uDFFF');
    private static final Automaton ANY_CHAR = BasicAutomata.makeAnyChar();

    private final String regex;
    private int at;

    private PatternAutomaton(String regex) {
        this.regex = regex;
    }

    /**
     * The minimal deterministic automaton accepting exactly the strings in which Java's
     * {@code find()} finds {@code regex}; empty when the pattern is outside the translated part
     * or its automaton would be too large.
     */
    public static Optional<Automaton> compile(String regex) {
        try {
            Automaton automaton = new PatternAutomaton(regex).whole();
            automaton.minimize();
            if (automaton.getNumberOfStates() > MAX_STATES || automaton.getNumberOfTransitions() > MAX_TRANSITIONS) {
                return Optional.empty();
            }
            return Optional.of(automaton);
        } catch (Unsupported e) {
            return Optional.empty();
        }
    }

    /** Thrown while parsing for anything outside the translated part. */
    private static final class Unsupported extends Exception {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    /** One element of the top-level sequence, and what the code-point rule needs to know about it. */
    private record Term(Automaton automaton, boolean wide, boolean matchesEmpty) {
    }

    private Automaton whole() throws Unsupported {
        String body = regex;
        boolean anchoredStart = body.startsWith("^");
        boolean anchoredEnd = body.endsWith(END_OF_INPUT) && !body.endsWith("\\" + END_OF_INPUT);
        int end = anchoredEnd ? body.length() - END_OF_INPUT.length() : body.length();
        at = anchoredStart ? 1 : 0;
        List<Term> terms = new ArrayList<>();
        while (at < end) {
            if (regex.charAt(at) == '|') {
                throw new Unsupported(); // a top-level alternative would escape the anchors
            }
            terms.add(term(end, true));
        }
        if (at != end) {
            throw new Unsupported();
        }
        for (int i = 0; i < terms.size(); i++) {
            if (terms.get(i).wide()) {
                boolean before = i == 0 ? anchoredStart : delimits(terms.get(i - 1));
                boolean after = i == terms.size() - 1 ? anchoredEnd : delimits(terms.get(i + 1));
                if (!before || !after) {
                    throw new Unsupported();
                }
            }
        }
        List<Automaton> parts = new ArrayList<>();
        if (!anchoredStart) {
            parts.add(BasicAutomata.makeAnyString());
        }
        terms.forEach(t -> parts.add(t.automaton()));
        if (!anchoredEnd) {
            parts.add(BasicAutomata.makeAnyString());
        }
        return parts.isEmpty() ? BasicAutomata.makeEmptyString() : Automaton.concatenate(parts);
    }

    /** A neighbour that always consumes at least one narrow character marks where a wide run ends. */
    private static boolean delimits(Term neighbour) {
        return !neighbour.wide() && !neighbour.matchesEmpty();
    }

    /** An atom and its quantifier; wide atoms only at the top level and only under {@code *} or {@code +}. */
    private Term term(int end, boolean topLevel) throws Unsupported {
        Term atom = atom(end);
        if (at >= end || "*+?{".indexOf(regex.charAt(at)) < 0) {
            if (atom.wide()) {
                throw new Unsupported();
            }
            return atom;
        }
        char q = regex.charAt(at++);
        int min;
        int max; // -1: unbounded
        switch (q) {
            case '*' -> { min = 0; max = -1; }
            case '+' -> { min = 1; max = -1; }
            case '?' -> { min = 0; max = 1; }
            default -> {
                min = number(end);
                max = min;
                if (at < end && regex.charAt(at) == ',') {
                    at++;
                    max = at < end && regex.charAt(at) == '}' ? -1 : number(end);
                }
                expect('}', end);
                if (max != -1 && max < min || min > MAX_REPEAT || max > MAX_REPEAT) {
                    throw new Unsupported();
                }
            }
        }
        if (at < end && "*+?{".indexOf(regex.charAt(at)) >= 0) {
            throw new Unsupported(); // lazy, possessive or doubled quantifiers
        }
        if (atom.wide() && (!topLevel || !(q == '*' || q == '+'))) {
            throw new Unsupported();
        }
        Automaton repeated = max == -1 ? atom.automaton().repeat(min) : atom.automaton().repeat(min, max);
        return new Term(repeated, atom.wide(), min == 0 || atom.matchesEmpty());
    }

    private Term atom(int end) throws Unsupported {
        char c = regex.charAt(at++);
        switch (c) {
            case '(' -> {
                if (regex.startsWith("?:", at)) {
                    at += 2;
                } else if (at < end && regex.charAt(at) == '?') {
                    throw new Unsupported(); // look-arounds, named groups, flags
                }
                Automaton group = alternatives(end);
                expect(')', end);
                return new Term(group, false, group.run(""));
            }
            case '[' -> {
                return charClass(end);
            }
            case '.' -> {
                // Java's "." without flags: anything but \n, \r, \u0085, \u2028, \u2029.
                return chars(ANY_CHAR.minus(BasicAutomata.makeCharSet("\n\r\u0085\u2028\u2029")));
            }
            case '\\' -> {
                return chars(escape(end));
            }
            case ')', '|', '*', '+', '?', '{', '}', ']', '^', '$' -> throw new Unsupported();
            default -> {
                if (Character.isSurrogate(c)) {
                    throw new Unsupported();
                }
                return chars(BasicAutomata.makeChar(c));
            }
        }
    }

    /** Alternatives inside a group: every part must be narrow. */
    private Automaton alternatives(int end) throws Unsupported {
        List<Automaton> alternatives = new ArrayList<>();
        List<Automaton> sequence = new ArrayList<>();
        while (true) {
            if (at >= end) {
                throw new Unsupported();
            }
            char c = regex.charAt(at);
            if (c == ')' || c == '|') {
                alternatives.add(sequence.isEmpty() ? BasicAutomata.makeEmptyString() : Automaton.concatenate(sequence));
                sequence = new ArrayList<>();
                if (c == ')') {
                    return Automaton.union(alternatives);
                }
                at++;
                continue;
            }
            Term term = term(end, false);
            if (term.wide()) {
                throw new Unsupported();
            }
            sequence.add(term.automaton());
        }
    }

    private Term charClass(int end) throws Unsupported {
        boolean negated = at < end && regex.charAt(at) == '^';
        if (negated) {
            at++;
        }
        if (at < end && regex.charAt(at) == ']') {
            throw new Unsupported(); // Java and ECMA-262 disagree on "[]" and "[^]"
        }
        List<Automaton> members = new ArrayList<>();
        while (true) {
            if (at >= end) {
                throw new Unsupported();
            }
            char c = regex.charAt(at);
            if (c == ']') {
                at++;
                break;
            }
            if (c == '[' || regex.startsWith("&&", at)) {
                throw new Unsupported(); // Java's nested classes and intersections
            }
            Automaton first = classMember(end);
            if (at + 1 < end && regex.charAt(at) == '-' && regex.charAt(at + 1) != ']') {
                at++;
                Automaton last = classMember(end);
                members.add(range(first, last));
            } else {
                members.add(first);
            }
        }
        Automaton set = Automaton.union(members);
        return chars(negated ? ANY_CHAR.minus(set) : set);
    }

    private Automaton classMember(int end) throws Unsupported {
        char c = regex.charAt(at++);
        if (c == '\\') {
            return escape(end);
        }
        if (Character.isSurrogate(c)) {
            throw new Unsupported();
        }
        return BasicAutomata.makeChar(c);
    }

    /** A range between two single characters; {@code [\d-z]} and the like stay with Java. */
    private static Automaton range(Automaton first, Automaton last) throws Unsupported {
        String from = first.getSingleton();
        String to = last.getSingleton();
        if (from == null || to == null || from.length() != 1 || to.length() != 1 || from.charAt(0) > to.charAt(0)) {
            throw new Unsupported();
        }
        return BasicAutomata.makeCharRange(from.charAt(0), to.charAt(0));
    }

    private Automaton escape(int end) throws Unsupported {
        if (at >= end) {
            throw new Unsupported();
        }
        char c = regex.charAt(at++);
        return switch (c) {
            case 'd' -> digits();
            case 'D' -> ANY_CHAR.minus(digits());
            case 'w' -> word();
            case 'W' -> ANY_CHAR.minus(word());
            case 's' -> space();
            case 'S' -> ANY_CHAR.minus(space());
            case 't' -> BasicAutomata.makeChar('\t');
            case 'n' -> BasicAutomata.makeChar('\n');
            case 'r' -> BasicAutomata.makeChar('\r');
            case 'f' -> BasicAutomata.makeChar('\f');
            case 'u' -> {
                if (at + 4 > end) {
                    throw new Unsupported();
                }
                int code;
                try {
                    code = Integer.parseInt(regex.substring(at, at + 4), 16);
                } catch (NumberFormatException e) {
                    throw new Unsupported();
                }
                at += 4;
                if (Character.isSurrogate((char) code)) {
                    throw new Unsupported();
                }
                yield BasicAutomata.makeChar((char) code);
            }
            default -> {
                // Escaped punctuation is the character itself, in Java and in ECMA-262; letters and
                // digits are escapes of their own (\b, \1, \p, \v ...) and stay with Java.
                if (c < 0x80 && !Character.isLetterOrDigit(c) && c != '_') {
                    yield BasicAutomata.makeChar(c);
                }
                throw new Unsupported();
            }
        };
    }

    private static Automaton digits() {
        return BasicAutomata.makeCharRange('0', '9');
    }

    private static Automaton word() {
        return Automaton.union(List.of(BasicAutomata.makeCharRange('a', 'z'), BasicAutomata.makeCharRange('A', 'Z'),
                digits(), BasicAutomata.makeChar('_')));
    }

    /** Java's {@code \s} without flags: ASCII white space only. */
    private static Automaton space() {
        return BasicAutomata.makeCharSet(" \t\n\u000B\f\r");
    }

    private static Term chars(Automaton set) {
        return new Term(set, !set.intersection(SURROGATES).isEmpty(), false);
    }

    private int number(int end) throws Unsupported {
        int start = at;
        while (at < end && Character.isDigit(regex.charAt(at)) && regex.charAt(at) < 0x80) {
            at++;
        }
        if (start == at || at - start > 3) {
            throw new Unsupported();
        }
        return Integer.parseInt(regex.substring(start, at));
    }

    private void expect(char c, int end) throws Unsupported {
        if (at >= end || regex.charAt(at) != c) {
            throw new Unsupported();
        }
        at++;
    }
}
