package dev.withheld.validator.cli;

/** How the command line reports: lines for people, or one JSON array for programs. */
enum OutputFormat {
    /** {@code FILE[:LINE]: POINTER: message} lines and a summary line. */
    TEXT,
    /** One JSON array with an object per instance. */
    JSON
}
