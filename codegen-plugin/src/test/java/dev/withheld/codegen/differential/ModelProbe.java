package dev.withheld.codegen.differential;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Optional;

/**
 * Puts one instance through a generated class the way a user's code does, with Jackson 2 data
 * binding ({@code new ObjectMapper()}, default settings; the generated annotations are Jackson 2's):
 * read, ask {@code violations()} and {@code isValid()} when the class has them, write back, compare.
 */
final class ModelProbe {

    private static final ObjectMapper USER = new ObjectMapper();
    private static final ObjectMapper EXACT = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /**
     * @param refusal the first line of the exception when reading failed, else null
     * @param violations what {@code violations()} reported (empty when the class has none), or
     *     {@code ["isValid() is false"]} when only {@code isValid()} disagrees
     * @param roundTrip the first difference between the tree read and the tree written back, if any
     */
    record Outcome(String refusal, List<String> violations, Optional<String> roundTrip) {
        boolean accepted() {
            return refusal == null && violations.isEmpty();
        }
    }

    private ModelProbe() {
    }

    static Outcome probe(Class<?> type, String instance, boolean checksRules) {
        Object model;
        try {
            model = USER.readValue(instance, type);
        } catch (Exception | StackOverflowError e) {
            return new Outcome(firstLine(e), List.of(), Optional.empty());
        }
        List<String> violations = checksRules ? violations(model) : List.of();
        Optional<String> roundTrip;
        try {
            JsonNode read = EXACT.readTree(instance);
            JsonNode written = EXACT.readTree(USER.writeValueAsString(model));
            roundTrip = JsonTrees.firstDifference(read, written);
        } catch (Exception | StackOverflowError e) {
            roundTrip = Optional.of("writing back failed: " + firstLine(e));
        }
        return new Outcome(null, violations, roundTrip);
    }

    private static List<String> violations(Object model) {
        try {
            List<?> found = (List<?>) model.getClass().getMethod("violations").invoke(model);
            boolean valid = (Boolean) model.getClass().getMethod("isValid").invoke(model);
            if (found.isEmpty() && !valid) {
                return List.of("isValid() is false although violations() is empty");
            }
            if (!found.isEmpty() && valid) {
                return List.of("isValid() is true although violations() reports: " + found.get(0));
            }
            return found.stream().map(String::valueOf).toList();
        } catch (InvocationTargetException e) {
            return List.of("violations() threw " + firstLine(e.getCause()));
        } catch (ReflectiveOperationException e) {
            return List.of("no violations()/isValid(): " + e);
        }
    }

    static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        return e.getClass().getSimpleName() + ": " + message;
    }
}
