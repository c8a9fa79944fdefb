package dev.withheld.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decides whether a typed model can represent an instance at all, from the generated classes
 * themselves (their {@code @JsonProperty} fields), not from a list kept by hand.
 * <p>
 * The rule: an instance is <em>unrepresentable</em> when it is not a JSON object, or when a member
 * that the model names holds {@code null} or a JSON type other than the one its Java type stands
 * for: a string for {@code String} and for open-enum types (a class with a {@code @JsonCreator}
 * factory taking a {@code String}), an object for a nested model class (checked member by member
 * in turn). Members the model does not name are additional properties and always representable.
 * A {@code String} cannot tell {@code 5} from {@code "5"}, and a missing member from one set to
 * {@code null}; so the model can neither report such a case with the suite's pointers nor write it
 * back unchanged. {@link InvalidSuiteCasesTest} proves, case by case, that Jackson refuses these
 * instances or loses what makes them invalid.
 * <p>
 * The validator's tests use the same rule (through this module's test-jar) to tell which fuzzed
 * instances the model and the schema must agree on.
 */
public final class Representability {

    private static final JsonMapper JACKSON_3 = JsonMapper.builder().build();

    private Representability() {
    }

    /** Why {@code data} cannot be a {@code modelClass}, or empty when it can. */
    public static Optional<String> whyUnrepresentable(JsonNode data, Class<?> modelClass) {
        return check(data, modelClass, "");
    }

    /** As {@link #whyUnrepresentable(JsonNode, Class)}, for a tree read with Jackson 2 (such as a suite case's data). */
    public static Optional<String> whyUnrepresentable(com.fasterxml.jackson.databind.JsonNode data, Class<?> modelClass) {
        return whyUnrepresentable(JACKSON_3.readTree(data.toString()), modelClass);
    }

    private static Optional<String> check(JsonNode data, Class<?> modelClass, String pointer) {
        if (!data.isObject()) {
            return Optional.of(describe(pointer) + " is " + type(data) + ", not an object");
        }
        for (Field field : modelClass.getDeclaredFields()) {
            JsonProperty property = field.getAnnotation(JsonProperty.class);
            if (property == null || Modifier.isStatic(field.getModifiers()) || !data.has(property.value())) {
                continue;
            }
            JsonNode value = data.get(property.value());
            String at = pointer + "/" + property.value().replace("~", "~0").replace("/", "~1");
            if (value.isNull()) {
                return Optional.of(describe(at) + " is null, which a Java field cannot tell from absent");
            }
            Class<?> type = field.getType();
            if (type == String.class || isOpenEnum(type)) {
                if (!value.isString()) {
                    return Optional.of(describe(at) + " is " + type(value) + ", not a string");
                }
            } else if (type.isAnnotationPresent(JsonPropertyOrder.class)) {
                Optional<String> nested = check(value, type, at);
                if (nested.isPresent()) {
                    return nested;
                }
            } else {
                throw new IllegalStateException("the generator made " + modelClass.getSimpleName() + "." + field.getName()
                        + " a " + type.getName() + "; teach Representability which JSON type that reads");
            }
        }
        return Optional.empty();
    }

    private static boolean isOpenEnum(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(JsonCreator.class))
                .map(Method::getParameterTypes)
                .anyMatch(parameters -> parameters.length == 1 && parameters[0] == String.class);
    }

    private static String type(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static String describe(String pointer) {
        return pointer.isEmpty() ? "the instance" : pointer;
    }
}
