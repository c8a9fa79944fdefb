package dev.withheld.codegen.check;

import dev.withheld.codegen.generate.SchemaProblem;
import dev.withheld.codegen.pointer.JsonPointers;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.commons.text.similarity.LevenshteinDistance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a suite file (format: {@code schema/suites/README.md}) and reports every way it breaks the
 * format, each at its own JSON Pointer and line.
 *
 * <p>The reader is strict, because a spec editor's typo must not turn into a case that silently
 * checks nothing: unknown keys, missing descriptions, an invalid case without pointers, a valid
 * case with pointers, duplicate keys or descriptions, and a target {@code schema} that names no
 * schema are all findings. Cases that are well-formed are still returned, so they can run.
 */
public final class SuiteReader {
    private static final Set<String> SUITE_KEYS = Set.of("description", "schema", "cases");
    private static final Set<String> CASE_KEYS = Set.of("description", "valid", "data", "pointers");
    /** RFC 6901: empty, or {@code /}-prefixed reference tokens with only {@code ~0} and {@code ~1} escapes. */
    private static final Pattern JSON_POINTER = Pattern.compile("(/([^~/]|~[01])*)*");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final com.fasterxml.jackson.databind.ObjectMapper JACKSON2 = new com.fasterxml.jackson.databind.ObjectMapper();

    private final SchemaWorkspace workspace;

    public SuiteReader(SchemaWorkspace workspace) {
        this.workspace = workspace;
    }

    /**
     * What reading one suite file gave.
     *
     * @param suite the suite with its well-formed cases, or empty when it cannot run at all
     * @param findings every format problem
     */
    public record Reading(Optional<Suite> suite, List<Finding> findings) {
    }

    public Reading read(Path file) {
        List<Finding> findings = new ArrayList<>();
        JsonNode root;
        try {
            root = JSON.readTree(JACKSON2.writeValueAsString(workspace.reader().read(file)));
        } catch (SchemaProblem problem) {
            return new Reading(Optional.empty(), List.of(new Finding(file, problem.line(), problem.column(), "", CheckRule.SUITE_MALFORMED,
                    problem.reason())));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot convert " + file + " to Jackson 3", e);
        }
        if (!root.isObject()) {
            return new Reading(Optional.empty(), List.of(problem(file, "", "a suite is a JSON object with \"description\", \"schema\" and \"cases\"")));
        }
        unknownKeys(file, root, "", SUITE_KEYS, "the suite", findings);
        String description = nonEmptyString(file, root, "", "description", "the suite", findings);
        SchemaFile target = target(file, root, findings);
        List<SuiteCase> cases = new ArrayList<>();
        JsonNode casesNode = root.get("cases");
        if (casesNode == null || !casesNode.isArray() || casesNode.isEmpty()) {
            findings.add(problem(file, casesNode == null ? "" : "/cases", "the suite needs \"cases\": a non-empty array of cases"));
        } else {
            Set<String> descriptions = new HashSet<>();
            for (int i = 0; i < casesNode.size(); i++) {
                SuiteCase suiteCase = readCase(file, casesNode.get(i), i, findings);
                if (suiteCase == null) {
                    continue;
                }
                if (!descriptions.add(suiteCase.description())) {
                    findings.add(problem(file, suiteCase.pointer() + "/description", "case \"" + suiteCase.description()
                            + "\" is described twice; descriptions name the tests, so they must be unique in the suite"));
                } else {
                    cases.add(suiteCase);
                }
            }
        }
        Optional<Suite> suite = target == null || description == null ? Optional.empty()
                : Optional.of(new Suite(file, description, target, root.get("schema").stringValue(), List.copyOf(cases)));
        return new Reading(suite, findings);
    }

    private SchemaFile target(Path file, JsonNode root, List<Finding> findings) {
        String schemaId = nonEmptyString(file, root, "", "schema", "the suite", findings);
        if (schemaId == null) {
            return null;
        }
        Optional<SchemaFile> target = Optional.empty();
        try {
            URI id = URI.create(schemaId);
            if (id.getRawFragment() == null && id.isAbsolute()) {
                target = workspace.byId(id).filter(found -> found.id().equals(id));
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (target.isEmpty()) {
            // A schema without $id is named by its path below the schema directory.
            target = workspace.files().stream().filter(f -> f.relativePath().equals(schemaId) && "file".equals(f.id().getScheme())).findFirst();
        }
        if (target.isEmpty()) {
            findings.add(problem(file, "/schema", "\"" + schemaId + "\" is not the $id of a schema in " + workspace.directory().getFileName()
                    + "/ (a suite names its schema by $id, without fragment)" + suggestId(schemaId)));
            return null;
        }
        if (!target.get().readable()) {
            findings.add(problem(file, "/schema", "the target schema " + target.get().relativePath() + " is not well-formed, so the cases cannot run"));
            return null;
        }
        return target.get();
    }

    private String suggestId(String written) {
        for (SchemaFile file : workspace.files()) {
            if (file.relativePath().equals(written) || file.path().getFileName().toString().equals(written)) {
                return "; did you mean \"" + file.id() + "\"?";
            }
        }
        LevenshteinDistance distance = new LevenshteinDistance(8);
        return workspace.ids().keySet().stream()
                .filter(id -> !"file".equals(id.getScheme()))
                .map(URI::toString)
                .map(id -> Map.entry(id, distance.apply(id, written.replaceFirst("#.*$", ""))))
                .filter(entry -> entry.getValue() >= 0)
                .min(Comparator.comparingInt(Map.Entry::getValue))
                .map(entry -> "; did you mean \"" + entry.getKey() + "\"?")
                .orElse("");
    }

    private SuiteCase readCase(Path file, JsonNode node, int index, List<Finding> findings) {
        String at = "/cases/" + index;
        String where = "case #" + (index + 1);
        if (!node.isObject()) {
            findings.add(problem(file, at, where + " must be a JSON object with \"description\", \"valid\" and \"data\""));
            return null;
        }
        String description = nonEmptyString(file, node, at, "description", where, findings);
        if (description != null) {
            where = where + " (\"" + description + "\")";
        }
        unknownKeys(file, node, at, CASE_KEYS, where, findings);
        JsonNode valid = node.get("valid");
        if (valid == null || !valid.isBoolean()) {
            findings.add(problem(file, valid == null ? at : at + "/valid", where + " needs \"valid\": true or false"));
        }
        JsonNode data = node.get("data");
        if (data == null) {
            findings.add(problem(file, at, where + " needs \"data\", the instance to validate (it may be null)"));
        }
        SortedSet<String> pointers = new TreeSet<>();
        JsonNode pointersNode = node.get("pointers");
        boolean pointersOk = true;
        if (valid != null && valid.isBoolean()) {
            if (valid.booleanValue() && pointersNode != null) {
                findings.add(problem(file, at + "/pointers", where + " is valid, so it must not have \"pointers\""));
                pointersOk = false;
            } else if (!valid.booleanValue()) {
                pointersOk = readPointers(file, pointersNode, at, where, pointers, findings);
            }
        }
        if (description == null || valid == null || !valid.isBoolean() || data == null || !pointersOk) {
            return null;
        }
        return new SuiteCase(index, description, valid.booleanValue(), data, pointers);
    }

    private boolean readPointers(Path file, JsonNode pointersNode, String at, String where, SortedSet<String> pointers, List<Finding> findings) {
        if (pointersNode == null || !pointersNode.isArray() || pointersNode.isEmpty()) {
            findings.add(problem(file, pointersNode == null ? at : at + "/pointers", where
                    + " is invalid, so it needs \"pointers\": a non-empty array of the JSON Pointers of the wrong instance locations"));
            return false;
        }
        boolean ok = true;
        for (int j = 0; j < pointersNode.size(); j++) {
            JsonNode pointer = pointersNode.get(j);
            if (!pointer.isString() || !JSON_POINTER.matcher(pointer.stringValue()).matches()) {
                findings.add(problem(file, at + "/pointers/" + j, where + " has pointer " + pointer
                        + ", which is not a JSON Pointer (\"\" or \"/member/...\")"));
                ok = false;
            } else if (!pointers.add(pointer.stringValue())) {
                findings.add(problem(file, at + "/pointers/" + j, where + " lists pointer \"" + pointer.stringValue() + "\" twice"));
                ok = false;
            }
        }
        return ok;
    }

    private void unknownKeys(Path file, JsonNode node, String at, Set<String> known, String where, List<Finding> findings) {
        for (String key : node.propertyNames()) {
            if (!known.contains(key)) {
                String suggestion = Suggestions.closest(key, known).map(best -> "; did you mean \"" + best + "\"?").orElse("");
                findings.add(problem(file, JsonPointers.child(at, key), where + " has unknown key \"" + key + "\" (allowed: "
                        + String.join(", ", new TreeSet<>(known)) + ")" + suggestion));
            }
        }
    }

    private String nonEmptyString(Path file, JsonNode node, String at, String key, String where, List<Finding> findings) {
        JsonNode value = node.get(key);
        if (value == null || !value.isString() || value.stringValue().isBlank()) {
            findings.add(problem(file, value == null ? at : JsonPointers.child(at, key), where + " needs \"" + key + "\": a non-empty string"));
            return null;
        }
        return value.stringValue();
    }

    private Finding problem(Path file, String pointer, String message) {
        return workspace.finding(file, pointer, CheckRule.SUITE_MALFORMED, message);
    }
}
