package dev.withheld.codegen.compat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The changes between a previous and a current revision of a set of schemas, as lines for a build
 * log and as a JSON document for tools.
 */
public final class CompatibilityReport {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final String previous;
    private final String current;
    private final List<Change> changes;

    public CompatibilityReport(String previous, String current, List<Change> changes) {
        this.previous = previous;
        this.current = current;
        this.changes = List.copyOf(changes);
    }

    /** How the previous revision is named, for example a directory or Maven coordinates. */
    public String previous() {
        return previous;
    }

    public String current() {
        return current;
    }

    /** Every change, the breaking ones first, then in the order the schemas were read. */
    public List<Change> changes() {
        return changes;
    }

    /** The changes with one rule. */
    public List<Change> changes(Rule rule) {
        return changes.stream().filter(c -> c.rule() == rule).toList();
    }

    public long count(Severity severity) {
        return changes.stream().filter(c -> c.severity() == severity).count();
    }

    /** The changes that break senders (impact {@link Impact#BREAKING}). */
    public List<Change> breakingSenders() {
        return changes.stream().filter(c -> c.senders() == Impact.BREAKING).toList();
    }

    /** The changes that break receivers (impact {@link Impact#BREAKING}). */
    public List<Change> breakingReceivers() {
        return changes.stream().filter(c -> c.receivers() == Impact.BREAKING).toList();
    }

    /** One line saying how many changes of which kind there are. */
    public String summary() {
        if (changes.isEmpty()) {
            return "No changes that matter to senders or receivers between " + previous + " and " + current + ".";
        }
        return changes.size() + (changes.size() == 1 ? " change" : " changes") + " between " + previous + " and "
                + current + ": " + count(Severity.BREAKING) + " breaking, " + count(Severity.WARNING) + " warning, "
                + count(Severity.INFO) + " info; " + breakingSenders().size() + " break senders, "
                + breakingReceivers().size() + " break receivers.";
    }

    /** The report as log lines: the summary, then one line per change. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(summary());
        changes.forEach(c -> lines.add(c.line()));
        return lines;
    }

    /** The report as JSON. */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("previous", previous);
        root.put("current", current);
        ObjectNode summary = root.putObject("summary");
        summary.put("changes", changes.size());
        summary.put("breaking", count(Severity.BREAKING));
        summary.put("warning", count(Severity.WARNING));
        summary.put("info", count(Severity.INFO));
        summary.put("breakSenders", breakingSenders().size());
        summary.put("breakReceivers", breakingReceivers().size());
        ArrayNode list = root.putArray("changes");
        for (Change change : changes) {
            ObjectNode item = list.addObject();
            item.put("rule", change.rule().id());
            item.put("severity", change.severity().id());
            item.put("senders", change.senders().id());
            item.put("receivers", change.receivers().id());
            item.put("direction", change.direction());
            item.put("document", change.document());
            item.put("path", change.path());
            item.put("subject", change.subject());
            ObjectNode location = item.putObject("location");
            location.put("revision", change.location().side().id());
            location.put("document", change.location().document());
            location.put("pointer", change.location().pointer());
            if (change.location().line() > 0) {
                location.put("line", change.location().line());
                location.put("column", change.location().column());
            }
            item.put("message", change.message());
            ArrayNode also = item.putArray("alsoIn");
            change.alsoIn().forEach(also::add);
        }
        try {
            return JSON.writeValueAsString(root) + System.lineSeparator();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@link #toJson()} to a file, creating its directory. */
    public void writeJson(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, toJson(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the compatibility report " + file + ": " + e.getMessage(), e);
        }
    }
}
