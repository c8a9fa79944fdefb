package dev.withheld.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Each subcommand takes the parameters of its goal, as the plugin's descriptor (written by the build from the Mojos)
 * lists them: the same names, and, when not given, the same values where the default is a value rather than a
 * directory of the build.
 */
class CommandLineParametersTest {

    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");
    /** What each subcommand needs besides the defaults. */
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "generate", List.of("--targetPackage", "org.example"),
            "docs", List.of("--events", "event.schema.json=org.example.event"));

    @ParameterizedTest
    @ValueSource(strings = {"generate", "check", "docs", "compat"})
    void theSubcommandTakesEveryParameterOfTheGoalWithItsDefault(String goal) throws Exception {
        Map<String, String> parameters = goalParameters(goal);
        CommandLine root = CodegenCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        List<String> arguments = new ArrayList<>(List.of(goal));
        arguments.addAll(REQUIRED.getOrDefault(goal, List.of()));
        CommandLine.Model.CommandSpec subcommand = root.parseArgs(arguments.toArray(String[]::new)).subcommand().commandSpec();

        assertThat(parameters).as("the descriptor lists the goal's parameters").isNotEmpty();
        Set<String> missing = new TreeSet<>();
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            OptionSpec option = subcommand.findOption("--" + parameter.getKey());
            if (option == null) {
                missing.add(parameter.getKey());
                continue;
            }
            String byDefault = parameter.getValue();
            if (byDefault != null && !byDefault.contains("${")) {
                assertThat(String.valueOf((Object) option.getValue())).as("value of --%s in %s when not given", parameter.getKey(), goal)
                        .isEqualTo(byDefault);
            }
        }
        assertThat(missing).as("parameters of the %s goal that the command line lacks", goal).isEmpty();
    }

    @Test
    void theDefaultsAreTheValuesOfTheDescriptorNotTheDirectoriesOfAMavenBuild() {
        String descriptor = """
                <plugin><mojos>
                  <mojo><goal>generate</goal><configuration>
                    <useBigDecimals implementation="boolean" default-value="true">${withheld.codegen.useBigDecimals}</useBigDecimals>
                    <outputDirectory implementation="java.io.File" default-value="${project.build.directory}/x"/>
                    <targetPackage implementation="java.lang.String">${withheld.codegen.targetPackage}</targetPackage>
                  </configuration></mojo>
                  <mojo><goal>help</goal></mojo>
                </mojos></plugin>
                """;

        GoalDefaults defaults = GoalDefaults.read(new ByteArrayInputStream(descriptor.getBytes(StandardCharsets.UTF_8)));

        assertThat(defaults.of("generate", "useBigDecimals")).isEqualTo("true");
        assertThat(defaults.of("generate", "outputDirectory")).isNull();
        assertThat(defaults.of("generate", "targetPackage")).isNull();
        assertThat(defaults.of("check", "useBigDecimals")).isNull();
    }

    /** The goal's parameters that a user sets (not the read-only ones), each with its default value or null. */
    private static Map<String, String> goalParameters(String goal) throws Exception {
        assertThat(DESCRIPTOR).as("the build writes the plugin descriptor before the tests run").isRegularFile();
        Element root;
        try (var in = Files.newInputStream(DESCRIPTOR)) {
            root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement();
        }
        for (Element mojo : children(child(root, "mojos"), "mojo")) {
            if (!child(mojo, "goal").getTextContent().equals(goal)) {
                continue;
            }
            Map<String, String> defaults = new LinkedHashMap<>();
            for (Element value : children(child(mojo, "configuration"), null)) {
                defaults.put(value.getTagName(), value.hasAttribute("default-value") ? value.getAttribute("default-value") : null);
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            for (Element parameter : children(child(mojo, "parameters"), "parameter")) {
                if (child(parameter, "editable").getTextContent().equals("true")) {
                    String name = child(parameter, "name").getTextContent();
                    parameters.put(name, defaults.get(name));
                }
            }
            return parameters;
        }
        throw new AssertionError("the descriptor has no goal " + goal);
    }

    private static Element child(Element parent, String name) {
        return children(parent, name).stream().findFirst().orElseThrow(() -> new AssertionError(parent.getTagName() + " has no " + name));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && (name == null || element.getTagName().equals(name))) {
                found.add(element);
            }
        }
        return found;
    }
}
