package dev.withheld.codegen.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import dk.brics.automaton.Automaton;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The automaton for a pattern must answer exactly what {@code java.util.regex} {@code find()}
 * answers, on every string; the generated method must answer what the automaton answers. Both are
 * held to Java's answers over every short string of an alphabet chosen to hit the edges (line
 * terminators, surrogate halves and pairs, the pattern's own characters) and many random longer ones.
 */
class PatternAutomatonTest {

    /** Patterns the automaton must take: the project's own and the shapes users write. */
    static final List<String> TRANSLATED = List.of(
            "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2,3})?$(?![\\s\\S])",
            "^@[^:]+:.+$(?![\\s\\S])",
            "^!",
            "^!.+$(?![\\s\\S])",
            "^[a-z][a-z0-9_]*$(?![\\s\\S])",
            "^m\\.[a-z_.]+$(?![\\s\\S])",
            "^(?:m\\.megolm\\.v1\\.aes-sha2|m\\.olm\\.v1\\.curve25519-aes-sha2)$(?![\\s\\S])",
            "^\\d{3}-\\d{4}$(?![\\s\\S])",
            "^\\w+@\\w+\\.[a-z]{2,6}$(?![\\s\\S])",
            "^[^\\s]*$(?![\\s\\S])",
            "^\\S+ \\S+$(?![\\s\\S])",
            "abc",
            "a?b+",
            "x*",
            "[-a-c]",
            "[a\\-z]",
            "^(a|bc)*d{0,2}$(?![\\s\\S])",
            "^(?:)$(?![\\s\\S])",
            "^$(?![\\s\\S])",
            "^\\u00e9t\\u00e9$(?![\\s\\S])",
            "^[\\s\\S]*!$(?![\\s\\S])",
            "^[.*+?]$(?![\\s\\S])",
            "",
            "^[^\\s\\S]$(?![\\s\\S])");

    /** Patterns it must leave to {@code java.util.regex}, each for a reason in the class's Javadoc. */
    @ParameterizedTest
    @ValueSource(strings = {
        "^abc$", // a bare $ also matches before a final line break in Java
        "^(?!m\\.)[a-z]+$(?![\\s\\S])", // look-ahead
        "(a)\\1", // back-reference
        "(?i)abc", // flags
        "a*?b", "a++b", // lazy, possessive
        "[a-z&&[^x]]", "[[a]]", // Java-only classes
        "\\bword\\b", "\\p{L}", "\\v", // escapes with their own meaning
        "^..$(?![\\s\\S])", // "." counts code points in Java, units in an automaton
        "^[^:]{2}$(?![\\s\\S])", // same for a counted wide class
        "^.+.+$(?![\\s\\S])", // two wide runs side by side
        "[^:]+", // a wide run next to "anything" (unanchored)
        "^a|b$(?![\\s\\S])", // a top-level alternative would escape the anchors
        "^\\uD83D\\uDE00$(?![\\s\\S])", // surrogates in the pattern
        "^a{1000}$(?![\\s\\S])", // too large
        "^[a-z]{20}[0-9]{20}[A-Z]{30}$(?![\\s\\S])" // more states than a generated method should hold
    })
    void leavesOtherPatternsToJava(String regex) {
        assertThat(PatternAutomaton.compile(regex)).as(regex).isEmpty();
    }

    @Test
    void takesEveryPatternItIsMeantFor() {
        for (String regex : TRANSLATED) {
            assertThat(PatternAutomaton.compile(regex)).as(regex).isPresent();
        }
    }

    static List<String> translated() {
        return TRANSLATED;
    }

    @ParameterizedTest
    @MethodSource("translated")
    void answersAsJavaDoesOnEveryString(String regex) {
        Automaton automaton = PatternAutomaton.compile(regex).orElseThrow();
        Pattern java = Pattern.compile(regex);
        for (String s : corpus(regex)) {
            assertThat(automaton.run(s)).as("%s on %s", regex, visible(s)).isEqualTo(java.matcher(s).find());
        }
    }

    private static Class<?> generated;

    @BeforeAll
    static void compileGeneratedMethods(@TempDir Path dir) throws IOException, ClassNotFoundException {
        StringBuilder source = new StringBuilder("public final class Patterns {\n");
        source.append("    public static boolean matches(int pattern, String s) {\n        switch (pattern) {\n");
        for (int i = 0; i < TRANSLATED.size(); i++) {
            source.append("            case ").append(i).append(": return matchesPattern").append(i).append("(s);\n");
        }
        source.append("            default: throw new IllegalArgumentException();\n        }\n    }\n");
        for (int i = 0; i < TRANSLATED.size(); i++) {
            source.append(PatternMethod.source("matchesPattern" + i, TRANSLATED.get(i), "pattern " + i).orElseThrow());
        }
        source.append("}\n");
        Path file = dir.resolve("Patterns.java");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter output = new StringWriter();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            boolean ok = compiler.getTask(output, files, null, List.of("-d", dir.toString(), "-Xlint:all", "-Werror", "--release", "17"),
                    null, files.getJavaFileObjects(file)).call();
            assertThat(ok).as("generated pattern methods compile without warnings:%n%s%n%s", output, source).isTrue();
        }
        generated = new URLClassLoader(new URL[] {dir.toUri().toURL()}).loadClass("Patterns");
    }

    @ParameterizedTest
    @MethodSource("translated")
    void generatedMethodAnswersAsJavaDoes(String regex) throws Exception {
        Method matches = generated.getMethod("matches", int.class, String.class);
        int index = TRANSLATED.indexOf(regex);
        Pattern java = Pattern.compile(regex);
        for (String s : corpus(regex)) {
            assertThat(matches.invoke(null, index, s)).as("%s on %s", regex, visible(s)).isEqualTo(java.matcher(s).find());
        }
    }

    @Test
    void generatedMethodShowsThePatternWithoutBreakingTheComment() {
        String source = PatternMethod.source("m", "^a$(?![\\s\\S])", "^a$(?![&#92;s&#92;S])").orElseThrow();
        assertThat(source).contains("<code>^a$(?![&#92;s&#92;S])</code>").contains("private static boolean m(String s)");
    }

    /**
     * Every string up to length 3 over a small alphabet (the pattern's own characters plus the
     * edges), 5,000 random strings up to length 60 over it, and edits of valid-looking strings.
     */
    private static Set<String> corpus(String regex) {
        Set<Character> alphabet = new LinkedHashSet<>();
        for (char c : "aZ09_+/=:@!.- \t\n\r\u0085\u2028\u00e9xyz".toCharArray()) {
            alphabet.add(c);
        }
        alphabet.add('\uD83D'); // a high surrogate, alone or (next to the low one) as a pair
        alphabet.add('\uDE00');
        for (char c : regex.toCharArray()) {
            if (!Character.isSurrogate(c)) {
                alphabet.add(c);
            }
        }
        List<Character> letters = new ArrayList<>(alphabet);
        Set<String> corpus = new LinkedHashSet<>();
        List<String> previous = List.of("");
        corpus.add("");
        for (int length = 1; length <= 3; length++) {
            List<String> next = new ArrayList<>();
            for (String prefix : previous) {
                for (char c : letters) {
                    next.add(prefix + c);
                }
            }
            corpus.addAll(next);
            previous = next;
        }
        Random random = new Random(regex.hashCode());
        for (int i = 0; i < 5000; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(i < 4000 ? 12 : 61);
            for (int j = 0; j < length; j++) {
                s.append(letters.get(random.nextInt(letters.size())));
            }
            corpus.add(s.toString());
        }
        List<String> likely = List.of("@alice:example.org", "@\uD83D\uDE00:\uD83D\uDE00", "!room:example.org",
                "hSpwdtBsJ5nXc0XPFqlOGJ2pfkM3s+BLfFYXJvhCPwM", "m.megolm.v1.aes-sha2", "555-1234", "ab@cd.org",
                "m.custom_code.x", "\u00e9t\u00e9", "a b", "aabcbcd");
        for (String example : likely) {
            corpus.add(example);
            for (int i = 0; i < 300; i++) {
                StringBuilder s = new StringBuilder(example);
                int edits = 1 + random.nextInt(2);
                for (int e = 0; e < edits; e++) {
                    int at = random.nextInt(s.length() + 1);
                    char c = letters.get(random.nextInt(letters.size()));
                    switch (random.nextInt(3)) {
                        case 0 -> s.insert(at, c);
                        case 1 -> { if (at < s.length()) { s.setCharAt(at, c); } }
                        default -> { if (at < s.length()) { s.deleteCharAt(at); } }
                    }
                }
                corpus.add(s.toString());
            }
        }
        return corpus;
    }

    private static String visible(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return out.append('"').toString();
    }
}
