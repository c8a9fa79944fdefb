package dev.withheld.codegen.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.codemodel.JCodeModel;
import com.sun.codemodel.JDefinedClass;
import com.sun.codemodel.JMod;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Generated source is UTF-8 text with only the characters Java cannot hold as they are escaped. */
class JavaSourceWriterTest {

    @Test
    void escapesControlCharactersAndSurrogatesOnlyWhetherWrittenInRunsOrOneByOne() throws Exception {
        String text = "été \t\n\r ok \u0001\u001f \uD83D\uDE00 end";
        String expected = "été \t\n\r ok \\u0001\\u001f \\ud83d\\ude00 end";
        StringWriter runs = new StringWriter();
        try (JavaSourceWriter writer = new JavaSourceWriter(runs)) {
            writer.write(text);
        }
        StringWriter single = new StringWriter();
        try (JavaSourceWriter writer = new JavaSourceWriter(single)) {
            for (char c : text.toCharArray()) {
                writer.write(c);
            }
        }
        StringWriter array = new StringWriter();
        try (JavaSourceWriter writer = new JavaSourceWriter(array)) {
            writer.write(("xx" + text + "yy").toCharArray(), 2, text.length());
        }
        assertThat(runs.toString()).isEqualTo(expected);
        assertThat(single.toString()).isEqualTo(expected);
        assertThat(array.toString()).isEqualTo(expected);
    }

    @Test
    void generatedFilesAreUtf8WhateverThePlatformEncoding() throws Exception {
        JCodeModel model = new JCodeModel();
        JDefinedClass type = model._class("org.example.Caf\u00e9");
        type.javadoc().add("Un caf\u00e9 \u2615");
        type.field(JMod.PRIVATE, String.class, "name");
        GeneratedFiles files = new GeneratedFiles();
        model.build(files);
        String source = new String(files.contents().get("org/example/Café.java"), StandardCharsets.UTF_8);
        assertThat(source).contains("public class Café").contains("Un café \u2615");
    }
}
