package dev.withheld.codegen.check;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Runs the cases of a suite in networknt and compares each verdict and set of pointers with the
 * declared ones, with the same semantics as the schema module's JUnit harness.
 */
public final class SuiteRunner {
    private final OfflineValidator validator;

    public SuiteRunner(OfflineValidator validator) {
        this.validator = validator;
    }

    public SuiteResult run(Suite suite) {
        Schema schema;
        try {
            schema = validator.load(suite.schema().id().toString());
        } catch (RuntimeException cannotLoad) {
            String why = "the schema cannot be compiled: " + Messages.of(cannotLoad);
            return new SuiteResult(suite, suite.cases().stream()
                    .map(c -> new CaseResult(c, outcome(c.valid(), c.pointers()), "not run", List.of(why), 0))
                    .toList());
        }
        List<CaseResult> results = new ArrayList<>();
        for (SuiteCase suiteCase : suite.cases()) {
            long start = System.nanoTime();
            List<Error> errors;
            try {
                errors = schema.validate(suiteCase.data());
            } catch (RuntimeException failed) {
                results.add(new CaseResult(suiteCase, outcome(suiteCase.valid(), suiteCase.pointers()), "not validated",
                        List.of("the validator failed on this instance: " + Messages.of(failed)), System.nanoTime() - start));
                continue;
            }
            long nanos = System.nanoTime() - start;
            SortedSet<String> pointers = errors.isEmpty() ? new TreeSet<>() : InstanceLocations.of(errors);
            results.add(new CaseResult(suiteCase, outcome(suiteCase.valid(), suiteCase.pointers()), outcome(errors.isEmpty(), pointers),
                    errors.stream().map(SuiteRunner::message).toList(), nanos));
        }
        return new SuiteResult(suite, results);
    }

    /** {@code valid}, or {@code invalid at ["/a", "/b"]} with the pointers quoted so that the root {@code ""} shows. */
    public static String outcome(boolean valid, SortedSet<String> pointers) {
        if (valid && pointers.isEmpty()) {
            return "valid";
        }
        String locations = pointers.stream().map(pointer -> '"' + pointer + '"').collect(Collectors.joining(", ", "[", "]"));
        return (valid ? "valid, yet with errors at " : "invalid at ") + locations;
    }

    private static String message(Error error) {
        String location = error.getInstanceLocation().toString();
        return (location.isEmpty() ? "(root)" : location) + ": " + error.getMessage() + " [" + error.getKeyword() + "]";
    }
}
