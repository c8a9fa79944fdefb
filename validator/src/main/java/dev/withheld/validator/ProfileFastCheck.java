package dev.withheld.validator;

import dev.withheld.validator.fastpath.profiles.ContentSending;
import dev.withheld.validator.fastpath.profiles.EventReceiving;
import dev.withheld.validator.fastpath.profiles.EventSending;
import dev.withheld.validator.fastpath.profiles.RoomKeyWithheldContent;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fast path for the withheld profiles of every revision: the instance is bound to a class
 * generated at build time from the profile's schema, and that class's compiled checks decide. The generation is
 * configured to fail if any rule of the schemas cannot be compiled, so "the compiled checks pass"
 * stands for "the schema passes"; a differential test holds the two to that.
 *
 * <p>The generated classes read themselves from the token stream ({@code readJson}, no data binding),
 * taking JSON types strictly (no coercion, no null for a named property), through a parser with the
 * same size, depth, string, number and duplicate-key rules as {@link InstanceReader}, and nothing may
 * follow the value. Anything the reading gives up on simply means "not certain": the full validator
 * then reports what is wrong.
 *
 * @param <T> the generated class of the profile
 */
final class ProfileFastCheck<T> implements FastCheck {

    /** A generated class, its streaming reader and its compiled checks. */
    private record Binding<T>(Function<JsonParser, T> reader, Predicate<T> valid) {
    }

    private static final Map<String, Binding<?>> BY_SCHEMA = Map.ofEntries(
            binding(Revision.MSC2399, Kind.CONTENT, Profile.RECEIVING, RoomKeyWithheldContent::readJson, RoomKeyWithheldContent::isValid),
            binding(Revision.MSC2399, Kind.CONTENT, Profile.SENDING, ContentSending::readJson, ContentSending::isValid),
            binding(Revision.MSC2399, Kind.EVENT, Profile.RECEIVING, EventReceiving::readJson, EventReceiving::isValid),
            binding(Revision.MSC2399, Kind.EVENT, Profile.SENDING, EventSending::readJson, EventSending::isValid),
            binding(Revision.V1_1, Kind.CONTENT, Profile.RECEIVING, dev.withheld.validator.fastpath.v1_1.RoomKeyWithheldContent::readJson,
                    dev.withheld.validator.fastpath.v1_1.RoomKeyWithheldContent::isValid),
            binding(Revision.V1_1, Kind.CONTENT, Profile.SENDING, dev.withheld.validator.fastpath.v1_1.ContentSending::readJson,
                    dev.withheld.validator.fastpath.v1_1.ContentSending::isValid),
            binding(Revision.V1_1, Kind.EVENT, Profile.RECEIVING, dev.withheld.validator.fastpath.v1_1.EventReceiving::readJson,
                    dev.withheld.validator.fastpath.v1_1.EventReceiving::isValid),
            binding(Revision.V1_1, Kind.EVENT, Profile.SENDING, dev.withheld.validator.fastpath.v1_1.EventSending::readJson,
                    dev.withheld.validator.fastpath.v1_1.EventSending::isValid),
            binding(Revision.V1_19, Kind.CONTENT, Profile.RECEIVING, dev.withheld.validator.fastpath.v1_19.RoomKeyWithheldContent::readJson,
                    dev.withheld.validator.fastpath.v1_19.RoomKeyWithheldContent::isValid),
            binding(Revision.V1_19, Kind.CONTENT, Profile.SENDING, dev.withheld.validator.fastpath.v1_19.ContentSending::readJson,
                    dev.withheld.validator.fastpath.v1_19.ContentSending::isValid),
            binding(Revision.V1_19, Kind.EVENT, Profile.RECEIVING, dev.withheld.validator.fastpath.v1_19.EventReceiving::readJson,
                    dev.withheld.validator.fastpath.v1_19.EventReceiving::isValid),
            binding(Revision.V1_19, Kind.EVENT, Profile.SENDING, dev.withheld.validator.fastpath.v1_19.EventSending::readJson,
                    dev.withheld.validator.fastpath.v1_19.EventSending::isValid));

    private static <T> Map.Entry<String, Binding<?>> binding(Revision revision, Kind kind, Profile profile,
            Function<JsonParser, T> reader, Predicate<T> valid) {
        return Map.entry(WithheldValidator.schemaId(revision, kind, profile), new Binding<>(reader, valid));
    }

    private static final VarHandle EIGHT_BYTES = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_BITS = 0x0101010101010101L;

    private final Binding<T> binding;
    private final InstanceReader reader;
    private final JsonMapper mapper;

    private ProfileFastCheck(Binding<T> binding, InstanceReader reader) {
        this.binding = binding;
        this.reader = reader;
        this.mapper = reader.mapper();
    }

    /** The fast check for one of the profile schemas, or {@code null} for any other schema. */
    static FastCheck forSchema(String schemaId, InstanceReader reader) {
        Binding<?> binding = BY_SCHEMA.get(schemaId);
        return binding == null ? null : new ProfileFastCheck<>(binding, reader);
    }

    @Override
    public boolean certainlyValid(byte[] utf8) {
        if (utf8.length > reader.limits().maxBytes()) {
            return false; // the reader reports the size
        }
        if (isPlainAscii(utf8)) {
            return passes(() -> mapper.createParser(utf8));
        }
        // Anything else is judged on the very text the reader decodes (strict UTF-8, nothing guessed
        // from the bytes); what the reader refuses is not certain, and the reader says why.
        String text = InstanceReader.decodeStrictly(utf8);
        return text != null && passes(() -> mapper.createParser(text));
    }

    @Override
    public boolean certainlyValid(String json) {
        return reader.fitsSizeLimit(json) && passes(() -> mapper.createParser(json));
    }

    @Override
    public boolean certainlyValid(JsonNode tree) {
        return passes(() -> mapper.treeAsTokens(tree));
    }

    /**
     * Reads one value with the generated streaming reader and runs its checks; the parser must then
     * be at the end of the input, as the reader's own parse demands. Anything the reading fails on or
     * gives up on (a JSON {@code null}, a wrong type, a non-object) is simply "not certain".
     */
    private boolean passes(Supplier<JsonParser> input) {
        try (JsonParser parser = input.get()) {
            parser.nextToken();
            T bound = binding.reader().apply(parser);
            return bound != null && parser.nextToken() == null && binding.valid().test(bound);
        } catch (JacksonException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * ASCII without NUL needs no UTF-8 decoding, so the bytes can go to the parser as they are;
     * anything else (including a byte-order mark) is decoded first, as the reader does.
     */
    private static boolean isPlainAscii(byte[] bytes) {
        // NUL is never part of UTF-8 JSON text, but every UTF-16 or UTF-32 encoding of ASCII has
        // it; Jackson would detect those encodings and read them, the reader rightly refuses them.
        // Eight bytes at a time: no byte with the high bit set, and no zero byte.
        int i = 0;
        for (; i + Long.BYTES <= bytes.length; i += Long.BYTES) {
            long word = (long) EIGHT_BYTES.get(bytes, i);
            if ((word & HIGH_BITS) != 0 || ((word - LOW_BITS) & ~word & HIGH_BITS) != 0) {
                return false;
            }
        }
        for (; i < bytes.length; i++) {
            if (bytes[i] <= 0) {
                return false;
            }
        }
        return true;
    }
}
