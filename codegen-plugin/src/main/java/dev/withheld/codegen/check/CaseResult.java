package dev.withheld.codegen.check;

import java.util.List;

/**
 * What running one suite case gave.
 *
 * @param suiteCase the case
 * @param expected the declared outcome: {@code valid}, or {@code invalid at ["/room_id"]}
 * @param actual the outcome the validator gave, in the same form
 * @param messages the validator's own error messages ({@code location: message}), for people
 * @param nanos how long validation took
 */
public record CaseResult(SuiteCase suiteCase, String expected, String actual, List<String> messages, long nanos) {

    public boolean passed() {
        return expected.equals(actual);
    }
}
