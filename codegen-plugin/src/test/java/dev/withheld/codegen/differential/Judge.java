package dev.withheld.codegen.differential;

import com.networknt.schema.Error;
import java.util.List;
import java.util.Optional;

/** Compares one instance's reference verdict with what a generated model did with it. */
final class Judge {

    private Judge() {
    }

    /**
     * @param errors networknt's errors for the instance (empty: valid)
     * @param outcome what the generated class did with it
     * @param warnings the build's warnings, which may explain an accepted invalid instance
     * @return the failure, if the model and networknt disagree
     */
    static Optional<Finding> classify(String schema, String subject, List<Error> errors, ModelProbe.Outcome outcome, List<String> warnings) {
        if (errors.isEmpty()) {
            if (outcome.refusal() != null) {
                return Optional.of(new Finding(schema, subject, Category.FALSE_REFUSAL, "parse: " + outcome.refusal()));
            }
            if (!outcome.violations().isEmpty()) {
                return Optional.of(new Finding(schema, subject, Category.FALSE_REFUSAL, "violation: " + outcome.violations().get(0)));
            }
            return outcome.roundTrip().map(d -> new Finding(schema, subject, Category.ROUND_TRIP, d));
        }
        if (!outcome.accepted()) {
            return Optional.empty();
        }
        List<Error> unexplained = SilentMissRule.unexplained(errors, warnings);
        if (unexplained.isEmpty()) {
            return Optional.empty();
        }
        Error first = unexplained.get(0);
        return Optional.of(new Finding(schema, subject, Category.SILENT_MISS,
                "networknt: " + first.getKeyword() + " at " + first.getSchemaLocation().getFragment() + ": " + first.getMessage()));
    }
}
