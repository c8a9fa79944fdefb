package dev.withheld.codegen.check;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link CheckReport} for people (text lines for the build log) and for machines: a JSON
 * report, and a JUnit XML report in which every schema file and every suite case is a test case,
 * so that CI shows them like unit tests.
 */
public final class CheckReportWriter {
    /** The JSON report's file name inside the report directory. */
    public static final String JSON_REPORT = "check-report.json";
    /** The JUnit XML report's file name inside the report directory (CI tools look for {@code TEST-*.xml}). */
    public static final String JUNIT_REPORT = "TEST-withheld-check.xml";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Path displayBase;

    /** @param displayBase file names in reports are relative to this directory (the project's) */
    public CheckReportWriter(Path displayBase) {
        this.displayBase = displayBase;
    }

    /** Every finding on its own line, in reading order. */
    public List<String> lines(CheckReport report) {
        return report.findings().stream().map(f -> f.format(displayBase)).toList();
    }

    /** Writes both report files into the directory; returns their paths. */
    public List<Path> write(CheckReport report, Path directory) {
        return write(report, directory, directory);
    }

    /**
     * Writes the JSON report into {@code directory} and the JUnit XML report into {@code testReportDirectory}
     * (a build's test report directory, where CI tools and report plugins collect test results); returns their paths.
     */
    public List<Path> write(CheckReport report, Path directory, Path testReportDirectory) {
        Path json = directory.resolve(JSON_REPORT);
        Path junit = testReportDirectory.resolve(JUNIT_REPORT);
        try {
            Files.createDirectories(directory);
            Files.writeString(json, json(report), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the check report " + json + ": " + e.getMessage(), e);
        }
        try {
            Files.createDirectories(testReportDirectory);
            try (OutputStream out = Files.newOutputStream(junit)) {
                junit(report, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the check report " + junit + ": " + e.getMessage(), e);
        }
        return List.of(json, junit);
    }

    /** The JSON report: a summary, every finding, every suite case. */
    public String json(CheckReport report) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode summary = root.putObject("summary");
        summary.put("schemaFiles", report.schemaFiles().size());
        summary.put("suites", report.suites().size());
        summary.put("cases", report.cases());
        summary.put("failedCases", report.failedCases());
        summary.put("errors", report.errors());
        summary.put("warnings", report.warnings());
        summary.put("suppressed", report.suppressed());
        summary.put("millis", report.millis());
        ArrayNode findings = root.putArray("findings");
        for (Finding finding : report.findings()) {
            ObjectNode node = findings.addObject();
            node.put("file", display(finding.file()));
            node.put("line", finding.line());
            node.put("column", finding.column());
            node.put("pointer", finding.pointer());
            node.put("rule", finding.rule().id());
            node.put("severity", finding.severity().label());
            node.put("message", finding.message());
        }
        ArrayNode suites = root.putArray("suites");
        for (SuiteResult result : report.suites()) {
            ObjectNode suite = suites.addObject();
            suite.put("file", display(result.suite().file()));
            suite.put("description", result.suite().description());
            suite.put("schema", result.suite().schemaId());
            ArrayNode cases = suite.putArray("cases");
            for (CaseResult caseResult : result.cases()) {
                ObjectNode node = cases.addObject();
                node.put("description", caseResult.suiteCase().description());
                node.put("passed", caseResult.passed());
                node.put("expected", caseResult.expected());
                node.put("actual", caseResult.actual());
                if (!caseResult.passed()) {
                    ArrayNode messages = node.putArray("validatorMessages");
                    caseResult.messages().forEach(messages::add);
                }
            }
        }
        return JSON.writeValueAsString(root) + "\n";
    }

    /** The JUnit XML report: one test suite for the schema files, one per suite file, one test case per file or case. */
    public void junit(CheckReport report, OutputStream out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "withheld-check");
            xml.writeAttribute("tests", String.valueOf(report.schemaFiles().size() + report.cases()));
            xml.writeAttribute("failures", String.valueOf(report.failedCases() + schemaFailures(report)));
            xml.writeAttribute("time", seconds(report.millis() * 1_000_000));
            xml.writeCharacters("\n");
            schemaSuite(report, xml);
            for (SuiteResult suite : report.suites()) {
                caseSuite(report, suite, xml);
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the JUnit report", e);
        }
    }

    private long schemaFailures(CheckReport report) {
        return report.schemaFiles().stream().filter(file -> findingsOf(report, file).stream().anyMatch(f -> f.severity() == Severity.ERROR)).count();
    }

    private void schemaSuite(CheckReport report, XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", "schema files");
        xml.writeAttribute("tests", String.valueOf(report.schemaFiles().size()));
        xml.writeAttribute("failures", String.valueOf(schemaFailures(report)));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", "0");
        xml.writeCharacters("\n");
        for (Path file : report.schemaFiles()) {
            List<Finding> findings = findingsOf(report, file);
            List<Finding> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
            List<Finding> warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).toList();
            testCase(xml, "schema files", display(file) + ": meta-schema, $refs and lint", 0,
                    errors.isEmpty() ? null : CheckReport.plural(errors.size(), "error") + ", first: " + errors.get(0).rule().id(),
                    errors.isEmpty() ? null : errors.stream().map(f -> f.format(displayBase)).collect(Collectors.joining("\n")),
                    warnings.isEmpty() ? null : warnings.stream().map(f -> f.format(displayBase)).collect(Collectors.joining("\n")));
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private void caseSuite(CheckReport report, SuiteResult suite, XMLStreamWriter xml) throws XMLStreamException {
        String name = display(suite.suite().file());
        List<Finding> format = findingsOf(report, suite.suite().file()).stream().filter(f -> f.rule() == CheckRule.SUITE_MALFORMED).toList();
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", name);
        xml.writeAttribute("tests", String.valueOf(suite.cases().size() + (format.isEmpty() ? 0 : 1)));
        xml.writeAttribute("failures", String.valueOf(suite.failures() + (format.isEmpty() ? 0 : 1)));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", "0");
        xml.writeAttribute("time", seconds(suite.cases().stream().mapToLong(CaseResult::nanos).sum()));
        xml.writeCharacters("\n");
        if (!format.isEmpty()) {
            testCase(xml, name, "(suite format)", 0, CheckReport.plural(format.size(), "format problem"),
                    format.stream().map(f -> f.format(displayBase)).collect(Collectors.joining("\n")), null);
        }
        for (CaseResult result : suite.cases()) {
            testCase(xml, name, result.suiteCase().description(), result.nanos(),
                    result.passed() ? null : "expected " + result.expected() + ", but the schema gives " + result.actual(),
                    result.passed() ? null : caseFinding(report, suite, result) + "schema: " + suite.suite().schemaId() + "\ndata: " + JSON.writer().without(SerializationFeature.INDENT_OUTPUT)
                            .writeValueAsString(result.suiteCase().data())
                            + (result.messages().isEmpty() ? "" : "\nvalidator:\n  " + String.join("\n  ", result.messages())),
                    null);
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    /** The failed case's finding as the build log shows it ({@code file:line:column: error [suite/case] ...}), and a line break. */
    private String caseFinding(CheckReport report, SuiteResult suite, CaseResult result) {
        return findingsOf(report, suite.suite().file()).stream()
                .filter(f -> f.rule() == CheckRule.SUITE_CASE && result.suiteCase().pointer().equals(f.pointer()))
                .findFirst().map(f -> f.format(displayBase) + "\n").orElse("");
    }

    private static void testCase(XMLStreamWriter xml, String className, String name, long nanos, String failure, String details, String out)
            throws XMLStreamException {
        xml.writeCharacters("  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", className);
        xml.writeAttribute("name", name);
        xml.writeAttribute("time", seconds(nanos));
        if (failure != null) {
            xml.writeStartElement("failure");
            xml.writeAttribute("message", failure);
            xml.writeAttribute("type", "withheld-check");
            xml.writeCharacters(details);
            xml.writeEndElement();
        }
        if (out != null) {
            xml.writeStartElement("system-out");
            xml.writeCharacters(out);
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private List<Finding> findingsOf(CheckReport report, Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        return report.findings().stream().filter(f -> f.file().toAbsolutePath().normalize().equals(normalized)).toList();
    }

    private String display(Path file) {
        return Finding.display(file, displayBase);
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }

    /** The findings of a report that are errors, formatted; for failure messages. */
    public List<String> errorLines(CheckReport report) {
        List<String> lines = new ArrayList<>();
        report.findings().stream().filter(f -> f.severity() == Severity.ERROR).forEach(f -> lines.add(f.format(displayBase)));
        return lines;
    }
}
