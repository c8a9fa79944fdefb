package dev.withheld.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a suite file and checks that it follows the suite format (see {@code suites/README.md}).
 *
 * <p>A spec editor's typo must not turn into a case that silently checks nothing, so the reader
 * is strict: unknown keys, missing descriptions, an invalid case without pointers, a valid case
 * with pointers, duplicate keys or descriptions, and a target {@code schema} id that does not
 * resolve are all reported together.
 */
final class SuiteReader {
    private static final Set<String> SUITE_KEYS = Set.of("description", "schema", "cases");
    private static final Set<String> CASE_KEYS = Set.of("description", "valid", "data", "pointers");
    /** RFC 6901: empty, or a sequence of {@code /}-prefixed reference tokens with only {@code ~0} and {@code ~1} escapes. */
    private static final Pattern JSON_POINTER = Pattern.compile("(/([^~/]|~[01])*)*");

    private final Predicate<String> schemaIdResolves;

    /** @param schemaIdResolves whether a target {@code schema} id names an existing schema */
    SuiteReader(Predicate<String> schemaIdResolves) {
        this.schemaIdResolves = schemaIdResolves;
    }

    /** A reader whose suites may target any schema file in {@code schemas/}, by its {@code $id}. */
    static SuiteReader forSchemaDirectory() {
        Set<String> ids = SchemaSource.schemaFiles().stream().map(SchemaSource::idOf).collect(Collectors.toSet());
        return new SuiteReader(ids::contains);
    }

    /** Reads every suite file in {@code suites/}, or throws {@link MalformedSuiteException} for the first malformed one. */
    List<Suite> readAll() {
        return SchemaSource.suiteFiles().stream()
                .map(file -> read(file, SchemaSource.readFile(SchemaSource.SUITE_DIRECTORY.resolve(file))))
                .toList();
    }

    /** Reads the suite from its JSON text, or throws {@link MalformedSuiteException} naming every problem. */
    Suite read(String file, String text) {
        JsonNode root;
        try {
            root = Json.parse(text);
        } catch (JacksonException e) {
            throw new MalformedSuiteException(file, List.of("not valid JSON: " + e.getOriginalMessage()));
        }
        List<String> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new MalformedSuiteException(file, List.of("the suite must be a JSON object"));
        }
        unknownKeys(root, SUITE_KEYS, "the suite", problems);
        String description = nonEmptyString(root, "description", "the suite", problems);
        String schemaId = nonEmptyString(root, "schema", "the suite", problems);
        if (schemaId != null && !schemaIdResolves.test(schemaId)) {
            problems.add("the suite's \"schema\" " + schemaId + " does not name a schema in schemas/ (it must be an $id)");
        }
        List<SuiteCase> cases = new ArrayList<>();
        JsonNode casesNode = root.get("cases");
        if (casesNode == null || !casesNode.isArray() || casesNode.isEmpty()) {
            problems.add("the suite needs \"cases\": a non-empty array");
        } else {
            Set<String> descriptions = new HashSet<>();
            for (int i = 0; i < casesNode.size(); i++) {
                SuiteCase suiteCase = readCase(casesNode.get(i), i, problems);
                if (suiteCase != null && !descriptions.add(suiteCase.description())) {
                    problems.add("case \"" + suiteCase.description() + "\" is described twice; descriptions name tests, so they must be unique");
                }
                cases.add(suiteCase);
            }
        }
        if (!problems.isEmpty()) {
            throw new MalformedSuiteException(file, problems);
        }
        return new Suite(file, description, schemaId, List.copyOf(cases));
    }

    private static SuiteCase readCase(JsonNode node, int index, List<String> problems) {
        String where = "case #" + (index + 1);
        if (!node.isObject()) {
            problems.add(where + " must be a JSON object");
            return null;
        }
        String description = nonEmptyString(node, "description", where, problems);
        if (description != null) {
            where = where + " (\"" + description + "\")";
        }
        unknownKeys(node, CASE_KEYS, where, problems);
        JsonNode valid = node.get("valid");
        if (valid == null || !valid.isBoolean()) {
            problems.add(where + " needs \"valid\": true or false");
        }
        JsonNode data = node.get("data");
        if (data == null) {
            problems.add(where + " needs \"data\", the instance to validate (it may be null)");
        }
        SortedSet<String> pointers = new TreeSet<>();
        JsonNode pointersNode = node.get("pointers");
        if (valid != null && valid.isBoolean()) {
            if (valid.booleanValue() && pointersNode != null) {
                problems.add(where + " is valid, so it must not have \"pointers\"");
            } else if (!valid.booleanValue()) {
                readPointers(pointersNode, where, pointers, problems);
            }
        }
        if (description == null || valid == null || !valid.isBoolean() || data == null) {
            return null;
        }
        return new SuiteCase(description, valid.booleanValue(), data, pointers);
    }

    private static void readPointers(JsonNode pointersNode, String where, SortedSet<String> pointers, List<String> problems) {
        if (pointersNode == null || !pointersNode.isArray() || pointersNode.isEmpty()) {
            problems.add(where + " is invalid, so it needs \"pointers\": a non-empty array of the JSON Pointers of the wrong instance locations");
            return;
        }
        for (JsonNode pointer : pointersNode) {
            if (!pointer.isString() || !JSON_POINTER.matcher(pointer.stringValue()).matches()) {
                problems.add(where + " has pointer " + pointer + ", which is not a JSON Pointer (\"\" or \"/member/...\")");
            } else if (!pointers.add(pointer.stringValue())) {
                problems.add(where + " lists pointer \"" + pointer.stringValue() + "\" twice");
            }
        }
    }

    private static void unknownKeys(JsonNode node, Set<String> known, String where, List<String> problems) {
        for (String key : node.propertyNames()) {
            if (!known.contains(key)) {
                problems.add(where + " has unknown key \"" + key + "\" (allowed: " + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
    }

    private static String nonEmptyString(JsonNode node, String key, String where, List<String> problems) {
        JsonNode value = node.get(key);
        if (value == null || !value.isString() || value.stringValue().isBlank()) {
            problems.add(where + " needs \"" + key + "\": a non-empty string");
            return null;
        }
        return value.stringValue();
    }
}
