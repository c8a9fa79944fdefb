package dev.withheld.schema;

import java.util.List;

/**
 * One example suite file: a target schema and the cases a spec editor expects it to accept or reject.
 *
 * @param file the file name relative to {@code suites/}, used in test names and messages
 * @param description what the suite covers
 * @param schemaId the {@code $id} of the schema the cases are validated against
 * @param cases the cases, in file order
 */
record Suite(String file, String description, String schemaId, List<SuiteCase> cases) {
}
