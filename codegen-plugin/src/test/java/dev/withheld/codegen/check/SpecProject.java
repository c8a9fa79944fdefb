package dev.withheld.codegen.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small spec project written into a temporary directory for tests: a notice schema with the
 * {@code m.room_key.withheld} shape of rule ({@code room_id} required unless {@code code} is
 * {@code m.no_olm}), an event schema around it, a sending profile, and a suite.
 */
public final class SpecProject {
    public static final String CONTENT_ID = "https://example.org/schema/notice.schema.json";
    public static final String EVENT_ID = "https://example.org/schema/notice-event.schema.json";

    public static final String CONTENT = """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "$id": "https://example.org/schema/notice.schema.json",
              "title": "Notice content",
              "description": "Why a key was withheld.",
              "type": "object",
              "properties": {
                "code": {
                  "description": "A machine-readable code.",
                  "$ref": "#/$defs/code"
                },
                "room_id": {
                  "description": "Required if code is not m.no_olm. The room.",
                  "type": "string",
                  "pattern": "^!",
                  "examples": ["!abc:example.org"]
                },
                "reason": {
                  "description": "Words for people.",
                  "type": "string"
                }
              },
              "if": {
                "required": ["code"],
                "properties": { "code": { "const": "m.no_olm" } }
              },
              "then": {},
              "else": {
                "required": ["room_id"]
              },
              "$defs": {
                "code": {
                  "type": "string",
                  "anyOf": [
                    { "$ref": "#/$defs/knownCode" },
                    { "type": "string" }
                  ]
                },
                "knownCode": {
                  "type": "string",
                  "oneOf": [
                    { "const": "m.no_olm", "description": "no olm session" },
                    { "const": "m.unverified", "description": "the device is unverified" }
                  ]
                }
              }
            }
            """;

    public static final String EVENT = """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "$id": "https://example.org/schema/notice-event.schema.json",
              "title": "Notice event",
              "description": "The whole event.",
              "type": "object",
              "properties": {
                "type": { "description": "The event type.", "type": "string" },
                "content": { "description": "The content.", "$ref": "notice.schema.json" }
              },
              "required": ["type", "content"]
            }
            """;

    public static final String SENDING = """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "$id": "https://example.org/schema/profiles/notice-event-sending.schema.json",
              "title": "Notice event, sending profile",
              "description": "What a sender may send.",
              "$ref": "../notice-event.schema.json",
              "properties": {
                "type": { "description": "The stable type.", "const": "org.example.notice" }
              }
            }
            """;

    public static final String SUITE = """
            {
              "description": "The content rule",
              "schema": "https://example.org/schema/notice.schema.json",
              "cases": [
                {
                  "description": "m.no_olm without room_id",
                  "valid": true,
                  "data": {"code": "m.no_olm"}
                },
                {
                  "description": "m.unverified without room_id",
                  "valid": false,
                  "data": {"code": "m.unverified"},
                  "pointers": ["/room_id"]
                },
                {
                  "description": "no code and no room_id",
                  "valid": false,
                  "data": {},
                  "pointers": ["/room_id"]
                }
              ]
            }
            """;

    public static final String EVENT_SUITE = """
            {
              "description": "The sending profile",
              "schema": "https://example.org/schema/profiles/notice-event-sending.schema.json",
              "cases": [
                {
                  "description": "a complete event",
                  "valid": true,
                  "data": {"type": "org.example.notice", "content": {"code": "m.unverified", "room_id": "!r:example.org"}}
                },
                {
                  "description": "another type",
                  "valid": false,
                  "data": {"type": "org.example.other", "content": {"code": "m.no_olm"}},
                  "pointers": ["/type"]
                }
              ]
            }
            """;

    private final Path root;

    private SpecProject(Path root) {
        this.root = root;
    }

    /** Writes the clean project below {@code root}: {@code schemas/} and {@code suites/}. */
    public static SpecProject create(Path root) {
        SpecProject project = new SpecProject(root);
        project.write("schemas/notice.schema.json", CONTENT);
        project.write("schemas/notice-event.schema.json", EVENT);
        project.write("schemas/profiles/notice-event-sending.schema.json", SENDING);
        project.write("suites/notice.suite.json", SUITE);
        project.write("suites/notice-event-sending.suite.json", EVENT_SUITE);
        return project;
    }

    public Path root() {
        return root;
    }

    public Path schemas() {
        return root.resolve("schemas");
    }

    public Path suites() {
        return root.resolve("suites");
    }

    public Path file(String relative) {
        return root.resolve(relative);
    }

    public CheckOptions options() {
        return CheckOptions.of(schemas(), suites());
    }

    /** Runs the check over the whole project. */
    public CheckReport check() {
        return new SchemaCheck(options()).run();
    }

    public Path write(String relative, String text) {
        Path file = root.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Replaces the first occurrence of a text in a file (it must occur). */
    public Path edit(String relative, String from, String to) {
        Path file = root.resolve(relative);
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(relative + " does not contain " + from);
            }
            Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The 1-based line of the first line of a file that contains the text. */
    public int lineOf(String relative, String text) {
        try {
            var lines = Files.readAllLines(root.resolve(relative), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException(relative + " has no line with " + text);
    }
}
