package dev.withheld.benchmarks;

import com.github.erosb.jsonsKema.FormatValidationPolicy;
import com.github.erosb.jsonsKema.JsonParser;
import com.github.erosb.jsonsKema.Schema;
import com.github.erosb.jsonsKema.SchemaClient;
import com.github.erosb.jsonsKema.SchemaLoader;
import com.github.erosb.jsonsKema.SchemaLoaderConfig;
import com.github.erosb.jsonsKema.ValidationFailure;
import com.github.erosb.jsonsKema.Validator;
import com.github.erosb.jsonsKema.ValidatorConfig;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * erosb json-sKema on the same schemas. Its schema client serves our {@code $id}s from the
 * {@code withheld-schema} jar and the 2020-12 meta-schemas from json-sKema's own jar, and refuses
 * anything else, so nothing is ever fetched from the network. Bytes to json-sKema's own JSON tree
 * to {@code Validator.validate}.
 */
public final class SkemaValidator {

    private static final String META_PREFIX = "https://json-schema.org/draft/2020-12/";

    private final Validator validator;

    /** Loads and compiles the schema with the given {@code $id}. */
    public SkemaValidator(String schemaId) {
        SchemaClient localOnly = SkemaValidator::open;
        String text = Classpath.schema(schemaId)
                .orElseThrow(() -> new IllegalStateException(schemaId + " is not on the classpath"));
        Schema schema = new SchemaLoader(new JsonParser(text, URI.create(schemaId)).parse(),
                new SchemaLoaderConfig(localOnly, URI.create(schemaId))).load();
        this.validator = Validator.create(schema, new ValidatorConfig(FormatValidationPolicy.DEPENDS_ON_VOCABULARY));
    }

    private static InputStream open(URI uri) {
        String id = uri.toString();
        int fragment = id.indexOf('#');
        String document = fragment < 0 ? id : id.substring(0, fragment);
        if (document.startsWith(META_PREFIX)) {
            String name = document.substring(META_PREFIX.length()).replace("meta/", "");
            InputStream in = SkemaValidator.class.getClassLoader()
                    .getResourceAsStream("json-meta-schemas/draft2020-12/" + name + ".json");
            if (in != null) {
                return in;
            }
        }
        return Classpath.schema(document)
                .map(s -> (InputStream) new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)))
                .orElseThrow(() -> new IllegalStateException("json-sKema asked for " + uri
                        + ", which is not a local schema; the benchmark never fetches from the network"));
    }

    /** json-sKema's failure for the event, or null when it is valid. */
    public ValidationFailure validate(byte[] utf8) {
        return validator.validate(new JsonParser(new String(utf8, StandardCharsets.UTF_8)).parse());
    }
}
