package dev.withheld.codegen.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The condition of an {@code if} in words, both ways: when it holds (for {@code then}) and when it
 * does not (for {@code else}). Written from the keywords themselves, never from descriptions.
 *
 * <p>Understood: {@code required} and {@code properties} whose members have {@code const} or
 * {@code enum}. {@code properties} only tests members that are present, so a tested member that
 * the {@code if} does not require reads "is absent or is ...". Any other condition reads
 * "the condition at {@code /if} holds".
 */
public final class ConditionWords {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> ANNOTATIONS = Set.of("title", "description", "$comment");

    private ConditionWords() {
    }

    /**
     * @param holds the words for "the condition holds", such as {@code `code` is `m.no_olm`}
     * @param fails the words for "it does not hold", such as {@code `code` is not `m.no_olm`}
     */
    public record Condition(String holds, String fails) {
    }

    /** The words for the {@code if} subschema at {@code pointer}. */
    public static Condition of(JsonNode condition, String pointer) {
        Condition fallback = new Condition("the condition at `" + pointer + "` holds", "the condition at `" + pointer + "` does not hold");
        if (!condition.isObject()) {
            return fallback;
        }
        Set<String> required = new LinkedHashSet<>();
        JsonNode requiredNode = condition.path("required");
        for (JsonNode name : requiredNode) {
            if (!name.isString()) {
                return fallback;
            }
            required.add(name.stringValue());
        }
        List<String> holds = new ArrayList<>();
        List<String> fails = new ArrayList<>();
        for (String keyword : condition.propertyNames()) {
            if (!keyword.equals("required") && !keyword.equals("properties") && !ANNOTATIONS.contains(keyword)
                    && !keyword.startsWith(Keywords.EXTENSION_PREFIX)) {
                return fallback;
            }
        }
        for (Map.Entry<String, JsonNode> property : condition.path("properties").properties()) {
            List<JsonNode> values = values(property.getValue());
            if (values == null) {
                return fallback;
            }
            String name = code(property.getKey());
            String is = values.size() == 1 ? "is " + value(values.get(0)) : "is one of " + list(values);
            String isNot = values.size() == 1 ? "is not " + value(values.get(0)) : "is none of " + list(values);
            if (required.remove(property.getKey())) {
                holds.add(name + " " + is);
                fails.add(name + " " + isNot);
            } else {
                holds.add(name + " is absent or " + is);
                fails.add(name + " is present and " + isNot);
            }
        }
        for (String name : required) {
            holds.add(code(name) + " is present");
            fails.add(code(name) + " is absent");
        }
        if (holds.isEmpty()) {
            return fallback;
        }
        return new Condition(String.join(" and ", holds), String.join(" or ", fails));
    }

    /** The values a {@code const} or {@code enum} allows, or {@code null} for any other subschema. */
    private static List<JsonNode> values(JsonNode schema) {
        if (!schema.isObject()) {
            return null;
        }
        for (String keyword : schema.propertyNames()) {
            if (!keyword.equals("const") && !keyword.equals("enum") && !keyword.equals("type") && !ANNOTATIONS.contains(keyword)) {
                return null;
            }
        }
        if (schema.has("const")) {
            return List.of(schema.get("const"));
        }
        if (schema.path("enum").isArray() && !schema.get("enum").isEmpty()) {
            return new ArrayList<>(schema.get("enum").values());
        }
        return null;
    }

    /** A name or value as inline code: {@code `code`}. */
    public static String code(String text) {
        String fence = text.contains("`") ? "``" : "`";
        String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
        return fence + pad + text + pad + fence;
    }

    /** A JSON value as inline code: strings without quotes, anything else as JSON. */
    public static String value(JsonNode value) {
        return code(value.isString() ? value.stringValue() : JSON.writeValueAsString(value));
    }

    private static String list(List<JsonNode> values) {
        return values.stream().map(ConditionWords::value).collect(Collectors.joining(", "));
    }
}
