package dev.withheld.codegen.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The reports CI reads: JSON with every finding and case, and JUnit XML with a test case per schema file and per suite case. */
class CheckReportWriterTest {

    @TempDir
    Path directory;

    private CheckReport failingReport(SpecProject project) {
        project.edit("schemas/notice.schema.json", "\"required\": [\"room_id\"]", "\"requried\": [\"room_id\"]");
        return project.check();
    }

    @Test
    void theJsonReportHoldsTheSummaryEveryFindingAndEveryCase() {
        SpecProject project = SpecProject.create(directory);
        CheckReport report = failingReport(project);

        JsonNode json = JsonMapper.builder().build().readTree(new CheckReportWriter(directory).json(report));

        assertThat(json.at("/summary/errors").asInt()).isEqualTo(3);
        assertThat(json.at("/summary/warnings").asInt()).isEqualTo(1); // the room_id description now disagrees with the rules
        assertThat(json.at("/summary/cases").asInt()).isEqualTo(5);
        assertThat(json.at("/summary/failedCases").asInt()).isEqualTo(2);
        JsonNode first = json.at("/findings/1");
        assertThat(first.get("file").asString()).isEqualTo("schemas/notice.schema.json");
        assertThat(first.get("rule").asString()).isEqualTo("lint/unknown-keyword");
        assertThat(first.get("severity").asString()).isEqualTo("error");
        assertThat(first.get("pointer").asString()).isEqualTo("/else/requried");
        assertThat(first.get("line").asInt()).isPositive();
        assertThat(json.at("/suites/0/cases").size() + json.at("/suites/1/cases").size()).isEqualTo(5);
        assertThat(json.findValues("passed")).extracting(JsonNode::asBoolean).containsOnly(true, false);
    }

    @Test
    void theJUnitReportHasATestCasePerSchemaFileAndPerSuiteCase() throws Exception {
        SpecProject project = SpecProject.create(directory);
        CheckReport report = failingReport(project);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new CheckReportWriter(directory).junit(report, out);

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
        Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("tests")).isEqualTo("8");
        assertThat(root.getAttribute("failures")).isEqualTo("3");
        NodeList cases = xml.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(8);
        Element failing = null;
        for (int i = 0; i < cases.getLength(); i++) {
            Element testCase = (Element) cases.item(i);
            if (testCase.getAttribute("name").equals("m.unverified without room_id")) {
                failing = testCase;
            }
        }
        assertThat(failing).isNotNull();
        assertThat(failing.getAttribute("classname")).isEqualTo("suites/notice.suite.json");
        Element failure = (Element) failing.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("expected invalid at [\"/room_id\"], but the schema gives valid");
        String caseLine = report.findings().stream()
                .filter(f -> f.rule() == CheckRule.SUITE_CASE && f.message().contains("m.unverified without room_id"))
                .findFirst().orElseThrow().format(directory);
        assertThat(caseLine).matches("suites/notice\\.suite\\.json:\\d+:\\d+: error \\[suite/case\\] /cases/\\d+: .*");
        assertThat(failure.getTextContent()).as("a CI page shows where the failing case is, as the build log does")
                .startsWith(caseLine + "\nschema: ");
    }

    @Test
    void bothReportsAreWrittenIntoTheReportDirectory() {
        SpecProject project = SpecProject.create(directory);
        List<Path> written = new CheckReportWriter(directory).write(project.check(), directory.resolve("target/withheld-check"));

        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly("check-report.json", "TEST-withheld-check.xml");
        assertThat(written).allMatch(Files::isRegularFile);
    }

    @Test
    void theJUnitReportCanGoWhereTheBuildsTestReportsAre() {
        SpecProject project = SpecProject.create(directory);
        Path tests = directory.resolve("target/surefire-reports");

        List<Path> written = new CheckReportWriter(directory).write(project.check(), directory.resolve("target/withheld-check"), tests);

        assertThat(written).containsExactly(directory.resolve("target/withheld-check/check-report.json"), tests.resolve("TEST-withheld-check.xml"));
        assertThat(written).allMatch(Files::isRegularFile);
    }
}
