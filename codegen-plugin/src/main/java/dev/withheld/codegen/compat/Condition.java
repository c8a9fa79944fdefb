package dev.withheld.codegen.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A condition under which a property can be required: the {@code if} of an if/then/else, the
 * presence of another property ({@code dependentRequired}), or one alternative of an
 * {@code anyOf}/{@code oneOf}.
 *
 * <p>Two conditions are the same when their {@link #key() keys} are equal: for an {@code if}, the key
 * is its canonical JSON, so that the same {@code if} in the previous and the current revision is
 * recognised as the same condition even when it moved.
 *
 * @param key identity of the condition
 * @param description the condition in words, for example {@code code is m.no_olm}
 */
public record Condition(String key, String description) {

    private static final Set<String> IF_ANNOTATIONS = Set.of("title", "description", "$comment");

    /** The condition an {@code if} subschema expresses, described in words where its shape allows. */
    public static Condition ofIf(JsonNode ifSchema, String pointer) {
        return new Condition("if:" + CanonicalJson.of(ifSchema), describeIf(ifSchema, pointer));
    }

    /** "{@code name} is present", from {@code dependentRequired}. */
    public static Condition present(String name) {
        return new Condition("present:" + name, name + " is present");
    }

    /** One alternative of an {@code anyOf} or {@code oneOf}. */
    public static Condition alternative(String document, String pointer, int index) {
        return new Condition("alternative:" + document + "#" + pointer + "/" + index,
                "alternative " + (index + 1) + " of " + pointer + " is taken");
    }

    private static String describeIf(JsonNode node, String pointer) {
        String fallback = "the condition at " + pointer + " holds";
        if (!node.isObject()) {
            return fallback;
        }
        List<String> required = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String keyword = field.getKey();
            if (IF_ANNOTATIONS.contains(keyword) || keyword.equals("properties")) {
                continue;
            }
            if (!keyword.equals("required") || !field.getValue().isArray()) {
                return fallback;
            }
            for (JsonNode name : field.getValue()) {
                required.add(name.asText());
            }
        }
        List<String> parts = new ArrayList<>();
        JsonNode properties = node.path("properties");
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            String name = property.getKey();
            String values = describeValues(property.getValue());
            if (values == null) {
                return fallback;
            }
            parts.add(name + " is " + values + (required.contains(name) ? "" : " or absent"));
        }
        for (String name : required) {
            if (!properties.has(name)) {
                parts.add(name + " is present");
            }
        }
        return parts.isEmpty() ? fallback : String.join(" and ", parts);
    }

    private static String describeValues(JsonNode schema) {
        if (!schema.isObject()) {
            return null;
        }
        JsonNode constant = schema.get("const");
        JsonNode enumeration = schema.get("enum");
        for (Map.Entry<String, JsonNode> field : schema.properties()) {
            String keyword = field.getKey();
            if (!IF_ANNOTATIONS.contains(keyword) && !keyword.equals("const") && !keyword.equals("enum")
                    && !keyword.equals("type")) {
                return null;
            }
        }
        if (constant != null) {
            return Values.display(constant);
        }
        if (enumeration != null && enumeration.isArray() && !enumeration.isEmpty()) {
            List<String> shown = new ArrayList<>();
            enumeration.forEach(v -> shown.add(Values.display(v)));
            return shown.size() == 1 ? shown.get(0) : "one of " + String.join(", ", shown);
        }
        return null;
    }
}
