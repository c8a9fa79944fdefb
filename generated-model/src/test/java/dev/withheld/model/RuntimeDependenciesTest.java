package dev.withheld.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Proves that the model needs only jackson-annotations at run time: its class files name no type of
 * Jackson 2 or 3 databind/core, and the classes work (build, violations, refusal) in a class loader
 * that holds nothing but the model and jackson-annotations.
 */
class RuntimeDependenciesTest {

    @Test
    void theModelClassesReferToNoJacksonRuntime() throws IOException {
        List<Path> classFiles = modelClassFiles();

        assertThat(classFiles).extracting(path -> path.getFileName().toString())
                .contains("RoomKeyWithheldContent.class", "RoomKeyWithheldEvent.class", "WithheldCode.class");
        for (Path classFile : classFiles) {
            String constants = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
            assertThat(constants).as("%s", classFile.getFileName())
                    .doesNotContain("com/fasterxml/jackson/databind")
                    .doesNotContain("com/fasterxml/jackson/core")
                    .doesNotContain("tools/jackson");
        }
        String content = new String(Files.readAllBytes(modelClasses().resolve("dev/withheld/model/RoomKeyWithheldContent.class")),
                StandardCharsets.ISO_8859_1);
        assertThat(content).as("the scan sees annotation references").contains("com/fasterxml/jackson/annotation/JsonProperty");
    }

    @Test
    void theModelWorksWithOnlyJacksonAnnotationsOnTheClassPath() throws Exception {
        URL annotations = JsonProperty.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader isolated = new URLClassLoader(
                new URL[] {modelClasses().toUri().toURL(), annotations}, ClassLoader.getPlatformClassLoader())) {
            assertThat(loads(isolated, "com.fasterxml.jackson.databind.ObjectMapper")).isFalse();
            assertThat(loads(isolated, "tools.jackson.databind.ObjectMapper")).isFalse();

            Class<?> contentType = isolated.loadClass("dev.withheld.model.RoomKeyWithheldContent");
            Class<?> codeType = isolated.loadClass("dev.withheld.model.WithheldCode");
            assertThat(contentType).isNotSameAs(RoomKeyWithheldContent.class);
            Object noOlm = codeType.getField("NO_OLM").get(null);

            Object builder = contentType.getMethod("builder").invoke(null);
            Class<?> builderType = builder.getClass();
            builderType.getMethod("algorithm", String.class).invoke(builder, Examples.ALGORITHM);
            builderType.getMethod("senderKey", String.class).invoke(builder, Examples.SENDER_KEY);
            builderType.getMethod("code", codeType).invoke(builder, noOlm);
            Object content = builderType.getMethod("build").invoke(builder);

            assertThat(contentType.getMethod("isValid").invoke(content)).isEqualTo(true);
            Method toBuilder = contentType.getMethod("toBuilder");
            Object broken = toBuilder.invoke(content);
            builderType.getMethod("code", codeType).invoke(broken,
                    codeType.getMethod("of", String.class).invoke(null, "m.unverified"));
            Throwable refused = catchCause(() -> builderType.getMethod("build").invoke(broken));
            assertThat(refused.getClass().getName()).isEqualTo("dev.withheld.model.SchemaViolationException");
            assertThat(refused.getClass().getClassLoader()).isSameAs(isolated);
            assertThat(refused).hasMessageContaining("room_id is required because code is m.unverified");
        }
    }

    private static boolean loads(ClassLoader loader, String name) {
        try {
            loader.loadClass(name);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static Throwable catchCause(ReflectiveCall call) {
        try {
            call.run();
        } catch (java.lang.reflect.InvocationTargetException e) {
            return e.getCause();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("build() should have refused");
    }

    @FunctionalInterface
    private interface ReflectiveCall {
        void run() throws ReflectiveOperationException;
    }

    /** The directory (or jar) the model classes were loaded from: the module's main output. */
    private static Path modelClasses() {
        try {
            Path location = Path.of(RoomKeyWithheldContent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            assertThat(location).as("model classes location").isDirectory();
            return location;
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> modelClassFiles() throws IOException {
        try (Stream<Path> files = Files.walk(modelClasses())) {
            return files.filter(path -> path.toString().endsWith(".class")).sorted().toList();
        }
    }
}
