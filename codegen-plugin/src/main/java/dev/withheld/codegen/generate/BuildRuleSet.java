package dev.withheld.codegen.generate;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Another schema whose rules the builder of one generated class can follow, besides the class's own
 * schema: a profile that `$ref`s the class's schema and adds rules, such as what a sender may put on the
 * wire. The class gets an enum constant of this name; {@code builder()} follows the first rule set of its
 * class unless another is asked for, and {@code violations(rules)} checks an object against one.
 *
 * @param type the schema whose class follows the rules, relative to the source directory
 * @param name the enum constant that names the rule set, such as {@code SENDING}
 * @param schema the schema that holds the rules, relative to the source directory (it may leave it for
 *     the base directory)
 */
public record BuildRuleSet(String type, String name, String schema) {

    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");

    /** The name of the constant for "this class's own schema only", which no rule set may take. */
    public static final String OWN_SCHEMA = "OWN_SCHEMA";

    public BuildRuleSet {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schema, "schema");
        if (!CONSTANT.matcher(name).matches() || name.equals(OWN_SCHEMA)) {
            throw new IllegalArgumentException("the build rule set name \"" + name + "\" must be an upper-case Java constant"
                    + " such as SENDING (letters, digits and _, starting with a letter), other than " + OWN_SCHEMA);
        }
    }

    /** A path of this rule set ({@link #type} or {@link #schema}) as a file, resolved against the source directory. */
    public static Path file(Path sourceDirectory, String path) {
        return sourceDirectory.resolve(path).toAbsolutePath().normalize();
    }

    /**
     * Reads the command line's form, {@code TYPE:NAME=SCHEMA}, such as
     * {@code content.schema.json:SENDING=profiles/content-sending.schema.json}.
     *
     * @throws IllegalArgumentException saying what the form is, when the text does not follow it
     */
    public static BuildRuleSet parse(String text) {
        int colon = text.indexOf(':');
        int equals = text.indexOf('=', colon + 1);
        if (colon <= 0 || equals <= colon + 1 || equals == text.length() - 1) {
            throw new IllegalArgumentException("\"" + text + "\" is not a build rule set; write TYPE:NAME=SCHEMA, such as"
                    + " content.schema.json:SENDING=profiles/content-sending.schema.json");
        }
        return new BuildRuleSet(text.substring(0, colon), text.substring(colon + 1, equals), text.substring(equals + 1));
    }

    @Override
    public String toString() {
        return type + ":" + name + "=" + schema;
    }
}
