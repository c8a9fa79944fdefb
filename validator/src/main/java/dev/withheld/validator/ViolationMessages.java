package dev.withheld.validator;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Words the schema library's errors for people: names the member at fault, says what was
 * expected and what was found, and quotes the schema's own titles and descriptions. Rules are
 * never restated here; everything specific comes from the schema JSON.
 */
final class ViolationMessages {

    private static final int MAX_VALUE_LENGTH = 60;
    private static final int MAX_DESCRIBE_DEPTH = 8;

    private final SchemaDocuments documents;
    private final String rootName;

    ViolationMessages(SchemaDocuments documents, String rootName) {
        this.documents = documents;
        this.rootName = rootName;
    }

    /** The message for one error of the schema library, located at {@code pointer}. */
    String message(Error error, String pointer, JsonNode instance) {
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        String subject = subject(pointer);
        JsonNode value = error.getInstanceNode();
        JsonNode keywordValue = error.getSchemaNode();
        SchemaLocation location = error.getSchemaLocation();
        switch (keyword) {
            case "required":
                return required(error, subject, instance);
            case "dependentRequired":
                return subject + " is required because " + error.getProperty() + " is present";
            case "additionalProperties":
            case "unevaluatedProperties":
                return subject + " is not allowed here: the object allows only the members its schema names";
            case "type":
                return subject + " must be " + typeNames(keywordValue) + ", not " + typeOf(value);
            case "const":
                return subject + " must be " + show(keywordValue) + ", but is " + show(value) + because(location);
            case "enum":
                return subject + " must be one of " + list(keywordValue, "or") + ", but is " + show(value)
                        + because(location);
            case "pattern":
                return pattern(subject, value, keywordValue, location);
            case "minLength":
                if (keywordValue != null && keywordValue.asInt() == 1) {
                    return subject + " must not be empty";
                }
                return subject + " must be at least " + text(keywordValue) + " characters long, but has "
                        + length(value);
            case "maxLength":
                return subject + " must be at most " + text(keywordValue) + " characters long, but has "
                        + length(value);
            case "false":
                return subject + " is not allowed here";
            case "not":
                return subject + " must not be " + describe(keywordValue, location, 0) + because(location);
            case "oneOf":
                return subject + " must match exactly one of its alternatives, but " + argument(error, 0) + " match";
            case "format":
                return format(subject, value, keywordValue, location, error);
            default:
                return subject + " " + error.getMessage();
        }
    }

    /**
     * The single message for a failed {@code anyOf} or {@code oneOf} whose alternatives all
     * failed on the value itself: what the value is and which forms would have been accepted.
     */
    String alternatives(String keyword, String pointer, JsonNode value, JsonNode branches,
            SchemaLocation compositeLocation, int matching) {
        List<String> forms = new ArrayList<>();
        if (branches != null && branches.isArray()) {
            for (int i = 0; i < branches.size(); i++) {
                forms.add(describe(branches.get(i), compositeLocation == null ? null : compositeLocation.append(i), 0));
            }
        }
        String subject = subject(pointer) + " " + show(value);
        String choices = String.join("; ", forms);
        if ("oneOf".equals(keyword) && matching > 1) {
            return subject + " matches more than one of these, but must match exactly one: " + choices;
        }
        return subject + " is none of the accepted forms: " + choices;
    }

    private String required(Error error, String subject, JsonNode instance) {
        SchemaLocation location = error.getSchemaLocation();
        NodePath fragment = location == null ? null : location.getFragment();
        int count = fragment == null ? 0 : fragment.getNameCount();
        String branch = count >= 2 ? String.valueOf(fragment.getElement(count - 2)) : "";
        if (!branch.equals("then") && !branch.equals("else")) {
            return subject + " is required";
        }
        // The required list sits in the then/else of a conditional: say which condition made it required.
        JsonNode conditional = documents.at(location, 2);
        JsonNode condition = conditional == null ? null : conditional.get("if");
        JsonNode object = instance.at(Pointers.of(error.getInstanceLocation()));
        if (condition == null || !condition.isObject()) {
            return subject + " is required by the " + branch + " branch of a condition in the schema";
        }
        Set<String> tested = new LinkedHashSet<>();
        JsonNode properties = condition.get("properties");
        if (properties != null && properties.isObject()) {
            tested.addAll(properties.propertyNames());
        }
        JsonNode requiredByCondition = condition.get("required");
        if (requiredByCondition != null && requiredByCondition.isArray()) {
            requiredByCondition.values().forEach(name -> tested.add(name.asString()));
        }
        if (tested.isEmpty()) {
            return subject + " is required because the condition of the schema "
                    + (branch.equals("then") ? "holds" : "does not hold");
        }
        List<String> facts = new ArrayList<>();
        for (String name : tested) {
            JsonNode member = object == null || !object.isObject() ? null : object.get(name);
            facts.add(name + " is " + (member == null ? "absent" : plain(member)));
        }
        String message = subject + " is required because " + String.join(" and ", facts);
        if (branch.equals("else") && !requiredIn(conditional.get("then"), error.getProperty())) {
            List<String> allowed = new ArrayList<>();
            for (String name : tested) {
                JsonNode expected = properties == null ? null : properties.get(name);
                List<JsonNode> values = expected == null ? null : constValues(expected, null, 0);
                if (values != null && !values.isEmpty()) {
                    List<String> shown = new ArrayList<>();
                    values.forEach(v -> shown.add(plain(v)));
                    allowed.add(tested.size() == 1 ? String.join(" or ", shown)
                            : name + " " + String.join(" or ", shown));
                }
            }
            if (!allowed.isEmpty()) {
                message += "; only " + String.join(" with ", allowed) + " may omit it";
            }
        }
        return message;
    }

    private String pattern(String subject, JsonNode value, JsonNode regex, SchemaLocation location) {
        JsonNode holder = documents.at(location, 1);
        String title = text(holder, "title");
        String description = text(holder, "description");
        StringBuilder message = new StringBuilder(subject).append(' ').append(show(value));
        // The schema's own words explain the form; the regular expression is left to the schema location.
        if (title != null) {
            message.append(" is not a valid ").append(title);
            if (description != null) {
                message.append(": ").append(description);
            }
        } else if (description != null) {
            message.append(" does not have the expected form: ").append(description);
        } else {
            message.append(" does not match the pattern ").append(text(regex));
        }
        return message.toString();
    }

    /**
     * A format the schema's dialect defines: "room_id "abc" is not a valid Matrix room ID (format
     * mx-room-id): ...", in the definition's own words, as the generated checks say it. Other formats
     * keep the library's message.
     */
    private String format(String subject, JsonNode value, JsonNode name, SchemaLocation location, Error error) {
        JsonNode definition = null;
        JsonNode document = location == null ? null : documents.at(new SchemaLocation(location.getAbsoluteIri()));
        if (document != null && document.path("$schema").isString() && name != null && name.isString()) {
            definition = documents.at(SchemaLocation.of(document.get("$schema").stringValue()));
            definition = definition == null ? null : definition.path("$defs").get(name.stringValue());
        }
        if (definition == null || !definition.isObject()) {
            return subject + " " + show(value) + " " + error.getMessage() + because(location);
        }
        String description = text(definition, "description");
        return subject + " " + show(value) + " is not a valid " + (text(definition, "title") == null ? name.stringValue()
                : text(definition, "title")) + " (format " + name.stringValue() + ")" + (description == null ? "" : ": " + description);
    }

    /** " (description of the schema object holding the keyword)", or nothing. */
    private String because(SchemaLocation location) {
        String description = text(documents.at(location, 1), "description");
        return description == null ? "" : " (" + description + ")";
    }

    /** A short phrase for what a schema accepts, taken from its title, values or description. */
    private String describe(JsonNode schema, SchemaLocation location, int depth) {
        if (schema == null || depth > MAX_DESCRIBE_DEPTH) {
            return "a value";
        }
        if (schema.isBoolean()) {
            return schema.booleanValue() ? "any value" : "nothing";
        }
        String title = text(schema, "title");
        String description = text(schema, "description");
        JsonNode ref = schema.get("$ref");
        if (title == null && description == null && ref != null && ref.isString() && location != null) {
            SchemaLocation target = documents.resolve(location, ref.stringValue());
            return describe(documents.at(target), target, depth + 1);
        }
        List<JsonNode> values = constValues(schema, location, depth);
        if (values != null && !values.isEmpty()) {
            List<String> each = new ArrayList<>();
            values.forEach(v -> each.add(show(v)));
            String shown = each.size() == 1 ? each.get(0) : "one of " + String.join(", ", each);
            return title == null ? shown : title + " (" + shown + ")";
        }
        if (title != null) {
            return description == null ? title : title + " (" + description + ")";
        }
        if (description != null) {
            return description;
        }
        JsonNode type = schema.get("type");
        if (type != null) {
            return typeNames(type);
        }
        return "the schema " + truncate(schema.toString());
    }

    /**
     * The values a schema allows when it is a {@code const}, an {@code enum}, or an
     * {@code anyOf}/{@code oneOf} of those; null when it allows more than a list of values.
     */
    private List<JsonNode> constValues(JsonNode schema, SchemaLocation location, int depth) {
        if (schema == null || !schema.isObject() || depth > MAX_DESCRIBE_DEPTH) {
            return null;
        }
        if (schema.has("const")) {
            return List.of(schema.get("const"));
        }
        JsonNode enumeration = schema.get("enum");
        if (enumeration != null && enumeration.isArray()) {
            List<JsonNode> values = new ArrayList<>();
            enumeration.values().forEach(values::add);
            return values;
        }
        JsonNode ref = schema.get("$ref");
        if (ref != null && ref.isString() && location != null) {
            SchemaLocation target = documents.resolve(location, ref.stringValue());
            return constValues(documents.at(target), target, depth + 1);
        }
        for (String combinator : List.of("oneOf", "anyOf")) {
            JsonNode branches = schema.get(combinator);
            if (branches != null && branches.isArray()) {
                List<JsonNode> values = new ArrayList<>();
                for (int i = 0; i < branches.size(); i++) {
                    List<JsonNode> branchValues = constValues(branches.get(i),
                            location == null ? null : location.append(combinator).append(i), depth + 1);
                    if (branchValues == null) {
                        return null;
                    }
                    values.addAll(branchValues);
                }
                return values;
            }
        }
        return null;
    }

    private static boolean requiredIn(JsonNode schema, String property) {
        JsonNode required = schema == null ? null : schema.get("required");
        if (required == null || !required.isArray() || property == null) {
            return false;
        }
        for (JsonNode name : required.values()) {
            if (property.equals(name.asString())) {
                return true;
            }
        }
        return false;
    }

    /** How a message names the value at a pointer: its member name, {@code name[i]}, or the root name. */
    String subject(String pointer) {
        List<String> tokens = Pointers.tokens(pointer);
        if (tokens.isEmpty()) {
            return rootName;
        }
        StringBuilder name = new StringBuilder();
        int last = tokens.size() - 1;
        int start = last;
        while (start > 0 && isIndex(tokens.get(start))) {
            start--;
        }
        name.append(isIndex(tokens.get(start)) ? rootName : tokens.get(start));
        for (int i = start + 1; i <= last; i++) {
            name.append('[').append(tokens.get(i)).append(']');
        }
        return name.toString();
    }

    private static boolean isIndex(String token) {
        return !token.isEmpty() && token.chars().allMatch(Character::isDigit);
    }

    private static String typeNames(JsonNode type) {
        if (type == null) {
            return "a value";
        }
        if (type.isArray()) {
            List<String> names = new ArrayList<>();
            type.values().forEach(t -> names.add(article(t.asString())));
            return String.join(" or ", names);
        }
        return article(type.asString());
    }

    private static String article(String type) {
        switch (type) {
            case "null":
                return "null";
            case "integer":
            case "object":
            case "array":
                return "an " + type;
            default:
                return "a " + type;
        }
    }

    private static String typeOf(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "missing";
        }
        if (value.isNull()) {
            return "null";
        }
        if (value.isString()) {
            return "a string";
        }
        if (value.isBoolean()) {
            return "a boolean";
        }
        if (value.isIntegralNumber()) {
            return "an integer";
        }
        if (value.isNumber()) {
            return "a number";
        }
        if (value.isArray()) {
            return "an array";
        }
        return value.isObject() ? "an object" : "a value";
    }

    private static String argument(Error error, int index) {
        Object[] arguments = error.getArguments();
        return arguments != null && arguments.length > index ? String.valueOf(arguments[index]) : "?";
    }

    private static String length(JsonNode value) {
        return value != null && value.isString()
                ? String.valueOf(value.stringValue().codePointCount(0, value.stringValue().length()))
                : "?";
    }

    private static String list(JsonNode values, String conjunction) {
        if (values == null || !values.isArray()) {
            return show(values);
        }
        List<String> shown = new ArrayList<>();
        values.values().forEach(v -> shown.add(show(v)));
        if (shown.size() <= 1) {
            return String.join("", shown);
        }
        return String.join(", ", shown.subList(0, shown.size() - 1)) + " " + conjunction + " " + shown.get(shown.size() - 1);
    }

    /** A value as JSON text (strings in quotes), shortened if long. */
    static String show(JsonNode value) {
        return value == null ? "nothing" : truncate(value.toString());
    }

    /** A value as a person would say it: strings without quotes, everything else as JSON. */
    static String plain(JsonNode value) {
        return value.isString() ? truncate(value.stringValue()) : show(value);
    }

    private static String text(JsonNode value) {
        return value == null ? "?" : value.isString() ? value.stringValue() : value.toString();
    }

    private static String text(JsonNode schema, String field) {
        JsonNode value = schema == null || !schema.isObject() ? null : schema.get(field);
        return value != null && value.isString() && !value.stringValue().isBlank() ? value.stringValue().strip() : null;
    }

    private static String truncate(String text) {
        if (text.length() <= MAX_VALUE_LENGTH) {
            return text;
        }
        int end = MAX_VALUE_LENGTH;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "...";
    }
}
