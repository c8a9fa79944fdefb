package dev.withheld.codegen.check;

import java.util.Locale;

/** How bad a finding is: an error fails the build; a warning fails it only when the build asks for that. */
public enum Severity {
    ERROR,
    WARNING;

    /** The lower-case word used in reports: {@code error} or {@code warning}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
