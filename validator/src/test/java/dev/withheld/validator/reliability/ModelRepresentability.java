package dev.withheld.validator.reliability;

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

/**
 * Whether the typed model can represent an instance at all: the rule of the model module's
 * {@code Representability} (generated-model tests), on Jackson 3 trees, read from the generated
 * classes themselves.
 *
 * <p>An instance is unrepresentable when it is not a JSON object, or when a member that the model
 * names holds {@code null} or a JSON type other than the one its Java type stands for: a string for
 * {@code String} and for open-enum types (a {@code @JsonCreator} factory taking a {@code String}),
 * an object for a nested model class (checked member by member in turn). Members the model does not
 * name are additional properties and always representable.
 */
final class ModelRepresentability {

    private ModelRepresentability() {
    }

    /** Why {@code data} cannot be a {@code modelClass}, or empty when it can. */
    static Optional<String> whyUnrepresentable(JsonNode data, Class<?> modelClass) {
        return check(data, modelClass, "");
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
                        + " a " + type.getName() + "; teach ModelRepresentability which JSON type that reads");
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
