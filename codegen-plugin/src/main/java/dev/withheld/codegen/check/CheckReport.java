package dev.withheld.codegen.check;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything a check run found.
 *
 * @param schemaFiles the schema files that were checked
 * @param findings the findings that count, sorted by file and line (switched-off ones excluded)
 * @param suites the suite results, one per suite that could run
 * @param suppressed how many findings {@code x-lint-ignore} or the configuration switched off
 * @param millis how long the run took
 */
public record CheckReport(List<Path> schemaFiles, List<Finding> findings, List<SuiteResult> suites, int suppressed, long millis) {

    public long errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    }

    public long warnings() {
        return findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    }

    public long cases() {
        return suites.stream().mapToLong(suite -> suite.cases().size()).sum();
    }

    public long failedCases() {
        return suites.stream().mapToLong(SuiteResult::failures).sum();
    }

    /** Whether the build must fail: on any error, and on warnings too when asked. */
    public boolean failed(boolean failOnWarning) {
        return errors() > 0 || failOnWarning && warnings() > 0;
    }

    /**
     * One line: {@code 6 schema files, 6 suites (114 cases, 0 failed): 0 errors, 1 warning}.
     */
    public String summary() {
        return plural(schemaFiles.size(), "schema file") + ", " + plural(suites.size(), "suite") + " (" + plural(cases(), "case") + ", "
                + failedCases() + " failed): " + plural(errors(), "error") + ", " + plural(warnings(), "warning")
                + (suppressed > 0 ? " (" + suppressed + " switched off)" : "");
    }

    public static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
