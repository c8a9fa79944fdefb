package dev.withheld.validator;

import dev.withheld.model.RoomKeyWithheldContent;
import dev.withheld.model.RoomKeyWithheldEvent;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Checks {@code m.room_key.withheld} events and contents against the schemas of the
 * {@code withheld-schema} artifact, in the sending or the receiving profile of one schema
 * {@link Revision} (the latest unless another is asked for). This is the entry point for Java
 * services: create one, share it between threads, and call the method for the use at hand.
 *
 * <pre>{@code
 * WithheldValidator validator = WithheldValidator.create();
 * ValidationResult result = validator.validateEvent(Profile.RECEIVING, bytes);
 * WithheldValidator proposal = WithheldValidator.create(Revision.forSpecVersion("msc2399"));
 * }</pre>
 *
 * <p>The revision's four schemas are compiled when the validator is created. Input that is not one JSON
 * value within the {@link InputLimits} fails with a {@link RejectedInputException}.
 */
public final class WithheldValidator {

    private final Map<Kind, Map<Profile, SchemaValidator>> validators = new EnumMap<>(Kind.class);
    private final Revision revision;
    private final InputLimits limits;
    private final InstanceReader reader;

    private WithheldValidator(SchemaSet schemas, Revision revision, InputLimits limits) {
        this.revision = revision;
        this.limits = limits;
        this.reader = new InstanceReader(limits);
        for (Kind kind : Kind.values()) {
            Map<Profile, SchemaValidator> byProfile = new EnumMap<>(Profile.class);
            for (Profile profile : Profile.values()) {
                String id = schemaId(revision, kind, profile);
                SchemaValidator full = schemas.validator(id, limits, "the " + kind.schemaName());
                FastCheck fast = ProfileFastCheck.forSchema(id, full.reader());
                byProfile.put(profile, fast == null ? full : full.withFastCheck(fast));
            }
            validators.put(kind, byProfile);
        }
    }

    /** A validator of the latest revision with {@link InputLimits#DEFAULT}. */
    public static WithheldValidator create() {
        return create(Revision.latest(), InputLimits.DEFAULT);
    }

    /**
     * A validator of the latest revision with the given limits.
     *
     * @throws SchemaLoadException if the {@code withheld-schema} artifact is not on the classpath
     */
    public static WithheldValidator create(InputLimits limits) {
        return create(Revision.latest(), limits);
    }

    /** A validator of the given revision with {@link InputLimits#DEFAULT}. */
    public static WithheldValidator create(Revision revision) {
        return create(revision, InputLimits.DEFAULT);
    }

    /**
     * A validator of the given revision with the given limits.
     *
     * @throws SchemaLoadException if the {@code withheld-schema} artifact is not on the classpath
     */
    public static WithheldValidator create(Revision revision, InputLimits limits) {
        return new WithheldValidator(SchemaSet.withheld(), Objects.requireNonNull(revision, "revision"),
                Objects.requireNonNull(limits, "limits"));
    }

    /** The {@code $id} of the latest revision's schema for a kind of instance in a profile. */
    public static String schemaId(Kind kind, Profile profile) {
        return schemaId(Revision.latest(), kind, profile);
    }

    /** The {@code $id} of a revision's schema for a kind of instance in a profile. */
    public static String schemaId(Revision revision, Kind kind, Profile profile) {
        return SchemaSet.WITHHELD_ID_PREFIX + revision.folder() + "profiles/" + kind.schemaName() + "-"
                + profile.schemaName() + ".schema.json";
    }

    /** The revision whose schemas this validator checks against. */
    public Revision revision() {
        return revision;
    }

    /** The limits applied to every input. */
    public InputLimits limits() {
        return limits;
    }

    /** The compiled schema for a kind of instance in a profile, for the other input forms. */
    public SchemaValidator validator(Kind kind, Profile profile) {
        return validators.get(Objects.requireNonNull(kind, "kind")).get(Objects.requireNonNull(profile, "profile"));
    }

    /** Validates a whole event given as UTF-8 JSON. */
    public ValidationResult validateEvent(Profile profile, byte[] utf8) throws RejectedInputException {
        return validator(Kind.EVENT, profile).validate(utf8);
    }

    /** Validates a whole event given as JSON text. */
    public ValidationResult validateEvent(Profile profile, String json) throws RejectedInputException {
        return validator(Kind.EVENT, profile).validate(json);
    }

    /** Validates a whole event read from a stream of UTF-8 JSON (not closed). */
    public ValidationResult validateEvent(Profile profile, InputStream in) throws IOException, RejectedInputException {
        return validator(Kind.EVENT, profile).validate(in);
    }

    /** Validates a whole event already parsed with Jackson 3. */
    public ValidationResult validateEvent(Profile profile, JsonNode event) throws RejectedInputException {
        return validator(Kind.EVENT, profile).validate(event);
    }

    /** Validates event content given as UTF-8 JSON. */
    public ValidationResult validateContent(Profile profile, byte[] utf8) throws RejectedInputException {
        return validator(Kind.CONTENT, profile).validate(utf8);
    }

    /** Validates event content given as JSON text. */
    public ValidationResult validateContent(Profile profile, String json) throws RejectedInputException {
        return validator(Kind.CONTENT, profile).validate(json);
    }

    /** Validates event content read from a stream of UTF-8 JSON (not closed). */
    public ValidationResult validateContent(Profile profile, InputStream in) throws IOException, RejectedInputException {
        return validator(Kind.CONTENT, profile).validate(in);
    }

    /** Validates event content already parsed with Jackson 3. */
    public ValidationResult validateContent(Profile profile, JsonNode content) throws RejectedInputException {
        return validator(Kind.CONTENT, profile).validate(content);
    }

    /**
     * Reads a whole event, checks it against the profile's schema, and returns it as the generated
     * model type. Decimal numbers in members the schema does not name are kept exactly, as
     * {@link java.math.BigDecimal} ({@code 1e400} stays {@code 1E+400}).
     *
     * @throws RejectedInputException if the bytes are not one JSON value within the limits
     * @throws InvalidInstanceException if the event breaks a rule of the schema (with every violation)
     */
    public RoomKeyWithheldEvent parseEvent(Profile profile, byte[] utf8) throws RejectedInputException, InvalidInstanceException {
        return bind(Kind.EVENT, profile, reader.read(utf8), RoomKeyWithheldEvent.class);
    }

    /** As {@link #parseEvent(Profile, byte[])}, from JSON text. */
    public RoomKeyWithheldEvent parseEvent(Profile profile, String json) throws RejectedInputException, InvalidInstanceException {
        return bind(Kind.EVENT, profile, reader.read(json), RoomKeyWithheldEvent.class);
    }

    /** As {@link #parseEvent(Profile, byte[])}, from a stream of UTF-8 JSON (not closed). */
    public RoomKeyWithheldEvent parseEvent(Profile profile, InputStream in)
            throws IOException, RejectedInputException, InvalidInstanceException {
        return bind(Kind.EVENT, profile, reader.read(in), RoomKeyWithheldEvent.class);
    }

    /**
     * As {@link #parseEvent(Profile, byte[])}, from a tree already parsed with Jackson 3 (depth-checked).
     * A tree holding NaN or infinity is rejected: that is what a mapper without
     * {@code USE_BIG_DECIMAL_FOR_FLOATS} makes of {@code 1e400}, and the model would write it back as a string.
     */
    public RoomKeyWithheldEvent parseEvent(Profile profile, JsonNode event) throws RejectedInputException, InvalidInstanceException {
        return bind(Kind.EVENT, profile, reader.requireFiniteNumbers(reader.check(event)), RoomKeyWithheldEvent.class);
    }

    /**
     * Reads event content, checks it against the profile's schema, and returns it as the generated
     * model type. Decimal numbers in members the schema does not name are kept exactly, as
     * {@link java.math.BigDecimal}.
     *
     * @throws RejectedInputException if the bytes are not one JSON value within the limits
     * @throws InvalidInstanceException if the content breaks a rule of the schema (with every violation)
     */
    public RoomKeyWithheldContent parseContent(Profile profile, byte[] utf8) throws RejectedInputException, InvalidInstanceException {
        return bind(Kind.CONTENT, profile, reader.read(utf8), RoomKeyWithheldContent.class);
    }

    /** As {@link #parseContent(Profile, byte[])}, from JSON text. */
    public RoomKeyWithheldContent parseContent(Profile profile, String json) throws RejectedInputException, InvalidInstanceException {
        return bind(Kind.CONTENT, profile, reader.read(json), RoomKeyWithheldContent.class);
    }

    /** As {@link #parseContent(Profile, byte[])}, from a stream of UTF-8 JSON (not closed). */
    public RoomKeyWithheldContent parseContent(Profile profile, InputStream in)
            throws IOException, RejectedInputException, InvalidInstanceException {
        return bind(Kind.CONTENT, profile, reader.read(in), RoomKeyWithheldContent.class);
    }

    /**
     * As {@link #parseContent(Profile, byte[])}, from a tree already parsed with Jackson 3 (depth-checked).
     * A tree holding NaN or infinity is rejected, as in {@link #parseEvent(Profile, JsonNode)}.
     */
    public RoomKeyWithheldContent parseContent(Profile profile, JsonNode content) throws RejectedInputException, InvalidInstanceException {
        return bind(Kind.CONTENT, profile, reader.requireFiniteNumbers(reader.check(content)), RoomKeyWithheldContent.class);
    }

    /** Validates a tree that keeps the limits (read by the reader, or checked) and binds it to the model. */
    private <T> T bind(Kind kind, Profile profile, JsonNode tree, Class<T> type) throws InvalidInstanceException {
        ValidationResult result = validator(kind, profile).validateChecked(tree);
        if (!result.isValid()) {
            throw new InvalidInstanceException("the " + kind.schemaName(), result);
        }
        try {
            // The reader's own mapper: the model is only ever given trees that passed the schema.
            return reader.mapper().treeToValue(tree, type);
        } catch (JacksonException e) {
            // A tree that passed the schema always fits the model generated from it; this would be our bug.
            throw new IllegalStateException("the model " + type.getSimpleName() + " cannot hold a valid " + kind.schemaName()
                    + ": " + e.getOriginalMessage(), e);
        }
    }
}
