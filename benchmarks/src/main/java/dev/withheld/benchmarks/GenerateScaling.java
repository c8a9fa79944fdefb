package dev.withheld.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * How the {@code generate} goal scales, measured as whole Maven runs (medians of repeated runs):
 * throwaway projects under {@code benchmarks/target/generate-scaling/} with 20, 100 and 200
 * generated schema files, each run through our plugin and through the jsonschema2pojo Maven
 * plugin 1.3.3 on the same files, with {@code mvnw -o -q generate-sources}.
 *
 * <ul>
 *   <li><b>full</b>: {@code target/} deleted first, everything is generated;
 *   <li><b>no-op</b>: the same build again, nothing changed;
 *   <li><b>baseline</b>: a project without any plugin: what Maven itself costs (start-up, project
 *       model), subtracted to get the cost of the goal alone ("net").
 * </ul>
 *
 * Rounds interleave the tools, so that noise from other work on the machine hits both alike.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.withheld.benchmarks.GenerateScaling [RUNS=5] [SIZES=20,100,200]</pre>
 *
 * Run from the repository root (it calls {@code ./mvnw}); the plugin must be installed
 * ({@code ./mvnw -B -q install -DskipTests}).
 */
public final class GenerateScaling {

    private static final String PLUGIN_VERSION = "0.1.0-SNAPSHOT";
    private static final String JSONSCHEMA2POJO_VERSION = "1.3.3";

    private GenerateScaling() {
    }

    /** A tool under test: its name and its plugin block (empty for the baseline). */
    enum Tool {
        BASELINE("", null),
        WITHHELD(pluginBlock("dev.withheld", "withheld-codegen-maven-plugin", PLUGIN_VERSION), "withheld.codegen.skip"),
        JSONSCHEMA2POJO(pluginBlock("org.jsonschema2pojo", "jsonschema2pojo-maven-plugin", JSONSCHEMA2POJO_VERSION),
                "jsonschema2pojo.skip");

        final String plugin;
        /** The user property that makes the goal return at once: what is left is Maven's plugin set-up. */
        final String skipProperty;

        Tool(String plugin, String skipProperty) {
            this.plugin = plugin;
            this.skipProperty = skipProperty;
        }

        /** Both plugins take the same configuration: the schema directory and the target package. */
        private static String pluginBlock(String groupId, String artifactId, String version) {
            return """
                          <plugin>
                            <groupId>%s</groupId>
                            <artifactId>%s</artifactId>
                            <version>%s</version>
                            <executions>
                              <execution>
                                <goals><goal>generate</goal></goals>
                                <configuration>
                                  <sourceDirectory>${project.basedir}/src/main/schema</sourceDirectory>
                                  <targetPackage>com.example.entities</targetPackage>
                                </configuration>
                              </execution>
                            </executions>
                          </plugin>
                    """.formatted(groupId, artifactId, version);
        }

        String label() {
            return switch (this) {
                case BASELINE -> "baseline (no plugin)";
                case WITHHELD -> "withheld-codegen " + PLUGIN_VERSION;
                case JSONSCHEMA2POJO -> "jsonschema2pojo-maven-plugin " + JSONSCHEMA2POJO_VERSION;
            };
        }
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int[] sizes = args.length > 1
                ? Stream.of(args[1].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {20, 100, 200};
        Path mvnw = Path.of("mvnw").toAbsolutePath();
        if (!Files.isExecutable(mvnw)) {
            throw new IllegalStateException("run from the repository root: no executable ./mvnw");
        }
        Path root = Path.of("benchmarks", "target", "generate-scaling").toAbsolutePath();
        deleteTree(root);

        Path baseline = project(root, Tool.BASELINE, 0);
        Map<String, Path> projects = new LinkedHashMap<>();
        for (int size : sizes) {
            for (Tool tool : List.of(Tool.WITHHELD, Tool.JSONSCHEMA2POJO)) {
                projects.put(key(tool, size), project(root, tool, size));
            }
        }

        // Warm-up: online once (resolves the plugins), then offline, and check the output.
        System.err.println("warming up (resolving plugins) ...");
        mvn(mvnw, baseline, false);
        Map<String, Integer> generated = new LinkedHashMap<>();
        for (Map.Entry<String, Path> project : projects.entrySet()) {
            mvn(mvnw, project.getValue(), false);
            generated.put(project.getKey(), countJava(project.getValue().resolve("target")));
        }

        Map<String, List<Timing>> full = new LinkedHashMap<>();
        Map<String, List<Timing>> noop = new LinkedHashMap<>();
        Map<Tool, List<Timing>> setup = new LinkedHashMap<>();
        List<Timing> base = new ArrayList<>();
        for (int round = 1; round <= runs; round++) {
            System.err.printf(Locale.ROOT, "round %d of %d ...%n", round, runs);
            base.add(mvn(mvnw, baseline, true));
            for (Map.Entry<String, Path> project : projects.entrySet()) {
                deleteTree(project.getValue().resolve("target"));
                full.computeIfAbsent(project.getKey(), k -> new ArrayList<>()).add(mvn(mvnw, project.getValue(), true));
                noop.computeIfAbsent(project.getKey(), k -> new ArrayList<>()).add(mvn(mvnw, project.getValue(), true));
            }
            for (Tool tool : List.of(Tool.WITHHELD, Tool.JSONSCHEMA2POJO)) {
                setup.computeIfAbsent(tool, k -> new ArrayList<>()).add(
                        mvn(mvnw, projects.get(key(tool, sizes[0])), true, "-D" + tool.skipProperty + "=true"));
            }
        }

        double b = wall(base);
        System.out.printf(Locale.ROOT, "`mvnw -o generate-sources` in throwaway projects, median of %d runs each;"
                + " %d cores, Java %s, load average at the end %s.%n", runs, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), loadAverage());
        System.out.printf(Locale.ROOT, "Whole run = wall time of the Maven process; baseline (no plugin: Maven start-up"
                + " and project model) %.2f s. Goal = the generate goal alone, from its log header to BUILD SUCCESS."
                + " Plugin set-up = the goal's time with the plugin's skip property (Maven resolves, loads and configures"
                + " the plugin, which returns at once): withheld %.2f s, jsonschema2pojo %.2f s. Work = goal - set-up.%n%n",
                b, goal(setup.get(Tool.WITHHELD)), goal(setup.get(Tool.JSONSCHEMA2POJO)));
        System.out.println("| schemas | plugin | classes out | full: whole run | full: goal | full: work | no-op: whole run"
                + " | no-op: goal | no-op: work | no-op / full (goal) | no-op / full (work) |");
        System.out.println("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int size : sizes) {
            for (Tool tool : List.of(Tool.WITHHELD, Tool.JSONSCHEMA2POJO)) {
                String k = key(tool, size);
                double s = goal(setup.get(tool));
                double f = goal(full.get(k));
                double n = goal(noop.get(k));
                System.out.printf(Locale.ROOT, "| %d | %s | %d | %.2f s | %.2f s | %.2f s | %.2f s | %.2f s | %.2f s | %.0f%% | **%.0f%%** |%n",
                        size, tool.label(), generated.get(k), wall(full.get(k)), f, f - s, wall(noop.get(k)), n,
                        Math.max(0, n - s), 100 * n / f, 100 * Math.max(0, n - s) / (f - s));
            }
        }
        System.out.println();
        int small = sizes[0];
        int large = sizes[sizes.length - 1];
        for (Tool tool : List.of(Tool.WITHHELD, Tool.JSONSCHEMA2POJO)) {
            double s = goal(setup.get(tool));
            StringBuilder growth = new StringBuilder();
            for (int size : sizes) {
                growth.append(growth.length() == 0 ? "" : ", ").append(size).append(": ").append(String.format(
                        Locale.ROOT, "%.2f s", goal(full.get(key(tool, size))) - s));
            }
            double fs = goal(full.get(key(tool, small))) - s;
            double fl = goal(full.get(key(tool, large))) - s;
            System.out.printf(Locale.ROOT, "- %s, full generation work %s; %d -> %d schemas: **%.1fx** for %.0fx the"
                    + " schemas; %.1f ms per added schema%n", tool.label(), growth, small, large, fl / fs,
                    (double) large / small, 1000 * (fl - fs) / (large - small));
        }
        for (int size : sizes) {
            String ours = key(Tool.WITHHELD, size);
            String theirs = key(Tool.JSONSCHEMA2POJO, size);
            System.out.printf(Locale.ROOT, "- %d schemas, full generation, withheld / jsonschema2pojo: **%.2fx** (goal),"
                    + " %.2fx (work), %.2fx (whole run)%n", size, goal(full.get(ours)) / goal(full.get(theirs)),
                    (goal(full.get(ours)) - goal(setup.get(Tool.WITHHELD)))
                            / (goal(full.get(theirs)) - goal(setup.get(Tool.JSONSCHEMA2POJO))),
                    wall(full.get(ours)) / wall(full.get(theirs)));
        }
        for (int size : sizes) {
            String ours = key(Tool.WITHHELD, size);
            double s = goal(setup.get(Tool.WITHHELD));
            System.out.printf(Locale.ROOT, "- %d schemas, withheld no-op / full: %.0f%% (goal), **%.0f%%** (work),"
                    + " %.0f%% (whole run)%n", size, 100 * goal(noop.get(ours)) / goal(full.get(ours)),
                    100 * Math.max(0, goal(noop.get(ours)) - s) / (goal(full.get(ours)) - s),
                    100 * wall(noop.get(ours)) / wall(full.get(ours)));
        }
    }

    private static double wall(List<Timing> timings) {
        return median(timings.stream().map(Timing::wallNanos).toList());
    }

    private static double goal(List<Timing> timings) {
        return median(timings.stream().map(Timing::goalNanos).toList());
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String key(Tool tool, int size) {
        return tool.name() + "-" + size;
    }

    private static Path project(Path root, Tool tool, int size) throws IOException {
        Path dir = root.resolve(tool.name().toLowerCase(Locale.ROOT) + "-" + size);
        Files.createDirectories(dir);
        String pom = """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>bench.generate</groupId>
                  <artifactId>%s</artifactId>
                  <version>1</version>
                  <properties>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <build>
                    <plugins>
                %s    </plugins>
                  </build>
                </project>
                """.formatted(dir.getFileName(), tool.plugin);
        Files.writeString(dir.resolve("pom.xml"), pom, StandardCharsets.UTF_8);
        Path schemas = dir.resolve("src/main/schema");
        Files.createDirectories(schemas);
        SchemaCorpus.write(schemas, size);
        return dir;
    }

    /** The wall time of a whole Maven run and the time of the generate goal within it, from the log's timestamps. */
    record Timing(long wallNanos, long goalNanos) {
    }

    /**
     * Runs {@code mvnw -B [-o] generate-sources} in the project with time-stamped log lines; fails
     * on a failed build. The goal's own time runs from its {@code --- ...:generate} header line to
     * {@code BUILD SUCCESS} (it is the last and only goal), so it includes loading the plugin.
     */
    private static Timing mvn(Path mvnw, Path project, boolean offline, String... extra) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(mvnw.toString(), "-B",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS"));
        if (offline) {
            command.add("-o");
        }
        command.addAll(List.of(extra));
        command.add("generate-sources");
        Path log = project.resolve("mvn.log");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(project.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("mvn did not finish in 10 minutes in " + project);
        }
        long nanos = System.nanoTime() - start;
        if (process.exitValue() != 0) {
            throw new IllegalStateException("mvn failed in " + project + ":\n" + Files.readString(log));
        }
        return new Timing(nanos, goalNanos(log));
    }

    private static long goalNanos(Path log) throws IOException {
        Long start = null;
        Long end = null;
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (line.length() < 12 || !Character.isDigit(line.charAt(0))) {
                continue;
            }
            if (start == null && line.contains(" --- ") && line.contains(":generate ")) {
                start = millisOfDay(line);
            } else if (line.contains("BUILD SUCCESS")) {
                end = millisOfDay(line);
            }
        }
        if (end == null) {
            throw new IllegalStateException("no BUILD SUCCESS in " + log);
        }
        if (start == null) {
            return 0; // the baseline has no goal
        }
        long millis = end - start;
        return (millis < 0 ? millis + 86_400_000L : millis) * 1_000_000L;
    }

    private static long millisOfDay(String line) {
        // HH:mm:ss.SSS at the start of the line
        return Integer.parseInt(line.substring(0, 2)) * 3_600_000L + Integer.parseInt(line.substring(3, 5)) * 60_000L
                + Integer.parseInt(line.substring(6, 8)) * 1_000L + Integer.parseInt(line.substring(9, 12));
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int n = sorted.size();
        double m = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return m / 1e9;
    }

    private static int countJava(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return (int) files.filter(f -> f.toString().endsWith(".java")).count();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.delete(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /**
     * Realistic schema files for the scaling runs: objects of 5 to 10 properties (strings with
     * patterns and lengths, integers with bounds, booleans, arrays), an enum in most files, an
     * {@code if}/{@code then}/{@code else} rule in every third, a {@code $ref} to an earlier file
     * in every other and to a local {@code $defs} entry in every third. Deterministic: the same
     * size always gives the same files.
     */
    static final class SchemaCorpus {

        private static final String[] WORDS = {"alpha", "beta", "gamma", "delta", "omega", "sigma", "kappa", "lambda"};

        private SchemaCorpus() {
        }

        static void write(Path dir, int count) throws IOException {
            for (int i = 0; i < count; i++) {
                Files.writeString(dir.resolve(fileName(i)), schema(i), StandardCharsets.UTF_8);
            }
        }

        static String fileName(int i) {
            return String.format(Locale.ROOT, "entity-%03d.schema.json", i);
        }

        static String schema(int i) {
            Random random = new Random(1000L + i);
            List<String> properties = new ArrayList<>();
            List<String> required = new ArrayList<>();
            properties.add("""
                        "id": {"type": "string", "description": "Identifier of entity %d.", "pattern": "^[a-z0-9_-]+$", "maxLength": 64}"""
                    .formatted(i));
            required.add("id");
            boolean hasEnum = i % 4 != 3;
            if (hasEnum) {
                int values = 3 + random.nextInt(4);
                List<String> enumValues = new ArrayList<>();
                for (int v = 0; v < values; v++) {
                    enumValues.add("\"" + WORDS[v] + "\"");
                }
                properties.add("""
                            "kind": {"type": "string", "description": "The kind.", "enum": [%s]}"""
                        .formatted(String.join(", ", enumValues)));
                required.add("kind");
            }
            properties.add("""
                        "count": {"type": "integer", "minimum": 0, "maximum": %d}""".formatted(100 + random.nextInt(10_000)));
            properties.add("""
                        "enabled": {"type": "boolean", "description": "Whether it is on."}""");
            properties.add("""
                        "label": {"type": "string", "minLength": 1, "maxLength": %d}""".formatted(32 + random.nextInt(200)));
            int extra = random.nextInt(6) + (hasEnum ? 0 : 1); // 5 to 10 properties, plus the $refs below
            for (int e = 0; e < extra; e++) {
                properties.add(switch (e % 3) {
                    case 0 -> """
                                "tags%d": {"type": "array", "items": {"type": "string"}, "maxItems": 16}""".formatted(e);
                    case 1 -> """
                                "note%d": {"type": "string", "description": "A free note."}""".formatted(e);
                    default -> """
                                "score%d": {"type": "number", "minimum": 0}""".formatted(e);
                });
            }
            if (i > 0 && i % 2 == 0) {
                int target = random.nextInt(i);
                properties.add("""
                            "parent": {"$ref": "%s"}""".formatted(fileName(target)));
            }
            boolean hasDefs = i % 3 == 1;
            if (hasDefs) {
                properties.add("""
                            "address": {"$ref": "#/$defs/address"}""");
            }
            StringBuilder json = new StringBuilder();
            json.append("{\n");
            json.append("  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n");
            json.append("  \"title\": \"Entity ").append(i).append("\",\n");
            json.append("  \"description\": \"Generated entity ").append(i).append(" for the scaling benchmark.\",\n");
            json.append("  \"type\": \"object\",\n");
            json.append("  \"properties\": {\n");
            json.append(String.join(",\n", properties)).append("\n");
            json.append("  },\n");
            json.append("  \"required\": [\"").append(String.join("\", \"", required)).append("\"]");
            if (hasEnum && i % 3 == 0) {
                json.append(",\n  \"if\": {\"required\": [\"kind\"], \"properties\": {\"kind\": {\"const\": \"alpha\"}}},");
                json.append("\n  \"then\": {\"required\": [\"count\"]},");
                json.append("\n  \"else\": {\"required\": [\"label\"]}");
            }
            if (hasDefs) {
                json.append(",\n  \"$defs\": {\"address\": {\"type\": \"object\", \"properties\": {");
                json.append("\n    \"street\": {\"type\": \"string\"},");
                json.append("\n    \"city\": {\"type\": \"string\", \"minLength\": 1},");
                json.append("\n    \"country\": {\"type\": \"string\", \"pattern\": \"^[A-Z]{2}$\"}");
                json.append("\n  }, \"required\": [\"city\"]}}");
            }
            json.append("\n}\n");
            return json.toString();
        }
    }
}
