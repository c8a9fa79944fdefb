package dev.withheld.validator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The example cases that the withheld-schema artifact ships under dev/withheld/schema/suites/. */
final class SuiteCases {

    static final String SUITES = "dev/withheld/schema/suites";

    /** One case of a suite. */
    record Case(String suite, String schemaId, String description, boolean valid, JsonNode data, Set<String> pointers) {
        @Override
        public String toString() {
            return suite + ": " + description;
        }
    }

    private SuiteCases() {
    }

    static List<Case> all() {
        JsonMapper mapper = JsonMapper.builder().build();
        List<Case> cases = new ArrayList<>();
        for (Path file : suiteFiles()) {
            try {
                JsonNode suite = mapper.readTree(Files.readString(file));
                String schemaId = suite.get("schema").asString();
                for (JsonNode c : suite.get("cases").values()) {
                    Set<String> pointers = new TreeSet<>();
                    if (c.has("pointers")) {
                        c.get("pointers").values().forEach(p -> pointers.add(p.asString()));
                    }
                    cases.add(new Case(file.getFileName().toString(), schemaId, c.get("description").asString(),
                            c.get("valid").asBoolean(), c.get("data"), pointers));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cases;
    }

    private static List<Path> suiteFiles() {
        URL directory = SuiteCases.class.getClassLoader().getResource(SUITES);
        if (directory == null) {
            throw new IllegalStateException(SUITES + " is not on the test classpath (withheld-schema artifact)");
        }
        try {
            URI uri = directory.toURI();
            Path root;
            if ("jar".equals(uri.getScheme())) {
                FileSystem jar;
                try {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    jar = FileSystems.getFileSystem(uri);
                }
                root = jar.getPath(SUITES);
            } else {
                root = Path.of(uri);
            }
            try (Stream<Path> files = Files.list(root)) {
                return files.filter(f -> f.getFileName().toString().endsWith(".suite.json")).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
