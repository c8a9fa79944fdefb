package dev.withheld.formats;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.Specification;
import com.networknt.schema.dialect.DefaultDialectRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.DialectRegistry;
import com.networknt.schema.format.Format;
import com.networknt.schema.keyword.FormatKeyword;
import com.networknt.schema.keyword.FormatValidator;
import com.networknt.schema.keyword.KeywordValidator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Formats that a dialect defines for itself, for networknt json-schema-validator.
 *
 * <p>JSON Schema lets a dialect turn {@code format} into an assertion (the 2020-12 format-assertion
 * vocabulary), but not say what a format it invents means. The convention read here: the dialect's
 * meta-schema defines each of its formats as the {@code $defs} entry of the same name, and a string
 * has the format when it is valid against that entry. So a format such as {@code mx-room-id} lives in
 * one schema file, which every validator and the generated code read, instead of in code written once
 * per validator.
 *
 * <p>Formats networknt knows ({@code email}, {@code date-time}, ...) keep their own meaning; a format
 * that neither networknt nor the dialect defines stays unknown, which under format assertion is an
 * error, as 2020-12 requires. Whether a format is asserted at all is still decided by the dialect's
 * vocabularies (or networknt's own option), not here.
 */
public final class DialectFormats {

    private DialectFormats() {
    }

    /**
     * The given dialect with formats read from dialects' meta-schemas. Dialects that networknt loads from a
     * meta-schema built on this one inherit it.
     */
    public static Dialect withDefinedFormats(Dialect dialect) {
        return Dialect.builder(dialect).formatKeywordFactory(DefinedFormatKeyword::new).build();
    }

    /**
     * A dialect registry for {@code SchemaRegistry.Builder.dialectRegistry}: the given standard dialects
     * with defined formats, and any other dialect loaded from its meta-schema (through the registry's own
     * loaders: nothing is fetched unless the registry fetches) on top of them.
     */
    public static DialectRegistry registry(List<Dialect> standard) {
        return new DefaultDialectRegistry(standard.stream().map(DialectFormats::withDefinedFormats).toList());
    }

    /**
     * Where the dialect of {@code context} defines the format {@code name}: its meta-schema's
     * {@code $defs} entry, or {@code null} when the dialect is a standard one or has no such entry.
     */
    static SchemaLocation definition(SchemaContext context, String name) {
        String dialect = context.getDialect().getId();
        if (dialect == null || Specification.getDialect(dialect) != null) {
            return null;
        }
        Schema metaSchema = context.getSchemaRegistry().getSchema(SchemaLocation.of(dialect));
        if (!metaSchema.getSchemaNode().path("$defs").path(name).isObject()) {
            return null;
        }
        String base = dialect.contains("#") ? dialect.substring(0, dialect.indexOf('#')) : dialect;
        return SchemaLocation.of(base + "#/$defs/" + name.replace("~", "~0").replace("/", "~1"));
    }

    /** networknt's {@code format} keyword, falling back on the dialect's definitions for formats it does not know. */
    private static final class DefinedFormatKeyword extends FormatKeyword {
        private final Map<String, Format> known;

        DefinedFormatKeyword(Map<String, Format> known) {
            super(known);
            this.known = known;
        }

        @Override
        public KeywordValidator newValidator(SchemaLocation schemaLocation, JsonNode schemaNode, Schema parentSchema,
                SchemaContext schemaContext) {
            if (schemaNode != null && schemaNode.isString() && !known.containsKey(schemaNode.asString())) {
                SchemaLocation definition = definition(schemaContext, schemaNode.asString());
                if (definition != null) {
                    return new FormatValidator(schemaLocation, schemaNode, parentSchema, schemaContext,
                            new DefinedFormat(schemaNode.asString(), definition), this);
                }
            }
            return super.newValidator(schemaLocation, schemaNode, parentSchema, schemaContext);
        }
    }

    /** A format whose meaning is a schema: a string has it when that schema accepts the string. */
    private static final class DefinedFormat implements Format {
        private final String name;
        private final SchemaLocation definition;
        private volatile Schema schema;

        DefinedFormat(String name, SchemaLocation definition) {
            this.name = name;
            this.definition = definition;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean matches(ExecutionContext executionContext, SchemaContext schemaContext, String value) {
            Schema compiled = schema;
            if (compiled == null) {
                compiled = schemaContext.getSchemaRegistry().getSchema(definition);
                compiled.initializeValidators();
                schema = compiled;
            }
            return compiled.validate(JsonNodeFactory.instance.stringNode(value)).isEmpty();
        }
    }
}
