package dev.withheld.codegen.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.codemodel.JClassContainer;
import com.sun.codemodel.JCodeModel;
import com.sun.codemodel.JType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.jsonschema2pojo.Schema;
import org.jsonschema2pojo.rules.Rule;

/**
 * Chooses the Java type of a schema so that every value the schema accepts fits in it.
 *
 * <p>jsonschema2pojo maps {@code integer} to {@code Integer} unless told otherwise, which refuses every
 * millisecond timestamp. Here an integer is an {@code Integer} only where {@code minimum} and
 * {@code maximum} (or their exclusive forms) prove that every allowed value fits in 32 bits, a
 * {@code Long} otherwise, and a {@code BigInteger} everywhere when {@link IntegerMapping#BIG} is
 * chosen. A subschema with no {@code type} holds any JSON value ({@code Object}): its keywords may
 * allow every JSON type. Everything else is jsonschema2pojo's choice, except that {@code format} never changes a type:
 * in 2020-12 a format is an annotation, and a {@code UUID} or {@code Date} field would refuse strings
 * the schema accepts.
 */
final class ModelTypeRule implements Rule<JClassContainer, JType> {

    /** How {@code integer} is mapped when the schema does not bound it. */
    enum IntegerMapping {
        /** {@code Integer} where bounds prove it fits, otherwise {@code Long}: the default. */
        FITTING,
        /** Always {@code Long} (the {@code useLongIntegers} option), even where bounds prove 32 bits are enough. */
        LONG,
        /** Always {@code BigInteger}: every integer fits, at the price of a clumsier type. */
        BIG
    }

    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    private final Rule<JClassContainer, JType> standard;
    private final IntegerMapping integers;

    ModelTypeRule(Rule<JClassContainer, JType> standard, IntegerMapping integers) {
        this.standard = standard;
        this.integers = integers;
    }

    @Override
    public JType apply(String nodeName, JsonNode node, JsonNode parent, JClassContainer container, Schema schema) {
        boolean javaTypeGiven = node.has("javaType") || node.has("existingJavaType");
        if (!javaTypeGiven && "integer".equals(singleType(node))) {
            return integerType(container.owner(), node, integers);
        }
        if (!javaTypeGiven && parent != null && !node.has("type")) {
            // No type: every JSON type the keywords allow is valid ("properties" do not make an array
            // invalid), so the value is held as read and checked by violations(). State "type": "object"
            // to get a class. A file's own schema (no parent) is the class asked for, and stays one.
            return container.owner().ref(Object.class);
        }
        return standard.apply(nodeName, node, parent, container, schema);
    }

    /** The Java type for an integer schema: the narrowest of Integer and Long that holds every allowed value. */
    static JType integerType(JCodeModel owner, JsonNode schema, IntegerMapping integers) {
        if (integers == IntegerMapping.BIG) {
            return owner.ref(BigInteger.class);
        }
        return integers == IntegerMapping.FITTING && fitsInInt(schema) ? owner.ref(Integer.class) : owner.ref(Long.class);
    }

    /** Whether the schema's bounds keep every allowed integer within 32 bits. */
    static boolean fitsInInt(JsonNode schema) {
        BigDecimal low = bound(schema, "minimum", "exclusiveMinimum", true);
        BigDecimal high = bound(schema, "maximum", "exclusiveMaximum", false);
        return low != null && high != null && low.compareTo(INT_MIN) >= 0 && high.compareTo(INT_MAX) <= 0;
    }

    /**
     * The tightest lower (or upper) bound the schema states, or {@code null} when it states none. An
     * exclusive bound {@code x} of an integer is at worst {@code x} itself, which is safe to compare.
     */
    private static BigDecimal bound(JsonNode schema, String inclusive, String exclusive, boolean lower) {
        List<BigDecimal> bounds = new ArrayList<>();
        for (String keyword : List.of(inclusive, exclusive)) {
            JsonNode value = schema.get(keyword);
            if (value != null && value.isNumber()) {
                bounds.add(value.decimalValue());
            }
        }
        return bounds.stream().reduce((a, b) -> lower ? a.max(b) : a.min(b)).orElse(null);
    }

    /**
     * The one JSON type a schema declares, ignoring {@code "null"} in a type array (a nullable
     * property is still of its other type); {@code null} when there is not exactly one.
     */
    static String singleType(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type == null) {
            return null;
        }
        if (type.isTextual()) {
            return type.asText();
        }
        String single = null;
        for (JsonNode t : type) {
            if (!"null".equals(t.asText())) {
                if (single != null) {
                    return null;
                }
                single = t.asText();
            }
        }
        return single;
    }
}
