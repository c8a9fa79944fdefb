import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads the JUnit XML reports ({@code TEST-*.xml}) that a build left in the given directories: Surefire's, the
 * schema check's beside them, and the integration tests' (one per Maven release). Prints every failed test case
 * with the first lines of its failure (the check's start with {@code file:line:column}), then one closing line,
 * {@code Tests: N passed, N failed, N skipped}. Exits 1 when a test case failed, 0 otherwise.
 *
 * <p>Run with the JDK alone: {@code java .ci/TestReports.java DIRECTORY...}; directories that do not exist are
 * skipped, since a build that stopped early has not written them.
 */
public final class TestReports {
    private static final int SHOWN_LINES = 6;

    private int passed;
    private int failed;
    private int skipped;
    private final List<String> failures = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        TestReports reports = new TestReports();
        for (String argument : args) {
            Path directory = Path.of(argument);
            if (Files.isDirectory(directory)) {
                reports.readDirectory(directory);
            }
        }
        reports.print(System.out);
        System.exit(reports.failed == 0 ? 0 : 1);
    }

    private void readDirectory(Path directory) throws Exception {
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : files) {
            readFile(file);
        }
    }

    private void readFile(Path file) throws Exception {
        NodeList cases = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile())
                .getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element testCase = (Element) cases.item(i);
            Element problem = child(testCase, "failure");
            if (problem == null) {
                problem = child(testCase, "error");
            }
            if (problem != null) {
                failed++;
                failures.add(describe(file, testCase, problem));
            } else if (child(testCase, "skipped") != null) {
                skipped++;
            } else {
                passed++;
            }
        }
    }

    private static String describe(Path file, Element testCase, Element problem) {
        StringBuilder text = new StringBuilder("FAILED ").append(file.getParent()).append(": ")
                .append(testCase.getAttribute("classname")).append(" > ").append(testCase.getAttribute("name"));
        String message = problem.getAttribute("message").strip();
        if (!message.isEmpty()) {
            text.append("\n    ").append(message.lines().findFirst().orElse(""));
        }
        List<String> details = problem.getTextContent().strip().lines().filter(line -> !line.isBlank()).toList();
        details.stream().limit(SHOWN_LINES).forEach(line -> text.append("\n    ").append(line.strip()));
        if (details.size() > SHOWN_LINES) {
            int more = details.size() - SHOWN_LINES;
            text.append("\n    (").append(more).append(more == 1 ? " more line in " : " more lines in ").append(file).append(')');
        }
        return text.toString();
    }

    private static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    private void print(PrintStream out) {
        failures.forEach(out::println);
        out.println("Tests: " + passed + " passed, " + failed + " failed, " + skipped + " skipped");
    }
}
