package dev.withheld.codegen.check;

import java.util.List;

/**
 * The results of one suite file's cases.
 *
 * @param suite the suite
 * @param cases one result per well-formed case, in file order
 */
public record SuiteResult(Suite suite, List<CaseResult> cases) {

    public long failures() {
        return cases.stream().filter(result -> !result.passed()).count();
    }
}
