package dev.withheld.codegen.generate;

import com.sun.codemodel.JCodeModel;
import dev.withheld.codegen.normalize.SchemaNormalizer;
import dev.withheld.codegen.output.GeneratedFiles;
import dev.withheld.codegen.output.OutputSync;
import dev.withheld.codegen.output.SyncReport;
import dev.withheld.codegen.rules.ModelRuleFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jsonschema2pojo.Jackson2Annotator;
import org.jsonschema2pojo.JsonPointerUtils;
import org.jsonschema2pojo.NoopRuleLogger;
import org.jsonschema2pojo.SchemaGenerator;
import org.jsonschema2pojo.SchemaMapper;
import org.jsonschema2pojo.SchemaStore;
import org.jsonschema2pojo.util.NameHelper;

/**
 * Generates Java model classes from JSON or YAML schemas with jsonschema2pojo, incrementally.
 *
 * <p>The work happens in three steps: every reference is resolved up front (so a mistake is reported
 * at its file and pointer), all classes are generated into memory, and only then is the output
 * directory brought up to date by {@link OutputSync}, which swaps in a new directory where only the
 * files whose content changed are new. When neither the schemas nor the options changed since the
 * last run, nothing is generated or written at all.
 */
public final class ModelGenerator {

    /**
     * Identifies this generator build: the digest of the plugin jar, so that a new plugin version (or
     * a rebuilt snapshot) regenerates even when no schema changed.
     */
    private static final String GENERATOR_IDENTITY = generatorIdentity();

    private final Consumer<String> log;
    private final Consumer<String> warn;

    /**
     * @param log receives one-line progress messages for the build log
     * @param warn receives one line for each schema rule that the generated code does not check
     */
    public ModelGenerator(Consumer<String> log, Consumer<String> warn) {
        this.log = log;
        this.warn = warn;
    }

    /**
     * Runs one generation.
     *
     * @return what happened to the output directory, or empty when everything was already up to date
     * @throws SchemaProblem when a schema is malformed or a reference does not resolve
     */
    public Optional<SyncReport> generate(GenerationRequest request) {
        List<SchemaSource> sources;
        try {
            sources = SchemaSourceSet.scan(request.sourceDirectory(), request.includes(), request.excludes());
        } catch (IOException e) {
            throw new SchemaProblem(request.sourceDirectory(), null, 0, 0, "cannot list schemas: " + e.getMessage());
        }
        OutputSync sync = new OutputSync(request.outputDirectory());
        LocalSchemaCatalog catalog = new LocalSchemaCatalog(request.sourceDirectory(), request.baseDirectory(),
                request.defaultDraft(), new SchemaDocumentReader());
        String fingerprint = fingerprint(request, sources, catalog);
        if (sync.isUpToDate(fingerprint)) {
            log.accept("Generated sources are up to date (" + sources.size() + " schemas unchanged); nothing written.");
            return Optional.empty();
        }
        if (sources.isEmpty()) {
            log.accept("No schema matches " + request.includes() + " in " + request.sourceDirectory() + ".");
        }

        List<SchemaProblem> problems = new ReferenceCheck(catalog)
                .check(sources.stream().map(SchemaSource::file).toList());
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }

        JCodeModel codeModel = new JCodeModel();
        ModelGenerationConfig config = new ModelGenerationConfig(request);
        ModelRuleFactory rules = new ModelRuleFactory(config, new Jackson2Annotator(config),
                new SchemaStore(new LocalContentResolver(catalog, new SchemaNormalizer(catalog)), new NoopRuleLogger()));
        rules.useSupportPackage(codeModel, request.targetPackage());
        rules.generateStreamingReaders(request.streamingReaders());
        rules.generateRecords(request.records());
        rules.followRuleSets(ruleSets(request, catalog));
        rules.getNameHelper().types().identifyDocuments(uri -> catalog.fileFor(uri).map(Path::toUri).orElse(uri));
        SchemaMapper mapper = new SchemaMapper(rules, new SchemaGenerator());
        NameHelper names = rules.getNameHelper();
        for (SchemaSource source : sources) {
            String packageName = packageFor(request.targetPackage(), source.relativeDirectory(), names);
            try {
                for (String target : generationTargets(catalog, source)) {
                    java.net.URL url = new java.net.URL(source.file().toUri().toURL(), target);
                    com.sun.codemodel.JType type = mapper.generate(codeModel, source.baseName(), packageName, url);
                    if (target.equals(source.file().getFileName().toString()) && isNotAnObject(catalog.document(source.file()))) {
                        rules.generateRootValueClass(type, url.toURI(), codeModel, packageName, source.baseName());
                    }
                }
            } catch (SchemaProblem problem) {
                throw problem.file() == null
                        ? new SchemaProblem(source.file(), problem.pointer(), problem.line(), problem.column(), problem.reason())
                        : problem;
            } catch (MalformedURLException | java.net.URISyntaxException e) {
                throw new SchemaProblem(source.file(), null, 0, 0, "cannot turn the path into a URL: " + e.getMessage());
            } catch (RuntimeException e) {
                throw new SchemaProblem(source.file(), "", 0, 0, "cannot generate a class from this schema: " + describe(e));
            }
        }

        List<String> unchecked = rules.warnings().stream().distinct().toList();
        if (request.requireCompleteChecks() && !unchecked.isEmpty()) {
            throw new SchemaProblem(request.sourceDirectory(), null, 0, 0, "requireCompleteChecks is set, and "
                    + unchecked.size() + " rule(s) of the schemas cannot be compiled into the generated checks:\n  "
                    + String.join("\n  ", unchecked));
        }
        unchecked.forEach(warn);
        rules.notes().stream().distinct().forEach(note -> log.accept("Note: " + note));

        GeneratedFiles files = new GeneratedFiles();
        try {
            codeModel.build(rules.writer(files), files);
        } catch (GeneratedFiles.UnsafeOutputPathException e) {
            throw new SchemaProblem(request.sourceDirectory(), null, 0, 0, e.getMessage()
                    + " (look for a javaType in the schemas, or check targetPackage)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SyncReport report = sync.apply(files.contents(), fingerprint);
        log.accept("Generated " + files.contents().size() + " files from " + sources.size() + " schemas: " + report.summary() + ".");
        return Optional.of(report);
    }

    /**
     * What to generate from one file: the whole document, or, for a file that only collects
     * definitions under {@code $defs} or {@code definitions}, each definition on its own.
     */
    static List<String> generationTargets(LocalSchemaCatalog catalog, SchemaSource source) {
        var document = catalog.document(source.file());
        String self = source.file().getFileName().toString();
        boolean describesAValue = document.has("type") || document.has("properties") || document.has("$ref")
                || document.has("enum") || document.has("allOf") || document.has("anyOf") || document.has("oneOf")
                || document.has("items") || document.has("const");
        if (describesAValue || !document.isObject()) {
            return List.of(self);
        }
        List<String> targets = new ArrayList<>();
        for (String container : List.of("$defs", "definitions")) {
            document.path(container).fieldNames().forEachRemaining(name ->
                    targets.add(self + "#/" + container + "/" + JsonPointerUtils.encodeReferenceToken(LocalContentResolver.definitionName(name))));
        }
        return targets.isEmpty() ? List.of(self) : targets;
    }

    /** Whether a document's root schema declares one JSON type other than object (an array, a string, ...). */
    static boolean isNotAnObject(com.fasterxml.jackson.databind.JsonNode document) {
        com.fasterxml.jackson.databind.JsonNode type = document.path("type");
        return type.isTextual() && java.util.Set.of("array", "string", "number", "integer", "boolean", "null").contains(type.asText())
                && !document.has("properties");
    }

    private static String describe(Throwable e) {
        List<String> messages = new ArrayList<>();
        for (Throwable t = e; t != null && messages.size() < 3; t = t.getCause()) {
            if (t.getMessage() != null && !messages.contains(t.getMessage())) {
                messages.add(t.getMessage());
            }
        }
        return messages.isEmpty() ? e.getClass().getSimpleName() : String.join(": ", messages);
    }

    static String packageFor(String targetPackage, String relativeDirectory, NameHelper names) {
        StringBuilder pkg = new StringBuilder(targetPackage);
        if (!relativeDirectory.isEmpty()) {
            for (String segment : relativeDirectory.split("/")) {
                String safe = segment.replaceAll(NameHelper.ILLEGAL_CHARACTER_REGEX, "_");
                if (safe.isEmpty() || !Character.isJavaIdentifierStart(safe.charAt(0))) {
                    safe = "_" + safe;
                }
                if (pkg.length() > 0) {
                    pkg.append('.');
                }
                pkg.append(safe);
            }
        }
        return pkg.toString();
    }

    /**
     * The build rule sets by the file of the schema whose class follows them, each with the file of its
     * rules; both files must exist under the base directory.
     */
    private static Map<java.net.URI, List<ModelRuleFactory.RuleSet>> ruleSets(GenerationRequest request, LocalSchemaCatalog catalog) {
        Map<java.net.URI, List<ModelRuleFactory.RuleSet>> sets = new java.util.LinkedHashMap<>();
        for (BuildRuleSet set : request.buildRuleSets()) {
            Path type = ruleSetFile(request, set, set.type(), "the schema whose class follows it");
            Path rules = ruleSetFile(request, set, set.schema(), "the schema of its rules");
            List<ModelRuleFactory.RuleSet> forType = sets.computeIfAbsent(type.toUri(), t -> new java.util.ArrayList<>());
            if (forType.stream().anyMatch(other -> other.name().equals(set.name()))) {
                throw new SchemaProblem(type, null, 0, 0, "two build rule sets of this schema are named " + set.name()
                        + "; give each its own name");
            }
            forType.add(new ModelRuleFactory.RuleSet(set.name(), rules.toUri(), set.schema()));
        }
        return sets;
    }

    private static Path ruleSetFile(GenerationRequest request, BuildRuleSet set, String path, String what) {
        Path file = BuildRuleSet.file(request.sourceDirectory(), path);
        if (!file.startsWith(request.baseDirectory()) || !Files.isRegularFile(file)) {
            throw new SchemaProblem(request.sourceDirectory(), null, 0, 0, "the build rule set " + set + " names " + path
                    + " as " + what + ", but " + file + (Files.isRegularFile(file) ? " is outside the base directory "
                    + request.baseDirectory() : " is not a file") + "; give a path relative to the source directory");
        }
        return file;
    }

    /**
     * A digest of everything that determines the output: generator version, options, every schema
     * file of the source directory, and every file outside it that they reach through references.
     */
    static String fingerprint(GenerationRequest request, List<SchemaSource> sources, LocalSchemaCatalog catalog) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(("generator=" + GENERATOR_IDENTITY + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(request.configurationFingerprint().getBytes(StandardCharsets.UTF_8));
            // Referenced files outside the includes matter too: digest every schema-like file of the directory.
            List<SchemaSource> all = SchemaSourceSet.scan(request.sourceDirectory(), GenerationRequest.DEFAULT_INCLUDES, List.of());
            for (SchemaSource file : all) {
                digest.update(("\n" + file.relativePath() + (isSource(file, sources) ? "*" : "") + "\n").getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file.file()));
            }
            Path sourceDirectory = request.sourceDirectory().toAbsolutePath().normalize();
            List<Path> roots = new java.util.ArrayList<>(all.stream().map(SchemaSource::file).toList());
            for (BuildRuleSet set : request.buildRuleSets()) {
                Path rules = BuildRuleSet.file(request.sourceDirectory(), set.schema());
                if (Files.isRegularFile(rules)) {
                    roots.add(rules); // a rule set's schema, and what it refers to, is part of the output
                }
            }
            for (Path file : catalog.reachableFiles(roots)) {
                if (!file.startsWith(sourceDirectory)) {
                    String name = request.baseDirectory().relativize(file).toString().replace('\\', '/');
                    digest.update(("\n" + name + "\n").getBytes(StandardCharsets.UTF_8));
                    digest.update(Files.readAllBytes(file));
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String generatorIdentity() {
        try {
            var location = ModelGenerator.class.getProtectionDomain().getCodeSource().getLocation();
            Path jar = Path.of(location.toURI());
            if (Files.isRegularFile(jar)) {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(jar)));
            }
        } catch (Exception e) {
            // Fall through: without a jar to digest (classes run from a directory), every run generates.
        }
        return "unversioned-" + System.nanoTime();
    }

    private static boolean isSource(SchemaSource file, List<SchemaSource> sources) {
        return sources.stream().anyMatch(s -> s.relativePath().equals(file.relativePath()));
    }
}
