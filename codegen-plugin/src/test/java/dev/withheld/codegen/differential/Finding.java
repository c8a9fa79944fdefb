package dev.withheld.codegen.differential;

/**
 * One failure the harness found.
 *
 * @param schema the corpus entry
 * @param subject the instance file ({@code valid/x.json}), the type name for a numbered name, or
 *     {@code -} for a build failure
 * @param category what kind of failure
 * @param detail the first line of the error or violation, for people
 */
record Finding(String schema, String subject, Category category, String detail) {

    /** The identity kept in the known-failures file: category, schema and subject, not the detail. */
    String key() {
        return category.label() + " " + schema + " " + subject;
    }
}
