package dev.withheld.model;

/**
 * The two Jackson generations the model must work with, behind one small interface so that every
 * test runs the same way on both: Jackson 2 ({@code com.fasterxml.jackson.databind.ObjectMapper})
 * and Jackson 3 ({@code tools.jackson.databind.json.JsonMapper}), each with its default settings.
 */
enum JsonLibrary {

    JACKSON_2 {
        private final com.fasterxml.jackson.databind.ObjectMapper mapper =
                new com.fasterxml.jackson.databind.ObjectMapper();

        @Override
        <T> T read(String json, Class<T> type) throws Exception {
            return mapper.readValue(json, type);
        }

        @Override
        String write(Object value) throws Exception {
            return mapper.writeValueAsString(value);
        }

        @Override
        boolean sameTree(String left, String right) throws Exception {
            return mapper.readTree(left).equals(mapper.readTree(right));
        }
    },

    JACKSON_3 {
        private final tools.jackson.databind.json.JsonMapper mapper =
                tools.jackson.databind.json.JsonMapper.builder().build();

        @Override
        <T> T read(String json, Class<T> type) {
            return mapper.readValue(json, type);
        }

        @Override
        String write(Object value) {
            return mapper.writeValueAsString(value);
        }

        @Override
        boolean sameTree(String left, String right) {
            return mapper.readTree(left).equals(mapper.readTree(right));
        }
    };

    /** Reads {@code json} into {@code type}; throws whatever the library throws when it refuses. */
    abstract <T> T read(String json, Class<T> type) throws Exception;

    /** Writes {@code value} as JSON text. */
    abstract String write(Object value) throws Exception;

    /** Whether two JSON texts are the same JSON tree (member order does not matter). */
    abstract boolean sameTree(String left, String right) throws Exception;

    @Override
    public String toString() {
        return this == JACKSON_2 ? "Jackson 2" : "Jackson 3";
    }
}
