package dev.withheld.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Finds our schemas on the classpath by {@code $id}, as the {@code withheld-schema} jar lays them out. */
final class Classpath {

    static final String ID_PREFIX = "https://withheld.dev/schema/";
    static final String RESOURCE_PREFIX = "dev/withheld/schema/";

    private Classpath() {
    }

    /** The text of the schema with this {@code $id} (a fragment is ignored), if it is one of ours. */
    static Optional<String> schema(String id) {
        int fragment = id.indexOf('#');
        String document = fragment < 0 ? id : id.substring(0, fragment);
        if (!document.startsWith(ID_PREFIX) || document.contains("..")) {
            return Optional.empty();
        }
        try (InputStream in = Classpath.class.getClassLoader()
                .getResourceAsStream(RESOURCE_PREFIX + document.substring(ID_PREFIX.length()))) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
