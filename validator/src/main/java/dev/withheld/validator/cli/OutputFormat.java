package dev.withheld.validator.cli;

/** How the command line reports: lines for people, or JSON Lines for programs. */
enum OutputFormat {
    /** {@code FILE[:LINE]: POINTER: message} lines and a summary line. */
    TEXT,
    /** One compact JSON object per instance, one per line (JSON Lines). */
    JSON
}
