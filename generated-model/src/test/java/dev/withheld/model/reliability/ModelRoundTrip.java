package dev.withheld.model.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.withheld.model.RoomKeyWithheldContent;
import dev.withheld.model.RoomKeyWithheldEvent;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;

/**
 * Reads and writes the model with Jackson 2 or Jackson 3 at their default settings, and tells a
 * documented refusal from anything else.
 *
 * <p>The documented refusals are {@link IOException} for Jackson 2 ({@code ObjectMapper.readValue}
 * declares it; {@code JsonProcessingException}, {@code StreamReadException} and
 * {@code DatabindException} are its subtypes) and {@code tools.jackson.core.JacksonException} for
 * Jackson 3. Any other throwable escapes, so that a test or a fuzz run reports it.
 */
enum ModelRoundTrip {

    JACKSON_2 {
        private final com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();

        @Override
        Object read(byte[] input, Class<?> type) throws Refused {
            try {
                return mapper.readValue(input, type);
            } catch (IOException e) {
                throw new Refused(e);
            }
        }

        @Override
        byte[] write(Object model) throws Refused {
            try {
                return mapper.writeValueAsBytes(model);
            } catch (IOException e) {
                throw new Refused(e);
            }
        }
    },

    JACKSON_3 {
        private final tools.jackson.databind.json.JsonMapper mapper = tools.jackson.databind.json.JsonMapper.builder().build();

        @Override
        Object read(byte[] input, Class<?> type) throws Refused {
            try {
                return mapper.readValue(input, type);
            } catch (tools.jackson.core.JacksonException e) {
                throw new Refused(e);
            }
        }

        @Override
        byte[] write(Object model) throws Refused {
            try {
                return mapper.writeValueAsBytes(model);
            } catch (tools.jackson.core.JacksonException e) {
                throw new Refused(e);
            }
        }
    };

    /** The library refused, with its documented exception type. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(Exception cause) {
            super(cause.getClass().getName() + ": " + cause.getMessage(), cause);
        }
    }

    /** Reads {@code input} as {@code type}; a JSON {@code null} gives {@code null}. */
    abstract Object read(byte[] input, Class<?> type) throws Refused;

    /** Writes a model object as UTF-8 JSON. */
    abstract byte[] write(Object model) throws Refused;

    /** Reads, or returns {@code null} when the library refused with its documented exception. */
    Object readChecked(byte[] input, Class<?> type) {
        try {
            Object model = read(input, type);
            assertThat(model).as("%s reads a %s or nothing", this, type.getSimpleName())
                    .satisfiesAnyOf(m -> assertThat(m).isNull(), m -> assertThat(m).isInstanceOf(type));
            return model;
        } catch (Refused refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return null;
        }
    }

    /**
     * Writes a model object that this library read and reads the output back: it must write without
     * trouble and read back into an equal object.
     */
    void checkRoundTrip(Object model) {
        byte[] written;
        Object back;
        try {
            written = write(model);
            back = read(written, model.getClass());
        } catch (Refused refused) {
            throw new AssertionError(this + " cannot write back what it read, " + model + ": " + refused.getMessage(), refused);
        }
        assertThat(back).as("%s round trip of %s", this, model).isEqualTo(model);
    }

    /** The members a model object does not name, at both levels of an event. */
    static Map<String, Object> additionalProperties(Object model) {
        if (model instanceof RoomKeyWithheldEvent event) {
            Map<String, Object> all = new java.util.LinkedHashMap<>(event.getAdditionalProperties());
            if (event.getContent() != null) {
                all.put("\u0000content", event.getContent().getAdditionalProperties());
            }
            return all;
        }
        return ((RoomKeyWithheldContent) model).getAdditionalProperties();
    }

    /** Whether a value holds a {@code Double} or {@code Float} that is NaN or infinite, at any depth. */
    static boolean holdsNonFiniteNumber(Object value) {
        if (value instanceof Double d) {
            return d.isInfinite() || d.isNaN();
        }
        if (value instanceof Float f) {
            return f.isInfinite() || f.isNaN();
        }
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().anyMatch(ModelRoundTrip::holdsNonFiniteNumber);
        }
        if (value instanceof Collection<?> items) {
            return items.stream().anyMatch(ModelRoundTrip::holdsNonFiniteNumber);
        }
        return false;
    }

    @Override
    public String toString() {
        return this == JACKSON_2 ? "Jackson 2" : "Jackson 3";
    }
}
