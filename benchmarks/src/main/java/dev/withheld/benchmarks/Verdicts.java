package dev.withheld.benchmarks;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import dev.withheld.validator.ValidationResult;
import dev.withheld.validator.WithheldValidator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The checks every benchmark state runs in its {@code @Setup}: a contender must call every event
 * of the valid mix valid and every event of the invalid mix invalid, or the run fails before
 * anything is timed.
 */
final class Verdicts {

    private Verdicts() {
    }

    /** Fails unless {@code isValid} holds for every valid event and for no invalid one. */
    static void check(String contender, List<byte[]> valid, List<byte[]> invalid, Predicate<byte[]> isValid) {
        check(contender, valid, invalid, isValid, event -> false);
    }

    /**
     * As {@link #check(String, List, List, Predicate)}, but an invalid event for which
     * {@code knownDeviation} holds may be called valid: a documented bug of a third-party
     * library, which must not stop its timing. The valid mix is always checked strictly.
     */
    static void check(String contender, List<byte[]> valid, List<byte[]> invalid, Predicate<byte[]> isValid,
            Predicate<byte[]> knownDeviation) {
        StringBuilder wrong = new StringBuilder();
        for (byte[] event : valid) {
            if (!isValid.test(event)) {
                wrong.append("\n  called invalid, but is valid: ").append(ValidationBenchmark.text(event));
            }
        }
        for (byte[] event : invalid) {
            if (isValid.test(event) && !knownDeviation.test(event)) {
                wrong.append("\n  called valid, but is invalid: ").append(ValidationBenchmark.text(event));
            }
        }
        if (wrong.length() > 0) {
            throw new IllegalStateException(contender + " gives wrong verdicts on the benchmark mix; not timing it:" + wrong);
        }
    }

    /**
     * Fails unless our validator reports, for every invalid event, a violation at every place
     * where networknt (used directly, full evaluation) reports an error: "all violations" must
     * not shrink to "the first one" on a fast path. A missing member counts at its own pointer.
     */
    static void checkAllViolations(WithheldValidator validator, DirectNetworknt reference, List<byte[]> invalid) {
        StringBuilder wrong = new StringBuilder();
        for (byte[] event : invalid) {
            Set<String> expected = new TreeSet<>();
            for (Error error : reference.validate(event)) {
                String at = pointer(error.getInstanceLocation());
                expected.add("required".equals(error.getKeyword()) && error.getProperty() != null
                        ? at + "/" + escape(error.getProperty())
                        : at);
            }
            ValidationResult result = ValidationBenchmark.validate(validator, event);
            Set<String> reported = new TreeSet<>(result.pointers());
            if (!reported.containsAll(expected)) {
                wrong.append("\n  ").append(ValidationBenchmark.text(event)).append(": networknt reports errors at ")
                        .append(expected).append(", the withheld validator at ").append(reported);
            }
        }
        if (wrong.length() > 0) {
            throw new IllegalStateException("the withheld validator does not report every violation; not timing it:" + wrong);
        }
    }

    private static String pointer(NodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/').append(escape(String.valueOf(path.getElement(i))));
        }
        return pointer.toString();
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
