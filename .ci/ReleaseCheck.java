import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks the jars of two builds of the same sources (in two directories): every published module has its jar, its
 * sources jar and its Javadoc jar; every jar of classes or resources names its module (Automatic-Module-Name); and
 * the second build's jars are byte for byte the first's (for each jar that differs it names the entries that differ);
 * and {@code CHANGELOG.md} keeps the Keep a Changelog form.
 *
 * <p>Run with the JDK alone: {@code java .ci/ReleaseCheck.java FIRST SECOND}. A module is published unless its POM
 * sets {@code maven.deploy.skip} to true. Exits 1 when something is wrong.
 */
public final class ReleaseCheck {
    private static final Pattern MODULE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

    private final List<String> problems = new ArrayList<>();
    private int jars;

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java .ci/ReleaseCheck.java FIRST-BUILD-DIRECTORY SECOND-BUILD-DIRECTORY");
            System.exit(2);
        }
        ReleaseCheck check = new ReleaseCheck();
        Path first = Path.of(args[0]);
        Path second = Path.of(args[1]);
        for (String module : children(pom(first.resolve("pom.xml")), "modules", "module")) {
            check.module(first.resolve(module), second.resolve(module), module);
        }
        check.changelog(first.resolve("CHANGELOG.md"));
        check.problems.forEach(System.out::println);
        System.out.println("Release check: " + check.jars + " jars in two builds, " + check.problems.size() + " problems");
        System.exit(check.problems.isEmpty() ? 0 : 1);
    }

    private void module(Path first, Path second, String module) throws Exception {
        Element pom = pom(first.resolve("pom.xml"));
        String packaging = text(pom, "packaging", "jar");
        if (packaging.equals("pom")) {
            return;
        }
        boolean published = !children(pom, "properties", "maven.deploy.skip").contains("true");
        List<Path> built = jars(first.resolve("target"));
        if (built.isEmpty()) {
            problems.add(module + ": no jar in " + first.resolve("target") + " (build it first)");
            return;
        }
        if (published) {
            for (String kind : List.of("-sources.jar", "-javadoc.jar")) {
                if (built.stream().noneMatch(jar -> jar.getFileName().toString().endsWith(kind))) {
                    problems.add(module + ": published, but there is no *" + kind);
                }
            }
        }
        for (Path jar : built) {
            jars++;
            String name = jar.getFileName().toString();
            if (!name.endsWith("-sources.jar") && !name.endsWith("-javadoc.jar")) {
                moduleName(module, jar);
            }
            sameBytes(module, jar, second.resolve("target").resolve(name));
        }
    }

    /**
     * The changelog follows Keep a Changelog 1.1.0: it says so, has an Unreleased section, each release is
     * {@code [VERSION] - YYYY-MM-DD}, and changes are grouped under the six kinds of change.
     */
    private void changelog(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            problems.add("CHANGELOG.md: missing");
            return;
        }
        List<String> lines = Files.readAllLines(file);
        if (lines.isEmpty() || !lines.get(0).equals("# Changelog")) {
            problems.add("CHANGELOG.md: the first line is not \"# Changelog\"");
        }
        if (lines.stream().noneMatch(line -> line.contains("https://keepachangelog.com/en/1.1.0/"))) {
            problems.add("CHANGELOG.md: does not say that it follows Keep a Changelog 1.1.0");
        }
        if (!lines.contains("## [Unreleased]")) {
            problems.add("CHANGELOG.md: no \"## [Unreleased]\" section");
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("## ") && !line.equals("## [Unreleased]") && !line.matches("## \\[\\d+\\.\\d+\\.\\d+[^\\]]*\\] - \\d{4}-\\d{2}-\\d{2}")) {
                problems.add("CHANGELOG.md:" + (i + 1) + ": a release heading is \"## [VERSION] - YYYY-MM-DD\", not \"" + line + "\"");
            }
            if (line.startsWith("### ") && !line.matches("### (Added|Changed|Deprecated|Removed|Fixed|Security)")) {
                problems.add("CHANGELOG.md:" + (i + 1) + ": \"" + line + "\" is none of Added, Changed, Deprecated, Removed, Fixed, Security");
            }
        }
    }

    private void moduleName(String module, Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String name = manifest == null ? null : manifest.getMainAttributes().getValue("Automatic-Module-Name");
            if (name == null) {
                problems.add(module + ": " + jar.getFileName() + " has no Automatic-Module-Name");
            } else if (!MODULE_NAME.matcher(name).matches()) {
                problems.add(module + ": " + jar.getFileName() + " has Automatic-Module-Name \"" + name + "\", which is no module name");
            }
        }
    }

    private void sameBytes(String module, Path first, Path second) throws IOException {
        if (!Files.isRegularFile(second)) {
            problems.add(module + ": the second build made no " + second.getFileName());
            return;
        }
        if (Arrays.equals(Files.readAllBytes(first), Files.readAllBytes(second))) {
            return;
        }
        Map<String, byte[]> one = entries(first);
        Map<String, byte[]> two = entries(second);
        List<String> differing = new ArrayList<>();
        for (String entry : new TreeSet<>(one.keySet())) {
            if (!two.containsKey(entry)) {
                differing.add(entry + " (only in the first)");
            } else if (!Arrays.equals(one.get(entry), two.get(entry))) {
                differing.add(entry);
            }
        }
        two.keySet().stream().filter(entry -> !one.containsKey(entry)).sorted().forEach(entry -> differing.add(entry + " (only in the second)"));
        problems.add(module + ": " + first.getFileName() + " differs between the two builds"
                + (differing.isEmpty() ? " (same entries and contents: order, times or attributes differ)"
                        : " in " + differing.size() + " entries, first " + differing.subList(0, Math.min(5, differing.size()))));
    }

    private static Map<String, byte[]> entries(Path jar) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    private static List<Path> jars(Path target) throws IOException {
        if (!Files.isDirectory(target)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
    }

    private static Element pom(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()).getDocumentElement();
    }

    private static String text(Element project, String name, String otherwise) {
        for (Element child : elements(project.getChildNodes())) {
            if (child.getTagName().equals(name)) {
                return child.getTextContent().strip();
            }
        }
        return otherwise;
    }

    /** The texts of the {@code name} elements in the project's {@code parent} element. */
    private static List<String> children(Element project, String parent, String name) {
        List<String> texts = new ArrayList<>();
        for (Element section : elements(project.getChildNodes())) {
            if (section.getTagName().equals(parent)) {
                for (Element child : elements(section.getChildNodes())) {
                    if (child.getTagName().equals(name)) {
                        texts.add(child.getTextContent().strip());
                    }
                }
            }
        }
        return texts;
    }

    private static List<Element> elements(NodeList nodes) {
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }
}
