package dev.withheld.codegen.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The defaults of the subcommands' options are the goals' own: read from the plugin descriptor
 * ({@code META-INF/maven/plugin.xml}) that the build writes from the goals' parameters, for every parameter whose
 * default is a value ({@code false}, {@code 2020-12}, {@code any}). Defaults that are directories of a Maven build
 * ({@code ${project.basedir}/...}) are worked out from {@code --basedir} and {@code --buildDirectory} instead.
 */
final class GoalDefaults implements IDefaultValueProvider {
    static final String DESCRIPTOR = "META-INF/maven/plugin.xml";

    private final Map<String, Map<String, String>> byGoal;

    private GoalDefaults(Map<String, Map<String, String>> byGoal) {
        this.byGoal = byGoal;
    }

    /** The defaults of the descriptor on the class path; none when there is no descriptor (a build that skipped it). */
    static GoalDefaults load() {
        URL descriptor = GoalDefaults.class.getClassLoader().getResource(DESCRIPTOR);
        if (descriptor == null) {
            return new GoalDefaults(Map.of());
        }
        try (InputStream in = descriptor.openStream()) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the goals' defaults from " + descriptor + ": " + e.getMessage(), e);
        }
    }

    /** The value defaults of every goal in a plugin descriptor, by goal and parameter name. */
    static GoalDefaults read(InputStream descriptor) {
        Element plugin;
        try {
            plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(descriptor).getDocumentElement();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("the plugin descriptor " + DESCRIPTOR + " is not well-formed: " + e.getMessage(), e);
        }
        Map<String, Map<String, String>> byGoal = new HashMap<>();
        for (Element mojo : children(child(plugin, "mojos"), "mojo")) {
            Map<String, String> defaults = new HashMap<>();
            Element configuration = child(mojo, "configuration");
            if (configuration != null) {
                for (Element parameter : children(configuration, null)) {
                    String value = parameter.getAttribute("default-value");
                    if (!value.isEmpty() && !value.contains("${")) {
                        defaults.put(parameter.getTagName(), value);
                    }
                }
            }
            byGoal.put(child(mojo, "goal").getTextContent().strip(), defaults);
        }
        return new GoalDefaults(byGoal);
    }

    /** The goal's default for the parameter, or {@code null} when it has none that is a value. */
    String of(String goal, String parameter) {
        return byGoal.getOrDefault(goal, Map.of()).get(parameter);
    }

    @Override
    public String defaultValue(ArgSpec argument) {
        if (argument instanceof OptionSpec option && option.longestName().startsWith("--")) {
            return of(option.command().name(), option.longestName().substring(2));
        }
        return null;
    }

    private static Element child(Element parent, String name) {
        return parent == null ? null : children(parent, name).stream().findFirst().orElse(null);
    }

    private static java.util.List<Element> children(Element parent, String name) {
        java.util.List<Element> found = new java.util.ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && (name == null || element.getTagName().equals(name))) {
                found.add(element);
            }
        }
        return found;
    }
}
