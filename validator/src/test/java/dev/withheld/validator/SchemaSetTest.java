package dev.withheld.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validator works with any schema set, from a directory or a classpath prefix, and never reaches the network. */
class SchemaSetTest {

    private static final String PREFIX = "https://example.test/schemas/";
    private static final String PARCEL = PREFIX + "parcel.schema.json";

    static Path parcelDirectory() throws Exception {
        return Path.of(SchemaSetTest.class.getClassLoader().getResource("parcel-schemas").toURI());
    }

    @Test
    void aDirectoryOfSchemasWithRelativeRefs() throws Exception {
        SchemaValidator parcel = SchemaSet.directory(PREFIX, parcelDirectory()).validator(PARCEL);
        assertThat(parcel.validate("{\"delivery\":\"pickup\"}").isValid()).isTrue();
        assertThat(parcel.validate("{\"delivery\":\"courier\",\"address\":{\"street\":\"Main\"}}").isValid()).isTrue();
        assertThat(parcel.validate("{\"delivery\":\"courier\",\"address\":{}}").violations())
                .extracting(Violation::pointer, Violation::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/address/street", "street is required"));
    }

    @Test
    void theConditionOfAnyIfElseIsNamedFromTheSchema() throws Exception {
        SchemaValidator parcel = SchemaSet.directory(PREFIX, parcelDirectory()).validator(PARCEL);
        assertThat(parcel.validate("{\"delivery\":\"courier\"}").violations()).singleElement().satisfies(v -> {
            assertThat(v.pointer()).isEqualTo("/address");
            assertThat(v.message()).isEqualTo("address is required because delivery is courier; only pickup may omit it");
        });
    }

    @Test
    void aClasspathPrefixWorksLikeADirectory() throws Exception {
        SchemaValidator fromClasspath = SchemaSet.classpath(PREFIX, "parcel-schemas/",
                SchemaSetTest.class.getClassLoader()).validator(PARCEL);
        SchemaValidator fromDirectory = SchemaSet.directory(PREFIX, parcelDirectory()).validator(PARCEL);
        String parcel = "{\"delivery\":\"courier\",\"size\":\"XL\",\"tags\":[1],\"colour\":\"red\"}";
        ValidationResult result = fromClasspath.validate(parcel);
        assertThat(result).isEqualTo(fromDirectory.validate(parcel));
        assertThat(result.pointers()).containsExactly("/address", "/colour", "/size", "/tags/0");
        assertThat(result.violations()).extracting(Violation::message).containsExactly(
                "address is required because delivery is courier; only pickup may omit it",
                "colour is not allowed here: the object allows only the members its schema names",
                "size \"XL\" is none of the accepted forms: Standard size (one of \"S\", \"M\", \"L\");"
                        + " Custom size (Centimetres as WIDTHxHEIGHTxDEPTH, like 30x20x10.)",
                "tags[0] must be a string, not an integer");
    }

    @Test
    void aRefOutsideTheSetIsNotFollowed() throws Exception {
        SchemaSet set = SchemaSet.directory(PREFIX, parcelDirectory());
        assertThatThrownBy(() -> set.validator(PREFIX + "escaping.schema.json"))
                .isInstanceOf(SchemaLoadException.class)
                .hasMessageContaining("never fetched from the network");
        assertThatThrownBy(() -> set.validator(PREFIX + "missing-ref.schema.json"))
                .isInstanceOf(SchemaLoadException.class);
        assertThatThrownBy(() -> set.validator(PREFIX + "nothing-here.schema.json"))
                .isInstanceOf(SchemaLoadException.class)
                .hasMessageContaining("nothing-here.schema.json");
    }

    @Test
    void aRemoteRefIsNeverFetched(@TempDir Path directory) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger requests = new AtomicInteger();
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "{\"type\":\"string\"}".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String remote = "http://127.0.0.1:" + server.getAddress().getPort() + "/remote.schema.json";
            Files.writeString(directory.resolve("local.schema.json"), "{\"$schema\":"
                    + "\"https://json-schema.org/draft/2020-12/schema\",\"$id\":\"" + PREFIX + "local.schema.json\","
                    + "\"$ref\":\"" + remote + "\"}");
            SchemaSet set = SchemaSet.directory(PREFIX, directory);
            assertThatThrownBy(() -> set.validator(PREFIX + "local.schema.json"))
                    .isInstanceOf(SchemaLoadException.class);
            assertThat(requests).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void theWithheldSchemasAreTheDefaultSet() {
        SchemaValidator validator = SchemaSet.withheld()
                .validator(WithheldValidator.schemaId(Revision.MSC2399, Kind.EVENT, Profile.RECEIVING));
        assertThat(validator.schemaId()).isEqualTo("https://withheld.dev/schema/profiles/event-receiving.schema.json");
        assertThat(validator.limits()).isEqualTo(InputLimits.DEFAULT);
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> InputLimits.DEFAULT.withMaxDepth(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxDepth");
    }
}
