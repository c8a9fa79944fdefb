package dev.withheld.codegen.naming;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Java names of the properties of one object schema: field, builder method, and (with
 * {@code get}) getter. The JSON name stays what it is on the wire; only the Java side changes.
 *
 * <p>Each property has candidates, tried in this order:
 * <ol>
 *   <li>its {@code javaName} if the schema gives one, else the camel-case form of its JSON name
 *       ({@code default_prompt} and {@code default-prompt} give {@code defaultPrompt}, {@code $ref}
 *       gives {@code ref});</li>
 *   <li>the JSON name as written, with every character that cannot be in an identifier made
 *       {@code _} ({@code default_prompt}, {@code a_b} for {@code a-b});</li>
 *   <li>the first candidate followed by {@code Property} ({@code outProperty}, {@code classProperty});</li>
 *   <li>an escaped form that no other JSON name can give: letters and digits of ASCII kept, every
 *       other character as {@code _} + its hexadecimal code + {@code _}, and a final {@code _}.</li>
 * </ol>
 * A candidate is skipped when it is a Java keyword or a {@link #GENERATED generated member}. All
 * properties try their first candidate before any tries its second, and so on; when several want
 * the same name, the property whose JSON name <em>is</em> that name wins, then the one first in
 * schema order. So a name depends only on the properties that compete for it, never on how many
 * other properties there are.
 */
public final class MemberNames {

    /**
     * Names that the generated classes use themselves where a field of the same name would break them
     * (see {@code ModelObjectRule} and {@code ViolationCompiler}): members of the class and its
     * {@code Builder}, and the parameters and locals of the generated methods that also read fields by
     * their simple name ({@code collectViolations(pointer, out)}, {@code equals(other)}, the loops over
     * array items, {@code toString}, {@code toBuilder}). Parameters and locals of methods that reach
     * fields only through {@code this.} or another qualifier ({@code name}, {@code value} of the
     * readers and the any-setter, {@code object}, {@code token}, {@code parser} of {@code readJson}) are
     * no clash, so {@code name} and {@code value} stay {@code name} and {@code value}. A new parameter or
     * local in such a method belongs here.
     */
    public static final Set<String> GENERATED = Set.of(
            // fields and methods of the class and its builder that a property member would collide with
            "additionalProperties", "additionalProperty", "explicitNulls", "DECLARED_PROPERTIES", "equals",
            // parameters and locals of generated methods that also read fields by their simple name
            "pointer", "out", "other", "that", "joiner", "builder", "item", "i");

    /**
     * Names a record component cannot have, besides {@link #GENERATED}: the component's accessor would clash with a
     * method every generated record has ({@code violations()}, {@code isValid()}, ...), or Java forbids the name for a
     * component ({@code hashCode}, {@code toString}, {@code getClass}, ...). A class keeps these names: its members are
     * read through {@code get...}.
     */
    public static final Set<String> RECORD_ACCESSORS = Set.of(
            "violations", "isValid", "toJsonValue", "toBuilder", "writtenAdditionally",
            "clone", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait");

    /**
     * Locals {@code condition0}, ... hold the outcome of each {@code if} of a schema; fields
     * {@code PATTERN_0}, ... hold compiled patterns, {@code LITERAL_0}, ... schema literals.
     */
    private static final Pattern GENERATED_PATTERN = Pattern.compile("condition\\d+|PATTERN_\\d+|LITERAL_\\d+");

    private static final int CANDIDATES = 4;

    private final Map<String, String> javaNames;

    private MemberNames(Map<String, String> javaNames) {
        this.javaNames = Collections.unmodifiableMap(javaNames);
    }

    /** The names for the members of {@code properties} (a schema's {@code properties} object) of a class. */
    public static MemberNames of(JsonNode properties) {
        return of(properties, false);
    }

    /**
     * The names for the members of {@code properties}, of a record when {@code record} is set: then
     * {@link #RECORD_ACCESSORS} are taken too.
     */
    public static MemberNames of(JsonNode properties, boolean record) {
        List<String> jsonNames = new ArrayList<>();
        properties.fieldNames().forEachRemaining(jsonNames::add);
        Map<String, String> chosen = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (int level = 0; level < CANDIDATES; level++) {
            List<String> pending = new ArrayList<>();
            for (String json : jsonNames) {
                if (!chosen.containsKey(json)) {
                    pending.add(json);
                }
            }
            int current = level;
            // The property whose JSON name is exactly the candidate claims it first.
            pending.sort((a, b) -> Boolean.compare(!a.equals(candidate(a, properties.get(a), current)),
                    !b.equals(candidate(b, properties.get(b), current))));
            for (String json : pending) {
                String name = candidate(json, properties.get(json), level);
                // Names that differ only in their first letter share a getter (camelCase, CamelCase): one each.
                if (name != null && !isReserved(name) && !(record && RECORD_ACCESSORS.contains(name)) && taken.add(capitalized(name))) {
                    chosen.put(json, name);
                }
            }
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String json : jsonNames) {
            String name = chosen.get(json);
            if (name == null) {
                throw new IllegalStateException("no Java name is left for the property \"" + json
                        + "\": other properties took all its candidates; give it a javaName");
            }
            ordered.put(json, name);
        }
        return new MemberNames(ordered);
    }

    /** The Java name of a property with its JSON name standing alone, as {@link #of} would choose it without competitors. */
    public static String alone(String jsonName, JsonNode schema) {
        for (int level = 0; level < CANDIDATES; level++) {
            String name = candidate(jsonName, schema, level);
            if (name != null && !isReserved(name)) {
                return name;
            }
        }
        throw new IllegalStateException("the escaped form is never reserved");
    }

    /** The Java name of the property {@code jsonName}, or {@code null} when these properties have no such member. */
    public String javaName(String jsonName) {
        return javaNames.get(jsonName);
    }

    /** JSON name to Java name, in schema order. */
    public Map<String, String> asMap() {
        return javaNames;
    }

    /** The getter for a member named {@code javaName}: {@code get} and the name with a capital. */
    public static String getter(String javaName) {
        return "get" + capitalized(javaName);
    }

    /** The setter for a member named {@code javaName}: {@code set} and the name with a capital. */
    public static String setter(String javaName) {
        return "set" + capitalized(javaName);
    }

    private static String capitalized(String javaName) {
        int first = javaName.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(javaName.substring(Character.charCount(first))).toString();
    }

    static boolean isReserved(String name) {
        return JavaNames.isKeyword(name) || GENERATED.contains(name) || GENERATED_PATTERN.matcher(name).matches();
    }

    private static String candidate(String json, JsonNode schema, int level) {
        String camel = javaName(schema);
        if (camel == null) {
            camel = JavaNames.memberName(json);
        }
        return switch (level) {
            case 0 -> camel.isEmpty() ? null : camel;
            case 1 -> asWritten(json);
            case 2 -> camel.isEmpty() ? null : camel + "Property";
            default -> escaped(json);
        };
    }

    /** A {@code javaName} given in the schema (jsonschema2pojo's extension), when it is a usable identifier. */
    private static String javaName(JsonNode schema) {
        if (schema != null && schema.path("javaName").isTextual()) {
            String given = schema.get("javaName").asText();
            if (javax.lang.model.SourceVersion.isIdentifier(given) && given.indexOf('$') < 0) {
                return given;
            }
        }
        return null;
    }

    private static String asWritten(String json) {
        StringBuilder out = new StringBuilder();
        json.codePoints().forEach(c -> out.appendCodePoint(Character.isLetterOrDigit(c) ? c : '_'));
        if (out.length() == 0 || !Character.isJavaIdentifierStart(out.codePointAt(0))) {
            out.insert(0, '_');
        }
        return out.toString();
    }

    private static String escaped(String json) {
        StringBuilder out = new StringBuilder();
        json.codePoints().forEach(c -> {
            if (c < 0x80 && Character.isLetterOrDigit(c)) {
                out.appendCodePoint(c);
            } else {
                out.append('_').append(Integer.toHexString(c).toLowerCase(Locale.ROOT)).append('_');
            }
        });
        if (out.length() == 0 || Character.isDigit(out.charAt(0))) {
            out.insert(0, '_');
        }
        return out.append('_').toString();
    }
}
