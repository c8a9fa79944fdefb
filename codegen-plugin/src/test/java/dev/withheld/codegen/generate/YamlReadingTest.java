package dev.withheld.codegen.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** YAML schemas as people write them: anchors, aliases, merge keys, and a bound on what aliases may expand to. */
class YamlReadingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    private final SchemaDocumentReader reader = new SchemaDocumentReader();

    private Path yaml(String name, String text) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static JsonNode json(String text) throws IOException {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void anAliasStandsForTheAnchoredNodeNotForItsName() throws IOException {
        Path file = yaml("receipt.yaml", """
                $defs:
                  receiptUserMap: &receiptUserMap
                    type: object
                    additionalProperties: {type: string}
                properties:
                  m.read: *receiptUserMap
                  m.read.private: *receiptUserMap
                """);

        JsonNode document = reader.read(file);

        assertThat(document.at("/properties/m.read")).isEqualTo(json("{'type':'object','additionalProperties':{'type':'string'}}"));
        assertThat(document.at("/properties/m.read.private")).isEqualTo(document.at("/$defs/receiptUserMap"));
    }

    @Test
    void aMergeKeyCopiesMembersAndTheMappingsOwnKeysWin() throws IOException {
        Path file = yaml("merge.yaml", """
                base: &base {type: string, description: base words, minLength: 1}
                derived:
                  <<: *base
                  description: own words
                """);

        assertThat(reader.read(file).get("derived"))
                .isEqualTo(json("{'description':'own words','type':'string','minLength':1}"));
    }

    @Test
    void aListOfMergesGivesEarlierMappingsPrecedenceOverLaterOnes() throws IOException {
        Path file = yaml("merges.yaml", """
                first: &first {a: 1, b: 1}
                second: &second {b: 2, c: 2}
                third: &third {<<: *second, d: 3}
                merged:
                  <<: [*first, *third]
                  a: 0
                """);

        assertThat(reader.read(file).get("merged")).isEqualTo(json("{'a':0,'b':1,'c':2,'d':3}"));
    }

    @Test
    void yaml12CoreScalarsAreReadAsTheirJsonTypes() throws IOException {
        Path file = yaml("scalars.yaml", "values: [1, 1432735824653, 1.5, true, ~, yes, on, '1', 0x10]\n");

        assertThat(reader.read(file).get("values")).isEqualTo(json("[1, 1432735824653, 1.5, true, null, 'yes', 'on', '1', 16]"));
    }

    @Test
    void aBillionLaughsDocumentFailsFastWithTheBoundAndTheFile() throws IOException {
        StringBuilder text = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int level = 1; level < 10; level++) {
            text.append("a").append(level).append(": &a").append(level).append(" [");
            for (int i = 0; i < 10; i++) {
                text.append(i == 0 ? "" : ", ").append("*a").append(level - 1);
            }
            text.append("]\n");
        }
        Path file = yaml("laughs.yaml", text.toString());

        SchemaProblem problem = catchThrowableOfType(SchemaProblem.class, () -> reader.read(file));

        assertThat(problem).isNotNull();
        assertThat(problem.getMessage()).contains("laughs.yaml")
                .contains("expand this document by more than " + YamlTrees.MAX_ALIAS_EXPANSION + " nodes");
    }

    @Test
    void theBoundCountsOnlyWhatAliasesAdd() throws IOException {
        Path file = yaml("shared.yaml", "base: &b [1, 2, 3]\nuses: [*b, *b]\n");

        assertThat(new SchemaDocumentReader(8).read(file).at("/uses/1/2").asInt()).isEqualTo(3);
        assertThat(catchThrowableOfType(SchemaProblem.class, () -> new SchemaDocumentReader(7).read(file)).getMessage())
                .contains("more than 7 nodes");
    }

    @Test
    void aDocumentThatNestsTooDeeplyIsAProblemNotACrash() throws IOException {
        Path flow = yaml("deep-flow.yaml", "[".repeat(5_000) + "]".repeat(5_000) + "\n");
        StringBuilder nested = new StringBuilder();
        for (int level = 0; level < 1_100; level++) {
            nested.append(" ".repeat(level)).append("a:\n");
        }
        Path block = yaml("deep-block.yaml", nested.append(" ".repeat(1_100)).append("1\n").toString());

        assertThat(catchThrowableOfType(SchemaProblem.class, () -> reader.read(flow)).getMessage())
                .contains("deep-flow.yaml").contains("nests deeper than 1000 levels");
        assertThat(catchThrowableOfType(SchemaProblem.class, () -> reader.read(block)).getMessage())
                .contains("deep-block.yaml").contains("nests deeper than 1000 levels");
    }

    @Test
    void anAliasInsideItsOwnAnchorIsRefusedWithItsLine() throws IOException {
        Path file = yaml("loop.yaml", "type: object\nnode: &node\n  properties:\n    child: *node\n");

        SchemaProblem problem = catchThrowableOfType(SchemaProblem.class, () -> reader.read(file));

        assertThat(problem.getMessage()).contains("loop.yaml:2:").contains("contains an alias to itself");
    }

    @Test
    void aMergeOfAScalarIsAnErrorAtItsLine() throws IOException {
        Path file = yaml("bad-merge.yaml", "name: &n text\nschema:\n  <<: *n\n");

        SchemaProblem problem = catchThrowableOfType(SchemaProblem.class, () -> reader.read(file));

        assertThat(problem.line()).isGreaterThan(0);
        assertThat(problem.getMessage()).contains("bad-merge.yaml:").contains("not well-formed YAML").contains("mapping");
    }

    @Test
    void duplicateKeysAndSyntaxErrorsKeepTheirLineAndColumn() throws IOException {
        Path duplicate = yaml("dup.yaml", "type: object\ntitle: a\ntitle: b\n");
        Path broken = yaml("broken.yaml", "type: object\nproperties:\n  a: [unclosed\n");

        assertThat(catchThrowableOfType(SchemaProblem.class, () -> reader.read(duplicate)).getMessage())
                .contains("dup.yaml:3:1").contains("Duplicate field 'title'");
        SchemaProblem syntax = catchThrowableOfType(SchemaProblem.class, () -> reader.read(broken));
        assertThat(syntax.line()).isGreaterThan(0);
        assertThat(syntax.getMessage()).contains("not well-formed YAML");
    }

    @Test
    void locateFollowsAliasesAndMergesToWhereTheValueIsWritten() throws IOException {
        Path file = yaml("where.yaml", """
                base: &base
                  type: string
                derived:
                  <<: *base
                  title: Derived
                alias: *base
                """);

        assertThat(reader.locate(file, "/derived/title")).containsExactly(5, 10);
        assertThat(reader.locate(file, "/derived/type")).containsExactly(2, 9);
        assertThat(reader.locate(file, "/alias/type")).containsExactly(2, 9);
        assertThat(reader.locate(file, "/nowhere")).containsExactly(0, 0);
    }
}
