package dev.withheld.codegen.naming;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import org.jsonschema2pojo.JsonPointerUtils;
import org.jsonschema2pojo.util.Inflector;

/**
 * Names the generated classes after where their schema lies, so that a name depends on the schema's
 * own location (file, JSON Pointer, and the {@code title}s on the way) and never on which other
 * schemas exist or in which order they are generated.
 *
 * <p>The natural name of a schema:
 * <ul>
 *   <li>a file's top-level schema: the file name without its schema suffix
 *       ({@code room-member.schema.json} gives {@code RoomMember}), or its {@code title} with
 *       {@code useTitleAsClassname};</li>
 *   <li>a definition ({@code $defs}, {@code definitions}): its definition name;</li>
 *   <li>any other schema (inline): the name of the schema it is in, followed by a word for the step:
 *       its {@code title} if it has one, else the property name for {@code properties} and
 *       {@code patternProperties}, the singular of the array's word for {@code items}
 *       ({@code invites} gives {@code Invite}, a word without a singular gets {@code Item}),
 *       {@code Value} for {@code additionalProperties}, the keyword and position otherwise
 *       ({@code OneOf1}). With {@code useTitleAsClassname} a title names the schema alone, as for a
 *       definition.</li>
 * </ul>
 * An inline name is always qualified with its parent, so two files with a {@code content} object give
 * {@code RoomMemberContent} and {@code RoomMessageContent}, never a numbered {@code Content__2}. Words
 * come from {@link JavaNames#typeName}.
 *
 * <p>When the natural name hides a {@code java.lang} type, is one of the generator's own names, or is
 * already taken in the package (compared ignoring case, since class files of two such names clash on
 * some file systems) by another schema, the schema is qualified with its parent: a definition or
 * titled schema with the name of its file ({@code CommonString}), a file with its suffix
 * ({@code RoomMemberYaml}), an inline schema with its whole path ({@code RoomPropertiesContent}).
 * Last comes the whole path with the file's suffix. A schema that still finds no name is an error that
 * says which other schema holds it; numbers are never appended.
 */
public final class TypeNames {

    private static final Set<String> NAMED_CHILDREN = Set.of("properties", "patternProperties", "$defs", "definitions",
            "dependentSchemas", "dependencies");
    private static final Set<String> DEFINITIONS = Set.of("$defs", "definitions");
    private static final Set<String> POSITIONAL = Set.of("allOf", "anyOf", "oneOf", "prefixItems", "items");
    private static final Set<String> ITEMS = Set.of("items", "additionalItems", "unevaluatedItems", "contains");
    private static final Set<String> VALUES = Set.of("additionalProperties", "unevaluatedProperties");

    private final boolean titleAsName;
    private final String[] fileSuffixes;
    private final Set<String> ownNames;
    private UnaryOperator<URI> documentIdentity = UnaryOperator.identity();

    /** package, lower-case name: the location that holds it. */
    private final Map<String, String> holders = new HashMap<>();
    /** package, location: its name. */
    private final Map<String, String> assigned = new HashMap<>();
    private final Set<String> names = new HashSet<>();
    /** Locations whose class name is their javaType. */
    private final Set<String> givenBy = new HashSet<>();

    /**
     * @param titleAsName whether a {@code title} names a schema on its own ({@code useTitleAsClassname})
     * @param fileSuffixes the suffixes a schema file name leaves out, longest first
     * @param ownNames names of the generator's own classes, which no schema may take
     */
    public TypeNames(boolean titleAsName, String[] fileSuffixes, Set<String> ownNames) {
        this.titleAsName = titleAsName;
        this.fileSuffixes = fileSuffixes.clone();
        this.ownNames = Set.copyOf(ownNames);
    }

    /**
     * How to tell that two document URIs name one file (a {@code file:} URI and a schema's {@code $id}):
     * both map to the same URI.
     */
    public void identifyDocuments(UnaryOperator<URI> documentIdentity) {
        this.documentIdentity = documentIdentity;
    }

    /**
     * The class name for the schema at {@code location} (document URI and JSON Pointer fragment) in
     * {@code packageName}; the same location always gets the same name.
     *
     * @param document the whole document the location points into, for the titles on the way
     * @throws IllegalStateException when every candidate is held by another schema
     */
    public synchronized String nameFor(URI location, JsonNode document, String packageName) {
        URI documentUri = documentIdentity.apply(withoutFragment(location));
        List<String> pointer = pointer(location.getFragment());
        String key = key(documentUri, pointer);
        String known = assigned.get(packageName + " " + key);
        if (known != null) {
            return known;
        }
        List<String> candidates = candidates(fileName(documentUri), directoryName(documentUri), pointer, document,
                depth -> assigned.get(packageName + " " + key(documentUri, pointer.subList(0, depth))));
        for (String candidate : candidates) {
            if (candidate.isEmpty() || JavaNames.isJavaLangType(candidate) || ownNames.contains(candidate)) {
                continue;
            }
            String holder = holders.putIfAbsent(packageName + " " + candidate.toLowerCase(Locale.ROOT), key);
            if (holder == null || holder.equals(key)) {
                assigned.put(packageName + " " + key, candidate);
                names.add(candidate);
                return candidate;
            }
        }
        List<String> held = new ArrayList<>();
        for (String candidate : candidates) {
            String holder = holders.get(packageName + " " + candidate.toLowerCase(Locale.ROOT));
            held.add(candidate + (holder != null ? " by " + holder : " by Java or the generator"));
        }
        throw new IllegalStateException("no class name is left for the schema at " + key + ": "
                + String.join(", ", held) + "; give it a title with useTitleAsClassname, or a javaType");
    }

    /**
     * Records that the schema at {@code location} names its class itself ({@code javaType}), so that no
     * other schema is given that name.
     *
     * @throws IllegalStateException when another schema already holds the name
     */
    public synchronized void claimGiven(URI location, String packageName, String simpleName) {
        String key = key(documentIdentity.apply(withoutFragment(location)), pointer(location.getFragment()));
        String holder = holders.putIfAbsent(packageName + " " + simpleName.toLowerCase(Locale.ROOT), key);
        givenBy.add(key);
        // Several schemas may share one javaType on purpose (one class for equal schemas).
        if (holder != null && !holder.equals(key) && !givenBy.contains(holder)) {
            throw new IllegalStateException("the javaType " + (packageName.isEmpty() ? "" : packageName + ".") + simpleName
                    + " of the schema at " + key + " is the name of the class generated for " + holder);
        }
    }

    /** Whether {@code name} was given out by {@link #nameFor}: such a name is used as it is. */
    public synchronized boolean isAssigned(String name) {
        return names.contains(name);
    }

    /**
     * The candidates, best first: natural name, qualified with the parent, qualified with the whole path.
     *
     * @param ancestors the name already given to the schema at the first n tokens of the pointer, or null
     */
    List<String> candidates(String fileName, String directory, List<String> pointer, JsonNode document,
            IntFunction<String> ancestors) {
        String base = JavaNames.typeName(withoutSuffix(fileName));
        String file = JavaNames.typeName(fileName);
        Natural natural = natural(base, pointer, document, ancestors);
        StringBuilder path = new StringBuilder();
        pointer.forEach(token -> path.append(JavaNames.typePart(token)));
        List<String> candidates = new ArrayList<>();
        candidates.add(natural.name());
        if (pointer.isEmpty()) {
            candidates.add(file);
            candidates.add(JavaNames.typeName(directory + "-" + fileName));
        } else {
            candidates.add(natural.anchored() ? natural.owner() + natural.name() : base + path);
            candidates.add(file + path);
        }
        return candidates.stream().distinct().toList();
    }

    /**
     * @param name the natural name
     * @param anchored whether the name stands alone (a definition, or a title with titleAsName)
     * @param owner the name of the schema holding an anchored one
     */
    private record Natural(String name, boolean anchored, String owner) {
    }

    private Natural natural(String base, List<String> pointer, JsonNode document, IntFunction<String> ancestors) {
        JsonNode node = document;
        String name = titleAsName && hasTitle(node) ? JavaNames.typeName(node.get("title").asText()) : base;
        if (name.isEmpty()) {
            name = "Schema";
        }
        String last = name;
        boolean anchored = false;
        String owner = "";
        for (int i = 0; i < pointer.size(); i++) {
            // A parent that had to be qualified passes its qualified name on: CommonRecord gives CommonRecordOverride.
            String given = ancestors.apply(i);
            if (given != null) {
                name = given;
                last = given.endsWith(last) ? last : given;
            }
            String keyword = pointer.get(i);
            boolean named = NAMED_CHILDREN.contains(keyword) && i + 1 < pointer.size();
            String key = named || (POSITIONAL.contains(keyword) && i + 1 < pointer.size() && isIndex(pointer.get(i + 1)))
                    ? pointer.get(++i) : null;
            node = child(node, keyword, key);
            String step;
            boolean replacesLast = false;
            if (named && DEFINITIONS.contains(keyword)) {
                owner = name;
                name = titleAsName && hasTitle(node) ? JavaNames.typeName(node.get("title").asText()) : JavaNames.typeName(key);
                if (name.isEmpty()) {
                    name = owner + JavaNames.typeName(keyword) + hex(key);
                }
                last = name;
                anchored = true;
                continue;
            } else if (hasTitle(node) && !JavaNames.typePart(node.get("title").asText()).isEmpty()) {
                step = JavaNames.typePart(node.get("title").asText());
                if (titleAsName) {
                    owner = name;
                    name = JavaNames.typeName(step);
                    last = step;
                    anchored = true;
                    continue;
                }
            } else if (named) {
                step = JavaNames.typePart(key);
                if (step.isEmpty()) {
                    step = JavaNames.typePart(keyword) + hex(key);
                }
            } else if (key != null) {
                step = (keyword.equals("items") || keyword.equals("prefixItems") ? "Item" : JavaNames.typePart(keyword)) + key;
            } else if (ITEMS.contains(keyword)) {
                String singular = JavaNames.typePart(Inflector.getInstance().singularize(last));
                step = singular.isEmpty() || singular.equals(last) ? last + "Item" : singular;
                replacesLast = true;
            } else if (VALUES.contains(keyword)) {
                step = "Value";
            } else {
                step = JavaNames.typePart(keyword);
            }
            name = (replacesLast ? name.substring(0, name.length() - last.length()) : name) + step;
            last = step;
            anchored = false;
        }
        return new Natural(name, anchored, owner);
    }

    /** A schema's identity: its document and the tokens of its pointer. */
    private static String key(URI document, List<String> pointer) {
        return document + "#/" + String.join("/", pointer);
    }

    private static JsonNode child(JsonNode node, String keyword, String key) {
        if (node == null || key == null) {
            return node == null ? null : node.get(keyword);
        }
        JsonNode container = node.path(keyword);
        return container.isArray() ? container.get(Integer.parseInt(key)) : container.get(key);
    }

    private static boolean hasTitle(JsonNode node) {
        return node != null && node.path("title").isTextual();
    }

    private static boolean isIndex(String token) {
        return !token.isEmpty() && token.chars().allMatch(Character::isDigit);
    }

    /** A name part for a key without letters or digits ({@code "-"} gives {@code U2d}). */
    private static String hex(String key) {
        StringBuilder out = new StringBuilder();
        key.codePoints().forEach(c -> out.append('U').append(Integer.toHexString(c)));
        return out.toString();
    }

    private String withoutSuffix(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (String suffix : fileSuffixes) {
            if (lower.endsWith(suffix) && lower.length() > suffix.length()) {
                return fileName.substring(0, fileName.length() - suffix.length());
            }
        }
        return fileName;
    }

    private static URI withoutFragment(URI uri) {
        String text = uri.toString();
        int hash = text.indexOf('#');
        return URI.create(hash < 0 ? text : text.substring(0, hash));
    }

    private static String fileName(URI document) {
        String path = document.getPath() != null ? document.getPath() : document.getSchemeSpecificPart();
        String[] segments = path.split("/");
        return segments.length == 0 ? "" : segments[segments.length - 1];
    }

    private static String directoryName(URI document) {
        String path = document.getPath() != null ? document.getPath() : document.getSchemeSpecificPart();
        String[] segments = path.split("/");
        return segments.length < 2 ? "" : segments[segments.length - 2];
    }

    /**
     * The reference tokens of a JSON Pointer, unescaped: {@code ~0} and {@code ~1}, and the {@code ~2}
     * ({@code #}), {@code ~3} ({@code .}) and {@code ~4} ({@code ?}) that jsonschema2pojo adds for property
     * names; those three are not valid escapes in a standard pointer, so no written {@code $ref} has them.
     */
    static List<String> pointer(String fragment) {
        List<String> tokens = new ArrayList<>();
        if (fragment == null || fragment.isEmpty() || fragment.equals("/")) {
            return tokens;
        }
        String[] parts = fragment.split("/", -1);
        for (int i = fragment.startsWith("/") ? 1 : 0; i < parts.length; i++) {
            tokens.add(JsonPointerUtils.decodeReferenceToken(parts[i]));
        }
        return tokens;
    }
}
