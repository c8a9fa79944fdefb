/**
 * The {@code compat} goal's engine: compares two revisions of a set of JSON Schemas by meaning
 * (through {@code $ref}, {@code allOf} and if/then/else) and reports each change with a stable rule
 * id, a severity and whether it breaks senders or receivers.
 *
 * <p>Entry points: {@link dev.withheld.codegen.compat.SchemaRevision#load}, then
 * {@link dev.withheld.codegen.compat.CompatibilityChecker#compare}, giving a
 * {@link dev.withheld.codegen.compat.CompatibilityReport}; {@link dev.withheld.codegen.compat.FailOn}
 * decides which changes fail a build. Revisions kept in folders of one schema root are read with
 * {@link dev.withheld.codegen.compat.SchemaRevision#loadFolder} and compared step by step by
 * {@link dev.withheld.codegen.compat.RevisionHistory}, which the docs goal turns into the changelog.
 */
package dev.withheld.codegen.compat;
