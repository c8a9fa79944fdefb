package dev.withheld.validator;

import dev.withheld.validator.fastpath.profiles.ContentSending;
import dev.withheld.validator.fastpath.profiles.EventReceiving;
import dev.withheld.validator.fastpath.profiles.EventSending;
import dev.withheld.validator.fastpath.profiles.RoomKeyWithheldContent;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Predicate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fast path for the four withheld profiles: the instance is bound to a class generated at build
 * time from the profile's schema, and that class's compiled checks decide. The generation is
 * configured to fail if any rule of the schemas cannot be compiled, so "the compiled checks pass"
 * stands for "the schema passes"; a differential test holds the two to that.
 *
 * <p>Binding reads JSON types strictly (no coercion, no null for a named property), with the same
 * size, depth, string, number, duplicate-key and trailing-content rules as {@link InstanceReader}.
 * Any failure to bind simply means "not certain": the full validator then reports what is wrong.
 *
 * @param <T> the generated class of the profile
 */
final class ProfileFastCheck<T> implements FastCheck {

    /** A generated class and its compiled checks. */
    private record Binding<T>(Class<T> type, Predicate<T> valid) {
    }

    private static final Map<String, Binding<?>> BY_SCHEMA = Map.of(
            WithheldValidator.schemaId(Kind.CONTENT, Profile.RECEIVING),
            new Binding<>(RoomKeyWithheldContent.class, RoomKeyWithheldContent::isValid),
            WithheldValidator.schemaId(Kind.CONTENT, Profile.SENDING),
            new Binding<>(ContentSending.class, ContentSending::isValid),
            WithheldValidator.schemaId(Kind.EVENT, Profile.RECEIVING),
            new Binding<>(EventReceiving.class, EventReceiving::isValid),
            WithheldValidator.schemaId(Kind.EVENT, Profile.SENDING),
            new Binding<>(EventSending.class, EventSending::isValid));

    private final Binding<T> binding;
    private final JsonMapper mapper;
    private final int maxBytes;

    private ProfileFastCheck(Binding<T> binding, InstanceReader reader) {
        this.binding = binding;
        this.mapper = reader.mapper();
        this.maxBytes = reader.limits().maxBytes();
    }

    /** The fast check for one of the four profile schemas, or {@code null} for any other schema. */
    static FastCheck forSchema(String schemaId, InstanceReader reader) {
        Binding<?> binding = BY_SCHEMA.get(schemaId);
        return binding == null ? null : new ProfileFastCheck<>(binding, reader);
    }

    @Override
    public boolean certainlyValid(byte[] utf8) {
        if (utf8.length > maxBytes) {
            return false; // the reader reports the size
        }
        if (isPlainAscii(utf8)) {
            try {
                return passes(mapper.readValue(utf8, binding.type()));
            } catch (JacksonException | IllegalArgumentException e) {
                return false;
            }
        }
        // Anything else is judged on the very text the reader decodes (strict UTF-8, nothing guessed
        // from the bytes); what the reader refuses is not certain, and the reader says why.
        String text = InstanceReader.decodeStrictly(utf8);
        return text != null && bind(text);
    }

    @Override
    public boolean certainlyValid(String json) {
        // The reader's size limit counts UTF-8 bytes: at most three per char (a surrogate pair takes
        // four for two), so only long text needs encoding to know.
        if (json.length() > maxBytes || json.length() > maxBytes / 3 && json.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            return false;
        }
        return bind(json);
    }

    private boolean bind(String json) {
        try {
            return passes(mapper.readValue(json, binding.type()));
        } catch (JacksonException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public boolean certainlyValid(JsonNode tree) {
        try {
            return passes(mapper.treeToValue(tree, binding.type()));
        } catch (JacksonException | IllegalArgumentException e) {
            return false;
        }
    }

    /** A JSON {@code null} binds to no object at all: not certain, the full validator says why. */
    private boolean passes(T bound) {
        return bound != null && binding.valid().test(bound);
    }

    /**
     * ASCII without NUL needs no UTF-8 decoding, so the bytes can go to the parser as they are;
     * anything else (including a byte-order mark) is decoded first, as the reader does.
     */
    private static boolean isPlainAscii(byte[] bytes) {
        for (byte b : bytes) {
            // NUL is never part of UTF-8 JSON text, but every UTF-16 or UTF-32 encoding of ASCII has
            // it; Jackson would detect those encodings and read them, the reader rightly refuses them.
            if (b <= 0) {
                return false;
            }
        }
        return true;
    }
}
