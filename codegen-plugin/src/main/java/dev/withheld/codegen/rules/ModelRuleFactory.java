package dev.withheld.codegen.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.codemodel.JClass;
import com.sun.codemodel.JClassContainer;
import com.sun.codemodel.JCodeModel;
import com.sun.codemodel.JDefinedClass;
import com.sun.codemodel.JFieldVar;
import com.sun.codemodel.JPackage;
import com.sun.codemodel.JType;
import dev.withheld.codegen.generate.LocalSchemaCatalog;
import dev.withheld.codegen.naming.ModelNameHelper;
import dev.withheld.codegen.naming.TypeNames;
import dev.withheld.codegen.normalize.SchemaNormalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsonschema2pojo.Annotator;
import org.jsonschema2pojo.GenerationConfig;
import org.jsonschema2pojo.Schema;
import org.jsonschema2pojo.SchemaStore;
import org.jsonschema2pojo.rules.Rule;
import org.jsonschema2pojo.rules.RuleFactory;

/**
 * jsonschema2pojo's rule factory with this project's rules for objects (immutable value classes
 * with builders and compiled schema rules) and for string enumerations (open value types).
 */
public final class ModelRuleFactory extends RuleFactory {

    private final Set<JClass> models = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<JClass> valueTypes = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<String> warnings = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final ModelNameHelper names;
    private final RecordDeclarations records = new RecordDeclarations();
    private SupportClasses support;
    private boolean streamingReaders;
    private boolean generateRecords;
    private Map<java.net.URI, List<RuleSet>> ruleSets = Map.of();

    /**
     * A rule set as the generator uses it: its constant, the file of its schema, and that file as the
     * configuration names it (for Javadoc).
     */
    public record RuleSet(String name, java.net.URI schema, String written) {
    }

    public ModelRuleFactory(GenerationConfig config, Annotator annotator, SchemaStore store) {
        super(config, annotator, store);
        this.names = new ModelNameHelper(config, new TypeNames(config.isUseTitleAsClassname(), config.getFileExtensions(),
                Set.of(SupportClasses.VIOLATION, SupportClasses.EXCEPTION, SupportClasses.JSON_VALUES, "Builder")));
    }

    /** Class names from where a schema lies, member names that never clash: see {@link ModelNameHelper}. */
    @Override
    public ModelNameHelper getNameHelper() {
        return names;
    }

    /**
     * Prepares the shared support classes in {@code rootPackage}; call before generating.
     */
    public void useSupportPackage(JCodeModel codeModel, String rootPackage) {
        this.support = new SupportClasses(codeModel, rootPackage);
    }

    /** Whether classes also get a static {@code readJson(JsonParser)} on Jackson 3's streaming API. */
    public void generateStreamingReaders(boolean streamingReaders) {
        this.streamingReaders = streamingReaders;
    }

    boolean streamingReaders() {
        return streamingReaders;
    }

    /**
     * Whether objects of one shape become records instead of classes (see {@link RecordForm}); then the code model's
     * output must be written through {@link #writer}.
     */
    public void generateRecords(boolean generateRecords) {
        this.generateRecords = generateRecords;
    }

    boolean generateRecords() {
        return generateRecords;
    }

    /** The build rule sets, by the file of the schema whose class follows them (see {@code BuildRuleSet}). */
    public void followRuleSets(Map<java.net.URI, List<RuleSet>> ruleSets) {
        this.ruleSets = Map.copyOf(ruleSets);
    }

    /** The rule sets that the class of this schema follows: those of its file, when it is a whole document. */
    List<RuleSet> ruleSetsOf(Schema schema) {
        java.net.URI id = schema.getId();
        if (id == null || id.getFragment() != null && !id.getFragment().isEmpty() && !id.getFragment().equals("/")) {
            return List.of();
        }
        return ruleSets.getOrDefault(LocalSchemaCatalog.withoutFragment(id), List.of());
    }

    /** The schema of a rule set, loaded as jsonschema2pojo loads the generated schemas. */
    Schema ruleSetSchema(RuleSet set) {
        return getSchemaStore().create(set.schema(), getGenerationConfig().getRefFragmentPathDelimiters());
    }

    RecordDeclarations recordDeclarations() {
        return records;
    }

    /**
     * The writer to build the code model's output with: {@code out}, with the classes generated as records declared
     * as records.
     */
    public com.sun.codemodel.CodeWriter writer(com.sun.codemodel.CodeWriter out) {
        return records.writingTo(out);
    }

    /** Rules of the schemas that the generated code does not check, one line each. */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * What the generator chose not to generate, and why (a variant view it could not prove, a record for an object of
     * more than one shape), one line each.
     */
    public List<String> notes() {
        return notes;
    }

    /**
     * {@code $comment} is a note for whoever maintains the schema, not documentation for the users of
     * the generated classes: it is left out of the Javadoc.
     */
    @Override
    public Rule<com.sun.codemodel.JDocCommentable, com.sun.codemodel.JDocComment> getCommentRule() {
        return (nodeName, node, parent, generatableType, schema) -> generatableType.javadoc();
    }

    /**
     * Titles and descriptions go into Javadoc, where the compiler reads a backslash followed by
     * {@code u} as a unicode escape even inside a comment: a schema describing a Windows path would
     * not compile. Backslashes become the HTML entity, which Javadoc shows as a backslash.
     */
    @Override
    public Rule<com.sun.codemodel.JDocCommentable, com.sun.codemodel.JDocComment> getTitleRule() {
        Rule<com.sun.codemodel.JDocCommentable, com.sun.codemodel.JDocComment> rule = super.getTitleRule();
        return (nodeName, node, parent, generatableType, schema) -> rule.apply(nodeName, withoutBackslashes(node), parent, generatableType, schema);
    }

    /** As {@link #getTitleRule()}. */
    @Override
    public Rule<com.sun.codemodel.JDocCommentable, com.sun.codemodel.JDocComment> getDescriptionRule() {
        Rule<com.sun.codemodel.JDocCommentable, com.sun.codemodel.JDocComment> rule = super.getDescriptionRule();
        return (nodeName, node, parent, generatableType, schema) -> rule.apply(nodeName, withoutBackslashes(node), parent, generatableType, schema);
    }

    private static JsonNode withoutBackslashes(JsonNode text) {
        return text.isTextual() && text.asText().indexOf('\\') >= 0
                ? com.fasterxml.jackson.databind.node.TextNode.valueOf(text.asText().replace("\\", "&#92;"))
                : text;
    }

    /** Integer types sized by the schema's bounds; formats never change a type (see {@link ModelTypeRule}). */
    @Override
    public Rule<JClassContainer, JType> getTypeRule() {
        GenerationConfig config = getGenerationConfig();
        ModelTypeRule.IntegerMapping integers = config.isUseBigIntegers() ? ModelTypeRule.IntegerMapping.BIG
                : config.isUseLongIntegers() ? ModelTypeRule.IntegerMapping.LONG : ModelTypeRule.IntegerMapping.FITTING;
        return new ModelTypeRule(super.getTypeRule(), integers);
    }

    /**
     * A {@code format} is an annotation (2020-12, and how validators treat it by default): it never turns
     * a string into a {@code UUID}, {@code Date} or {@code Pattern} that would refuse strings the schema
     * accepts.
     */
    @Override
    public Rule<JType, JType> getFormatRule() {
        return (nodeName, node, parent, baseType, schema) -> baseType;
    }

    /**
     * A {@code default} is documentation and a builder's starting value, never a field initialiser:
     * an object read from JSON holds what was read, and writes back nothing it did not read. Absent
     * arrays stay absent too, instead of becoming {@code []}.
     */
    @Override
    public Rule<JFieldVar, JFieldVar> getDefaultRule() {
        return (nodeName, node, parent, field, schema) -> field;
    }

    /**
     * Arrays are always {@code List}s: a {@code Set} for {@code uniqueItems} would reorder or drop
     * items (JSON Schema compares numbers by value, Java sets by class) and needs jackson-databind's
     * annotations to read; uniqueness is checked by {@code violations()} instead.
     */
    @Override
    public Rule<JPackage, JClass> getArrayRule() {
        Rule<JPackage, JClass> standard = super.getArrayRule();
        return (nodeName, node, parent, pkg, schema) -> {
            JsonNode read = node;
            if (node.isObject() && (node.has("uniqueItems") || node.has("prefixItems"))) {
                // With prefixItems (a tuple), "items" holds only for the items after them: the items are
                // then JSON values of any type, checked by violations().
                read = ((com.fasterxml.jackson.databind.node.ObjectNode) node.deepCopy()).without(
                        node.has("prefixItems") ? List.of("uniqueItems", "items") : List.of("uniqueItems"));
            }
            return standard.apply(nodeName, read, parent, pkg, schema);
        };
    }

    @Override
    public Rule<JPackage, JType> getObjectRule() {
        return new ModelObjectRule(this);
    }

    @Override
    public Rule<JClassContainer, JType> getEnumRule() {
        OpenEnumRule rule = new OpenEnumRule(this);
        return (nodeName, node, parent, container, schema) -> {
            if (!node.has(SchemaNormalizer.VALUES)) {
                // Values of other JSON types than strings (numbers, booleans, null, objects): held as JSON
                // values and checked by violations(), never turned into strings.
                return container.owner().ref(Object.class);
            }
            // An enumeration is a class of its own, named as an object would be (see TypeNames).
            JPackage pkg = container.getPackage();
            JType type = rule.apply(names.className(nodeName, node, pkg, schema), node, parent, pkg, schema);
            if (node.has(SchemaNormalizer.VALUES) && type instanceof JDefinedClass c) {
                valueTypes.add(c);
            }
            return type;
        };
    }

    SupportClasses support() {
        if (support == null) {
            throw new IllegalStateException("useSupportPackage must be called before generation");
        }
        return support;
    }

    boolean isModel(JClass type) {
        return models.contains(type);
    }

    void registerModel(JDefinedClass type) {
        models.add(type);
    }

    ViolationCompiler.TypeInfo typeInfo() {
        return new ViolationCompiler.TypeInfo() {
            @Override
            public boolean isModel(JType type) {
                return type instanceof JClass c && models.contains(c);
            }

            @Override
            public boolean isValueType(JType type) {
                return type instanceof JClass c && valueTypes.contains(c);
            }
        };
    }

    /**
     * A class for a document whose root schema is not an object, which jsonschema2pojo gives no class
     * (see {@link RootValueClass}); {@code type} is the Java type jsonschema2pojo chose for it.
     */
    public void generateRootValueClass(JType type, java.net.URI document, JCodeModel codeModel, String packageName, String nodeName) {
        if (type instanceof JDefinedClass || type.isPrimitive()) {
            return;
        }
        Schema schema = getSchemaStore().create(document, getGenerationConfig().getRefFragmentPathDelimiters());
        JPackage pkg = codeModel._package(packageName);
        new RootValueClass(this).generate(names.className(nodeName, schema.getContent(), pkg, schema), type,
                schema.getContent(), pkg, schema);
    }

    /**
     * The target of a {@code $ref} (or {@code $dynamicRef}) node together with its own schema, against
     * which the references inside it resolve (a reference in another file is relative to that file, not
     * to the class's).
     */
    ValueCheckCompiler.Located follow(JsonNode reference, Schema at) {
        String uri = (reference.path("$ref").isTextual() ? reference.get("$ref") : reference.get("$dynamicRef")).asText();
        if (uri.startsWith("#") && uri.length() > 1 && uri.charAt(1) != '/') {
            // "#name": a plain-name fragment ($anchor or $dynamicAnchor) of this document, as a pointer.
            Optional<String> pointer = LocalSchemaCatalog.anchor(at.getGrandParent().getContent(), "", uri.substring(1));
            if (pointer.isPresent()) {
                uri = "#" + pointer.get();
            }
        }
        Schema target = getSchemaStore().create(at, uri, getGenerationConfig().getRefFragmentPathDelimiters());
        return new ValueCheckCompiler.Located(target.getContent(), target);
    }

    /**
     * The schema a node stands for: the target of its {@code $ref} (followed through further
     * references), or the node itself. References resolve against {@code context}, the schema the
     * node was found in.
     */
    JsonNode resolve(JsonNode node, Schema context) {
        JsonNode current = node;
        Schema at = context;
        for (int hops = 0; current != null && current.has("$ref") && current.get("$ref").isTextual() && hops < 32; hops++) {
            at = getSchemaStore().create(at, current.get("$ref").asText(), getGenerationConfig().getRefFragmentPathDelimiters());
            current = at.getContent();
        }
        return current == null ? node : current;
    }
}
