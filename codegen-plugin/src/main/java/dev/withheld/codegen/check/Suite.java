package dev.withheld.codegen.check;

import java.nio.file.Path;
import java.util.List;

/**
 * One example suite file: a target schema and the cases a spec editor expects it to accept or reject.
 *
 * @param file the suite file
 * @param description what the suite covers
 * @param schema the file of the target schema
 * @param schemaId the target as the suite names it (an {@code $id})
 * @param cases the well-formed cases, in file order
 */
public record Suite(Path file, String description, SchemaFile schema, String schemaId, List<SuiteCase> cases) {
}
