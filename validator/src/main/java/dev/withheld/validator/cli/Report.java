package dev.withheld.validator.cli;

import java.io.PrintWriter;

/** Writes the outcomes of a command-line run as they happen, in one output format. */
interface Report {

    /** Writes one instance's outcome. */
    void add(Outcome outcome);

    /** Finishes the output with the totals. */
    void finish(Totals totals);

    /** Counts of a run. */
    record Totals(int valid, int invalid, int unreadable) {
    }

    /** The report for a format, writing to {@code out}. */
    static Report of(OutputFormat format, PrintWriter out) {
        return format == OutputFormat.JSON ? new JsonReport(out) : new TextReport(out);
    }
}
