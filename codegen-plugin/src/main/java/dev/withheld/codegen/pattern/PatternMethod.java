package dev.withheld.codegen.pattern;

import dk.brics.automaton.Automaton;
import dk.brics.automaton.State;
import dk.brics.automaton.Transition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the Java source of a static method that decides a schema {@code pattern} with the automaton
 * of {@link PatternAutomaton}: one {@code switch} over the states, one pass over the characters, no
 * allocation, no backtracking. The generated code needs nothing at run time.
 */
public final class PatternMethod {

    private PatternMethod() {
    }

    /**
     * The source of {@code private static boolean <name>(String s)}, true exactly when
     * {@code Pattern.compile(regex).matcher(s).find()} is; empty when the pattern is not translated
     * (the caller then uses {@code java.util.regex}).
     *
     * @param comment the pattern as text that is safe inside a Javadoc comment
     */
    public static Optional<String> source(String name, String regex, String comment) {
        return PatternAutomaton.compile(regex).map(automaton -> render(name, comment, automaton));
    }

    private static String render(String name, String comment, Automaton automaton) {
        Map<State, Integer> numbers = number(automaton);
        Set<State> live = live(automaton);
        StringBuilder code = new StringBuilder();
        code.append("    /**\n")
                .append("     * Whether {@code s} matches the pattern <code>").append(comment).append("</code>, as {@code Pattern.find()}\n")
                .append("     * would say; decided in one pass by an automaton built from the pattern when this class was generated.\n")
                .append("     */\n")
                .append("    private static boolean ").append(name).append("(String s) {\n");
        State initial = automaton.getInitialState();
        if (isAcceptingSink(initial)) {
            return code.append("        return true;\n    }\n").toString();
        }
        code.append("        int state = 0;\n")
                .append("        for (int i = 0, n = s.length(); i < n; i++) {\n")
                .append("            char c = s.charAt(i);\n")
                .append("            switch (state) {\n");
        for (Map.Entry<State, Integer> entry : numbers.entrySet()) {
            State state = entry.getKey();
            if (isAcceptingSink(state) || !live.contains(state)) {
                continue; // never entered: reaching it returns at once
            }
            code.append("                case ").append(entry.getValue()).append(" -> {\n");
            Map<State, List<String>> tests = new LinkedHashMap<>();
            for (Transition t : state.getSortedTransitions(false)) {
                if (live.contains(t.getDest())) {
                    tests.computeIfAbsent(t.getDest(), d -> new ArrayList<>()).add(test(t));
                }
            }
            String keyword = "                    if";
            for (Map.Entry<State, List<String>> move : tests.entrySet()) {
                State dest = move.getKey();
                String action = isAcceptingSink(dest) ? "return true;" : "state = " + numbers.get(dest) + ";";
                List<String> ranges = move.getValue();
                String condition = ranges.size() == 1 ? ranges.get(0)
                        : String.join(" || ", ranges.stream().map(r -> r.contains("&&") ? "(" + r + ")" : r).toList());
                code.append(keyword).append(" (").append(condition).append(") {\n")
                        .append("                        ").append(action).append('\n')
                        .append("                    }");
                keyword = " else if";
            }
            code.append(tests.isEmpty() ? "                    return false;\n" : " else {\n"
                    + "                        return false;\n"
                    + "                    }\n");
            code.append("                }\n");
        }
        code.append("                default -> {\n")
                .append("                    return false;\n")
                .append("                }\n")
                .append("            }\n")
                .append("        }\n")
                .append("        return ").append(accepting(numbers, live)).append(";\n")
                .append("    }\n");
        return code.toString();
    }

    /** States numbered in breadth-first order from the initial state, which is 0. */
    private static Map<State, Integer> number(Automaton automaton) {
        Map<State, Integer> numbers = new LinkedHashMap<>();
        Deque<State> queue = new ArrayDeque<>();
        numbers.put(automaton.getInitialState(), 0);
        queue.add(automaton.getInitialState());
        while (!queue.isEmpty()) {
            for (Transition t : queue.poll().getSortedTransitions(false)) {
                if (!numbers.containsKey(t.getDest())) {
                    numbers.put(t.getDest(), numbers.size());
                    queue.add(t.getDest());
                }
            }
        }
        return numbers;
    }

    /** States from which an accepting state can still be reached. */
    private static Set<State> live(Automaton automaton) {
        Set<State> live = new HashSet<>(automaton.getAcceptStates());
        boolean grown = true;
        while (grown) {
            grown = false;
            for (State state : automaton.getStates()) {
                if (!live.contains(state) && state.getTransitions().stream().anyMatch(t -> live.contains(t.getDest()))) {
                    live.add(state);
                    grown = true;
                }
            }
        }
        return live;
    }

    /** An accepting state that every character leads back to: the answer is already yes. */
    private static boolean isAcceptingSink(State state) {
        if (!state.isAccept()) {
            return false;
        }
        int next = Character.MIN_VALUE;
        for (Transition t : state.getSortedTransitions(false)) {
            if (t.getDest() != state || t.getMin() > next) {
                return false;
            }
            next = t.getMax() + 1;
        }
        return next > Character.MAX_VALUE;
    }

    private static String accepting(Map<State, Integer> numbers, Set<State> live) {
        List<String> tests = new ArrayList<>();
        numbers.forEach((state, number) -> {
            if (state.isAccept() && !isAcceptingSink(state) && live.contains(state)) {
                tests.add("state == " + number);
            }
        });
        return tests.isEmpty() ? "false" : String.join(" || ", tests);
    }

    private static String test(Transition t) {
        if (t.getMin() == t.getMax()) {
            return "c == " + literal(t.getMin());
        }
        if (t.getMin() == Character.MIN_VALUE) {
            return "c <= " + literal(t.getMax());
        }
        if (t.getMax() == Character.MAX_VALUE) {
            return "c >= " + literal(t.getMin());
        }
        return "c >= " + literal(t.getMin()) + " && c <= " + literal(t.getMax());
    }

    /** Printable ASCII as a character literal, anything else as a number (never a unicode escape). */
    private static String literal(char c) {
        if (c >= 0x20 && c < 0x7F && c != '\'' && c != '\\') {
            return "'" + c + "'";
        }
        return String.format("0x%04X", (int) c);
    }
}
