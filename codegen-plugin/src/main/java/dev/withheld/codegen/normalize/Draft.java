package dev.withheld.codegen.normalize;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The JSON Schema drafts the plugin reads. A document's draft comes from its {@code $schema}; a
 * document without one (or with a meta-schema the plugin does not know) is read as the configured
 * default draft. Every draft is rewritten into 2020-12 vocabulary by {@link DraftNormalizer} before
 * anything else looks at it.
 */
public enum Draft {
    DRAFT_04("draft-04", "http://json-schema.org/draft-04/schema"),
    DRAFT_06("draft-06", "http://json-schema.org/draft-06/schema"),
    DRAFT_07("draft-07", "http://json-schema.org/draft-07/schema"),
    DRAFT_2019_09("2019-09", "https://json-schema.org/draft/2019-09/schema"),
    DRAFT_2020_12("2020-12", "https://json-schema.org/draft/2020-12/schema");

    private final String label;
    private final String metaSchema;

    Draft(String label, String metaSchema) {
        this.label = label;
        this.metaSchema = metaSchema;
    }

    /** The name users write in the {@code defaultDraft} option: {@code draft-04} ... {@code 2020-12}. */
    public String label() {
        return label;
    }

    /** The meta-schema URI that {@code $schema} names for this draft. */
    public String metaSchema() {
        return metaSchema;
    }

    /** Whether this draft came before {@code other}. */
    public boolean before(Draft other) {
        return ordinal() < other.ordinal();
    }

    /**
     * The draft a {@code $schema} value names, whether written with {@code http} or {@code https} and
     * with or without the trailing {@code #}; empty for any other meta-schema.
     */
    public static Optional<Draft> ofMetaSchema(String uri) {
        String plain = uri.trim().replaceFirst("#$", "").replaceFirst("^https?://", "");
        return Arrays.stream(values())
                .filter(draft -> draft.metaSchema.replaceFirst("^https?://", "").equals(plain))
                .findFirst();
    }

    /**
     * Reads the {@code defaultDraft} option: a label such as {@code draft-07} or {@code 2020-12} (also
     * {@code draft7}, {@code 7}, {@code draft-2019-09}), or a meta-schema URI.
     *
     * @throws IllegalArgumentException naming the accepted values when the text names no draft
     */
    public static Draft parse(String text) {
        Optional<Draft> byUri = ofMetaSchema(text);
        if (byUri.isPresent()) {
            return byUri.get();
        }
        String key = text.trim().toLowerCase(Locale.ROOT).replaceFirst("^draft-?", "").replaceFirst("^0", "");
        for (Draft draft : values()) {
            String own = draft.label.replaceFirst("^draft-", "").replaceFirst("^0", "");
            if (own.equals(key)) {
                return draft;
            }
        }
        throw new IllegalArgumentException("\"" + text + "\" is not a JSON Schema draft the plugin reads; use one of "
                + Arrays.stream(values()).map(Draft::label).collect(Collectors.joining(", ")));
    }
}
