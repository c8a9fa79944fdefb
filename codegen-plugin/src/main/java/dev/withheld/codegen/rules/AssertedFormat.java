package dev.withheld.codegen.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.withheld.codegen.normalize.SchemaNormalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A {@code format} that the schema's dialect asserts, compiled from its definition (see
 * {@code DialectFormats} in the formats module for the convention): one test and one message, with
 * the keyword {@code format}, shared by the checks on typed members and on JSON values.
 *
 * <p>A definition is compiled when it constrains strings by {@code pattern}, {@code minLength} and
 * {@code maxLength}, which is how identifier formats are written; any other assertion in it leaves the
 * format unchecked by the generated code, and the build says so.
 */
record AssertedFormat(String name, JsonNode definition) {

    private static final Set<String> WORDS = Set.of("title", "description", "$comment", "examples", "type", "pattern",
            "minLength", "maxLength");

    /** The asserted format of a schema, if its dialect asserts the one it names. */
    static AssertedFormat of(JsonNode schema) {
        JsonNode definition = schema.get(SchemaNormalizer.ASSERTED_FORMAT);
        return definition == null || !definition.isObject() ? null : new AssertedFormat(schema.path("format").asText(), definition);
    }

    /** The keywords of the definition the generated code cannot check, or none. */
    private List<String> unchecked() {
        List<String> unchecked = new ArrayList<>();
        for (Iterator<String> keywords = definition.fieldNames(); keywords.hasNext();) {
            String keyword = keywords.next();
            if (!WORDS.contains(keyword) && !keyword.startsWith("x-")) {
                unchecked.add(keyword);
            }
        }
        if (definition.has("type") && !definition.path("type").asText().equals("string")) {
            unchecked.add("type");
        }
        return unchecked;
    }

    /**
     * Java source that is true when the string {@code text} has the format, or {@code null} when the
     * generated code cannot check the definition (a keyword other than a pattern and lengths, or a pattern
     * that cannot be compiled).
     *
     * @param length Java source for the length in code points of a string expression
     * @param patterns a test for a regular expression, or {@code null} when it cannot be checked
     */
    String test(String text, UnaryOperator<String> length, Function<String, UnaryOperator<String>> patterns) {
        if (!unchecked().isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (definition.path("minLength").isNumber()) {
            parts.add(length.apply(text) + " >= " + definition.get("minLength").asLong() + "L");
        }
        if (definition.path("maxLength").isNumber()) {
            parts.add(length.apply(text) + " <= " + definition.get("maxLength").asLong() + "L");
        }
        if (definition.path("pattern").isTextual()) {
            UnaryOperator<String> matches = patterns.apply(definition.get("pattern").asText());
            if (matches == null) {
                return null;
            }
            parts.add(matches.apply(text));
        }
        return parts.isEmpty() ? "true" : String.join(" && ", parts);
    }

    /** "is not a valid Matrix room ID (format mx-room-id): ! followed by ..." */
    String words() {
        String title = definition.path("title").asText(name);
        String description = definition.path("description").asText("");
        return "is not a valid " + title + " (format " + name + ")" + (description.isEmpty() ? "" : ": " + description);
    }
}
