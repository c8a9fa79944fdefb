package dev.withheld.validator.cli;

import dev.withheld.validator.Violation;

/**
 * The report for people: one line per violation, {@code FILE[:LINE]: POINTER: message}, where
 * {@code (root)} stands for the empty pointer (the whole instance); then, unless left out,
 * {@code N valid, M invalid}.
 */
final class TextReport implements Report {

    private final ReportOutput out;
    private final boolean summary;

    TextReport(ReportOutput out, boolean summary) {
        this.out = out;
        this.summary = summary;
    }

    @Override
    public void add(Outcome outcome) {
        if (outcome.problem() != null) {
            Outcome.Problem problem = outcome.problem();
            String pointer = problem.pointer() == null || problem.pointer().isEmpty() ? "" : problem.pointer() + ": ";
            line(outcome.where() + ": " + pointer + problem.message());
        } else {
            for (Violation violation : outcome.result().violations()) {
                line(outcome.where() + ": " + pointer(violation.pointer()) + ": " + violation.message());
            }
        }
    }

    @Override
    public void finish(Totals totals) {
        if (!summary) {
            return;
        }
        String counts = totals.valid() + " valid, " + totals.invalid() + " invalid";
        if (totals.unreadable() > 0) {
            counts += ", " + totals.unreadable() + " not checked";
        }
        line(counts);
    }

    private void line(String text) {
        out.write(text);
        out.write('\n');
    }

    private static String pointer(String pointer) {
        return pointer.isEmpty() ? "(root)" : pointer;
    }
}
