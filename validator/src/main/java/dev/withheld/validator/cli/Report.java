package dev.withheld.validator.cli;

/** Writes the outcomes of a command-line run as they happen, in one output format. */
interface Report {

    /** Writes one instance's outcome. */
    void add(Outcome outcome);

    /** Ends the output once every instance has been reported; nothing to add by default. */
    default void finish(Totals totals) {
    }

    /** Counts of a run. */
    record Totals(long valid, long invalid, long unreadable) {
    }

    /**
     * The report for a format, writing to {@code out}.
     *
     * @param summary whether the text report ends with the counts (the JSON report has no summary)
     */
    static Report of(OutputFormat format, ReportOutput out, boolean summary) {
        return format == OutputFormat.JSON ? new JsonReport(out) : new TextReport(out, summary);
    }
}
