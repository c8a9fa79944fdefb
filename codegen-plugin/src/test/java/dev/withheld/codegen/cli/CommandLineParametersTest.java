package dev.withheld.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Each subcommand takes the parameters of its goal, as the plugin's descriptor (written by the build from the Mojos)
 * lists them: the same names, and the same defaults where the default is a value rather than a directory of the build.
 */
class CommandLineParametersTest {

    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");

    @ParameterizedTest
    @ValueSource(strings = {"generate", "check", "docs", "compat"})
    void theSubcommandTakesEveryParameterOfTheGoalWithItsDefault(String goal) throws Exception {
        Map<String, String> parameters = goalParameters(goal);
        CommandLine subcommand = new CommandLine(new CodegenCommand()).getSubcommands().get(goal);

        assertThat(parameters).as("the descriptor lists the goal's parameters").isNotEmpty();
        Set<String> missing = new TreeSet<>();
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            OptionSpec option = subcommand.getCommandSpec().findOption("--" + parameter.getKey());
            if (option == null) {
                missing.add(parameter.getKey());
                continue;
            }
            String byDefault = parameter.getValue();
            if (byDefault != null && !byDefault.contains("${")) {
                Object cli = option.defaultValue() != null ? option.defaultValue() : String.valueOf(option.initialValue());
                assertThat(cli).as("default of --%s in %s", parameter.getKey(), goal).isEqualTo(byDefault);
            }
        }
        assertThat(missing).as("parameters of the %s goal that the command line lacks", goal).isEmpty();
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

    private static java.util.List<Element> children(Element parent, String name) {
        java.util.List<Element> found = new java.util.ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && (name == null || element.getTagName().equals(name))) {
                found.add(element);
            }
        }
        return found;
    }
}
