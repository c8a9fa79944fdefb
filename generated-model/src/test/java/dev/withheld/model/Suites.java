package dev.withheld.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Loads every {@code *.suite.json} of the withheld-schema artifact from the test classpath
 * ({@code dev/withheld/schema/suites/}), so that a case added to a suite is tested here too.
 */
final class Suites {

    static final String DIRECTORY = "dev/withheld/schema/suites/";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String META_SUITES = "meta/";
    private static List<JsonNode> files;
    private static List<String> names;

    private Suites() {
    }

    /** The file names of all suites on the classpath, sorted. */
    static synchronized List<String> fileNames() {
        if (names == null) {
            names = List.copyOf(listSuiteFiles());
        }
        return names;
    }

    /** The {@code schema} ($id) each suite file targets, in {@link #fileNames()} order. */
    static List<String> targetIds() {
        return suiteFiles().stream().map(suite -> suite.path("schema").asText()).toList();
    }

    /** Every case of every suite whose target is in {@link SuiteTarget}. */
    static Stream<SuiteCase> cases() {
        List<SuiteCase> cases = new ArrayList<>();
        List<JsonNode> suites = suiteFiles();
        for (int i = 0; i < suites.size(); i++) {
            JsonNode suite = suites.get(i);
            String file = fileNames().get(i);
            SuiteTarget.forId(suite.path("schema").asText()).ifPresent(target -> {
                for (JsonNode item : suite.path("cases")) {
                    Set<String> pointers = new LinkedHashSet<>();
                    item.path("pointers").forEach(pointer -> pointers.add(pointer.asText()));
                    JsonNode data = item.get("data");
                    cases.add(new SuiteCase(file, item.path("description").asText(), target,
                            item.path("valid").asBoolean(), data, write(data), Set.copyOf(pointers)));
                }
            });
        }
        return cases.stream();
    }

    static Stream<SuiteCase> validCases() {
        return cases().filter(SuiteCase::valid);
    }

    /** Invalid cases whose target adds no rule beyond what the model holds (see {@link SuiteTarget}). */
    static Stream<SuiteCase> invalidCasesForTheModel() {
        return cases().filter(c -> !c.valid() && c.target().invalidCasesApply);
    }

    private static synchronized List<JsonNode> suiteFiles() {
        if (files == null) {
            List<JsonNode> read = new ArrayList<>();
            for (String name : fileNames()) {
                read.add(SchemaResources.json(DIRECTORY + name));
            }
            files = List.copyOf(read);
        }
        return files;
    }

    private static Set<String> listSuiteFiles() {
        URL readme = Suites.class.getClassLoader().getResource(DIRECTORY + "README.md");
        if (readme == null) {
            throw new IllegalStateException(DIRECTORY + " is not on the test classpath: is withheld-schema a test dependency?");
        }
        Set<String> found = new TreeSet<>();
        try {
            URLConnection connection = readme.openConnection();
            if (connection instanceof JarURLConnection jarConnection) {
                jarConnection.setUseCaches(false);
                try (JarFile jar = jarConnection.getJarFile()) {
                    jar.stream().map(JarEntry::getName)
                            .filter(name -> name.startsWith(DIRECTORY) && name.endsWith(".suite.json"))
                            .map(name -> name.substring(DIRECTORY.length()))
                            .forEach(found::add);
                }
            } else {
                Path directory = Path.of(readme.toURI()).getParent();
                try (Stream<Path> listing = Files.walk(directory)) {
                    listing.map(path -> directory.relativize(path).toString().replace('\\', '/'))
                            .filter(name -> name.endsWith(".suite.json"))
                            .forEach(found::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("no *.suite.json under " + DIRECTORY);
        }
        // The suites of meta/ describe schemas written in the project's dialect, not events.
        found.removeIf(name -> name.startsWith(META_SUITES));
        return found;
    }

    private static String write(JsonNode data) {
        try {
            return MAPPER.writeValueAsString(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
