package dev.withheld.codegen.differential;

import java.util.List;

/**
 * The harness's figures for one generator over the corpus.
 *
 * @param tool the generator's name
 * @param schemas corpus entries
 * @param builds entries that generated, compiled and have a class for the root schema
 * @param instances instances in the corpus
 * @param instancesRun instances put through a generated class (those of entries that built)
 * @param findings every failure found
 */
record ToolResult(String tool, int schemas, int builds, int instances, int instancesRun, List<Finding> findings) {

    long count(Category category) {
        return findings.stream().filter(f -> f.category() == category).count();
    }
}
