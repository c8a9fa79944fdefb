package dev.withheld.codegen.differential;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.Iterator;
import java.util.List;
import org.jsonschema2pojo.DefaultGenerationConfig;
import org.jsonschema2pojo.Jsonschema2Pojo;
import org.jsonschema2pojo.NoopRuleLogger;
import org.jsonschema2pojo.SourceType;

/**
 * Runs plain jsonschema2pojo; loaded by {@link PlainJsonschema2pojo} in a class loader of its own, so
 * it talks to the harness with JDK types only.
 */
public final class Jsonschema2pojoRunner {

    private Jsonschema2pojoRunner() {
    }

    /** Generates every schema under {@code sourceDirectory} into {@code outputDirectory}. */
    public static void generate(String sourceDirectory, String targetPackage, String outputDirectory, boolean yaml)
            throws java.io.IOException {
        URL source;
        try {
            source = new File(sourceDirectory).toURI().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
        DefaultGenerationConfig config = new DefaultGenerationConfig() {
            @Override
            public Iterator<URL> getSource() {
                return List.of(source).iterator();
            }

            @Override
            public File getTargetDirectory() {
                return new File(outputDirectory);
            }

            @Override
            public String getTargetPackage() {
                return targetPackage;
            }

            @Override
            public SourceType getSourceType() {
                return yaml ? SourceType.YAMLSCHEMA : SourceType.JSONSCHEMA;
            }
        };
        Jsonschema2Pojo.generate(config, new NoopRuleLogger());
    }
}
