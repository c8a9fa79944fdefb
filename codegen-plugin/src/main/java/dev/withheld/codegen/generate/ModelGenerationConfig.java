package dev.withheld.codegen.generate;

import java.io.File;
import java.net.URL;
import java.util.Collections;
import java.util.Iterator;
import org.jsonschema2pojo.AnnotationStyle;
import org.jsonschema2pojo.DefaultGenerationConfig;
import org.jsonschema2pojo.SourceType;

/**
 * The jsonschema2pojo options this generator uses: Jackson annotations from the package shared by
 * Jackson 2 and 3, no annotation that would add a run-time dependency, and setters only when asked for.
 */
final class ModelGenerationConfig extends DefaultGenerationConfig {

    private final GenerationRequest request;

    ModelGenerationConfig(GenerationRequest request) {
        this.request = request;
    }

    @Override
    public String getTargetPackage() {
        return request.targetPackage();
    }

    @Override
    public File getTargetDirectory() {
        return request.outputDirectory().toFile();
    }

    @Override
    public Iterator<URL> getSource() {
        // Sources are handed to the mapper one by one by ModelGenerator.
        return Collections.emptyIterator();
    }

    @Override
    public SourceType getSourceType() {
        // JSON and YAML documents are both parsed by LocalContentResolver, by file extension.
        return SourceType.JSONSCHEMA;
    }

    @Override
    public AnnotationStyle getAnnotationStyle() {
        // com.fasterxml.jackson.annotation is read by Jackson 2 and by Jackson 3.
        return AnnotationStyle.JACKSON2;
    }

    @Override
    public String[] getFileExtensions() {
        return SchemaSource.SCHEMA_SUFFIXES.clone();
    }

    @Override
    public boolean isIncludeSetters() {
        return request.includeSetters();
    }

    // Constructors, builders, equals/hashCode/toString and unknown-property handling come from
    // ModelObjectRule, which makes them immutable and aware of the schema's rules.

    @Override
    public boolean isIncludeConstructors() {
        return false;
    }

    @Override
    public boolean isGenerateBuilders() {
        return false;
    }

    @Override
    public boolean isIncludeAdditionalProperties() {
        return false;
    }

    @Override
    public boolean isIncludeHashcodeAndEquals() {
        return false;
    }

    @Override
    public boolean isIncludeToString() {
        return false;
    }

    @Override
    public boolean isUseLongIntegers() {
        return request.useLongIntegers();
    }

    @Override
    public boolean isUseBigIntegers() {
        return request.useBigIntegers();
    }

    @Override
    public boolean isInitializeCollections() {
        // An absent array stays absent: reading must not invent an empty one.
        return false;
    }

    @Override
    public boolean isUseBigDecimals() {
        return request.useBigDecimals();
    }

    @Override
    public boolean isUseTitleAsClassname() {
        return request.useTitleAsClassname();
    }

    @Override
    public boolean isIncludeGeneratedAnnotation() {
        return false;
    }

    @Override
    public boolean isIncludeJsr303Annotations() {
        return false;
    }

    @Override
    public boolean isIncludeJsr305Annotations() {
        return false;
    }

    @Override
    public String getTargetVersion() {
        return "17";
    }
}
