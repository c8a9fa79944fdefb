package dev.withheld.codegen.compat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Which breaking changes fail the build. */
public enum FailOn {
    /** Report only. */
    NONE,
    /** Fail on changes that break senders (the current schema rejects what senders sent before). */
    SENDERS,
    /** Fail on changes that break receivers (the current schema accepts what receivers did not expect). */
    RECEIVERS,
    /** Fail on changes that break senders or receivers. */
    ANY;

    /**
     * Reads a configured value, ignoring case.
     *
     * @throws CompatibilityProblem naming the allowed values when the text is none of them
     */
    public static FailOn parse(String text) {
        String value = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (FailOn failOn : values()) {
            if (failOn.name().equals(value)) {
                return failOn;
            }
        }
        throw new CompatibilityProblem("failOn must be one of none, senders, receivers, any; it is \"" + text + "\".");
    }

    /**
     * The changes that fail the build.
     *
     * @param warnings whether changes that only <em>may</em> break (for example a new known value
     *     of an open enumeration, or a keyword the check does not analyse) count too
     */
    public List<Change> failing(CompatibilityReport report, boolean warnings) {
        List<Change> failing = new ArrayList<>();
        for (Change change : report.changes()) {
            boolean senders = counts(change.senders(), warnings) && (this == SENDERS || this == ANY);
            boolean receivers = counts(change.receivers(), warnings) && (this == RECEIVERS || this == ANY);
            if (senders || receivers) {
                failing.add(change);
            }
        }
        return failing;
    }

    private static boolean counts(Impact impact, boolean warnings) {
        return impact == Impact.BREAKING || (warnings && impact == Impact.MAY_BREAK);
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
