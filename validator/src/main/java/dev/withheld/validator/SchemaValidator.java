package dev.withheld.validator;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * One compiled schema, ready to check instances: reads untrusted input within its
 * {@link InputLimits}, validates it and turns the schema library's errors into
 * {@link Violation}s for people. Obtain one from {@link SchemaSet#validator(String, InputLimits)}.
 *
 * <p>Immutable and safe to share between threads; compile once, use everywhere.
 */
public final class SchemaValidator {

    private final String schemaId;
    private final Schema schema;
    private final InstanceReader reader;
    private final ViolationTranslator translator;
    private final FastCheck fastCheck;

    SchemaValidator(String schemaId, Schema schema, SchemaDocuments documents, InstanceReader reader,
            String rootName) {
        this(schemaId, schema, reader, new ViolationTranslator(documents, schema.getSchemaLocation(), rootName), null);
    }

    private SchemaValidator(String schemaId, Schema schema, InstanceReader reader, ViolationTranslator translator,
            FastCheck fastCheck) {
        this.schemaId = schemaId;
        this.schema = schema;
        this.reader = reader;
        this.translator = translator;
        this.fastCheck = fastCheck;
    }

    /**
     * This validator with a fast path in front: instances the fast check is certain about are valid
     * without running the full validator; every other instance gets the full validation and report.
     */
    SchemaValidator withFastCheck(FastCheck check) {
        return new SchemaValidator(schemaId, schema, reader, translator, check);
    }

    /** This validator without its fast path (to hold the fast path to the full one in tests). */
    SchemaValidator withoutFastCheck() {
        return fastCheck == null ? this : new SchemaValidator(schemaId, schema, reader, translator, null);
    }

    InstanceReader reader() {
        return reader;
    }

    /** The {@code $id} of the schema this validator checks against. */
    public String schemaId() {
        return schemaId;
    }

    /** The limits applied to input before it is validated. */
    public InputLimits limits() {
        return reader.limits();
    }

    /** Validates a UTF-8 JSON document. */
    public ValidationResult validate(byte[] utf8) throws RejectedInputException {
        if (fastCheck != null && fastCheck.certainlyValid(utf8)) {
            return ValidationResult.valid();
        }
        return validateTree(reader.read(utf8));
    }

    /** Validates a JSON document given as text. */
    public ValidationResult validate(String json) throws RejectedInputException {
        if (fastCheck != null && fastCheck.certainlyValid(json)) {
            return ValidationResult.valid();
        }
        return validateTree(reader.read(json));
    }

    /**
     * Validates a UTF-8 JSON document read from a stream (which is not closed).
     *
     * @throws IOException if reading the stream fails
     */
    public ValidationResult validate(InputStream in) throws IOException, RejectedInputException {
        return validate(reader.readBounded(Objects.requireNonNull(in, "in")));
    }

    /** Validates a tree parsed elsewhere; its depth, strings and numbers are checked against the limits first. */
    public ValidationResult validate(JsonNode instance) throws RejectedInputException {
        return validateChecked(reader.check(instance));
    }

    /**
     * Validates a tree that already keeps the limits: one this validator's reader produced, or one
     * {@link InstanceReader#check} passed. Checking a parsed tree again would measure its numbers a
     * second time, by their decimal text rather than as the parser did, and could refuse what the
     * parser took.
     */
    ValidationResult validateChecked(JsonNode instance) {
        if (fastCheck != null && fastCheck.certainlyValid(instance)) {
            return ValidationResult.valid();
        }
        return validateTree(instance);
    }

    private ValidationResult validateTree(JsonNode instance) {
        Objects.requireNonNull(instance, "instance");
        List<Error> errors = schema.validate(instance);
        if (errors.isEmpty()) {
            return ValidationResult.valid();
        }
        return new ValidationResult(translator.translate(errors, instance));
    }
}
