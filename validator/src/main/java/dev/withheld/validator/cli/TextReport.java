package dev.withheld.validator.cli;

import dev.withheld.validator.Violation;
import java.io.PrintWriter;

/**
 * The report for people: one line per violation, {@code FILE[:LINE]: POINTER: message}, where
 * {@code (root)} stands for the empty pointer (the whole instance); then {@code N valid, M invalid}.
 */
final class TextReport implements Report {

    private final PrintWriter out;

    TextReport(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void add(Outcome outcome) {
        if (outcome.problem() != null) {
            Outcome.Problem problem = outcome.problem();
            String pointer = problem.pointer() == null || problem.pointer().isEmpty() ? "" : problem.pointer() + ": ";
            out.println(outcome.where() + ": " + pointer + problem.message());
        } else {
            for (Violation violation : outcome.result().violations()) {
                out.println(outcome.where() + ": " + pointer(violation.pointer()) + ": " + violation.message());
            }
        }
        out.flush();
    }

    @Override
    public void finish(Totals totals) {
        String summary = totals.valid() + " valid, " + totals.invalid() + " invalid";
        if (totals.unreadable() > 0) {
            summary += ", " + totals.unreadable() + " not checked";
        }
        out.println(summary);
        out.flush();
    }

    private static String pointer(String pointer) {
        return pointer.isEmpty() ? "(root)" : pointer;
    }
}
