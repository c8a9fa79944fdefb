package dev.withheld.codegen.differential;

import com.networknt.schema.Error;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether the generator's build warnings explain why the model accepted an instance that
 * networknt rejects. The generator warns one line per unchecked rule, in the form
 * {@code Class (schema /pointer): text}, where the pointer is relative to the schema the class was
 * generated from.
 *
 * <p>The rule: a networknt error is explained when a warning's pointer is a suffix of the error's
 * schema location (compared at segment boundaries) or of one of its enclosing subschemas (a warning
 * on {@code /then} covers an error at {@code /then/required}); a warning at the class's root
 * ({@code /}) explains errors whose keyword it names in quotes. An accepted invalid instance is a
 * silent miss when at least one of its errors is unexplained. Matching pointers by suffix is generous
 * (a warning in one class may explain an error at the same relative place in another), so the count
 * of silent misses is a lower bound.
 */
final class SilentMissRule {

    private static final Pattern WARNING = Pattern.compile("\\(schema ([^)]*)\\): (.*)");

    private SilentMissRule() {
    }

    /** The errors that no warning explains. */
    static List<Error> unexplained(List<Error> errors, List<String> warnings) {
        List<Error> left = new ArrayList<>();
        for (Error error : errors) {
            if (warnings.stream().noneMatch(w -> explains(w, error))) {
                left.add(error);
            }
        }
        return left;
    }

    static boolean explains(String warning, Error error) {
        Matcher m = WARNING.matcher(warning);
        if (!m.find()) {
            return false;
        }
        String pointer = m.group(1);
        String location = String.valueOf(error.getSchemaLocation());
        String fragment = location.contains("#") ? location.substring(location.indexOf('#') + 1) : "";
        if (pointer.isEmpty() || pointer.equals("/")) {
            return m.group(2).contains("\"" + error.getKeyword() + "\"");
        }
        for (String enclosing = fragment; !enclosing.isEmpty(); enclosing = enclosing.substring(0, Math.max(0, enclosing.lastIndexOf('/')))) {
            if (enclosing.equals(pointer) || enclosing.endsWith(pointer) && pointer.startsWith("/")) {
                return true;
            }
        }
        return false;
    }
}
