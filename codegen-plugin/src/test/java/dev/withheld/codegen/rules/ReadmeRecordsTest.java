package dev.withheld.codegen.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.withheld.codegen.testing.GeneratedModel;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's "Records" example, taken from the README itself: its schema generates records with the
 * {@code records} option, and its Java snippet compiles against them and runs.
 */
class ReadmeRecordsTest {

    private static final Pattern SCHEMA = Pattern.compile("```yaml\\n# src/main/schema/(room-member\\.yaml)\\n([\\s\\S]*?)```");
    private static final Pattern SNIPPET = Pattern.compile("```java\\n(RoomMember member = [\\s\\S]*?)```");

    @Test
    void theExampleSchemaGivesRecordsThatTheSnippetReadsChangesAndWrites(@TempDir Path dir) throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        Matcher schema = SCHEMA.matcher(readme);
        Matcher snippet = SNIPPET.matcher(readme);
        assertThat(schema.find()).as("the README's Records schema").isTrue();
        assertThat(snippet.find()).as("the README's Records snippet").isTrue();

        GeneratedModel model = new GeneratedModel(dir).schema(schema.group(1), schema.group(2));
        model.generate(model.request("com.example.events", List.of()).withRecords(true)).compile();
        assertThat(model.type("com.example.events.RoomMember").isRecord()).isTrue();
        assertThat(model.type("com.example.events.RoomMemberAvatar").isRecord()).isTrue();
        assertThat(model.compileAgainst("com/example/app/Members.java", """
                package com.example.app;

                import com.example.events.RoomMember;
                import com.example.events.RoomMemberMembership;
                import tools.jackson.databind.json.JsonMapper;

                public class Members {
                    public static String rename(JsonMapper mapper, String json) {
                %s
                        return written;
                    }
                }
                """.formatted(snippet.group(1).indent(8)), "--release", "17", "-Xlint:all", "-Werror")).isEmpty();

        // The snippet's class (compileAgainst writes it to user/classes), loaded beside the generated records.
        try (var loader = new java.net.URLClassLoader(new java.net.URL[] {dir.resolve("user/classes").toUri().toURL()},
                model.type("com.example.events.RoomMember").getClassLoader())) {
            Method rename = loader.loadClass("com.example.app.Members").getMethod("rename", JsonMapper.class, String.class);
            String json = "{\"user_id\": \"@a:example.org\", \"membership\": \"join\", \"displayname\": null,"
                    + " \"avatar\": {\"url\": \"mxc://example.org/a\", \"x-size\": 3}, \"x-vendor\": [1, null]}";
            String written = (String) rename.invoke(null, JsonMapper.builder().build(), json);
            ObjectMapper trees = new ObjectMapper();
            assertThat(trees.readTree(written)).isEqualTo(trees.readTree(json.replace("\"displayname\": null", "\"displayname\": \"Alice\"")));
        }
    }
}
