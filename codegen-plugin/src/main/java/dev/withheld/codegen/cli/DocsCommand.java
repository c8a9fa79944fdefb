package dev.withheld.codegen.cli;

import dev.withheld.codegen.docs.DocumentedEvent;
import dev.withheld.codegen.goal.CheckGoal;
import dev.withheld.codegen.goal.DocsGoal;
import dev.withheld.codegen.goal.GenerateGoal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code docs}: the event schemas as Markdown tables, compared with the checked-in copies. */
@Command(name = "docs", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Renders event schemas as Markdown in the layout of the Matrix spec's event tables, as the docs goal does.",
        description = "The files are generated into outputDirectory. With checkedInDirectory, the command fails when the"
                + " checked-in copy differs, and --update rewrites it.")
final class DocsCommand implements Callable<Integer> {
    /** Characters a POSIX shell reads as they are, so that an argument made of them needs no quotes. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    @Mixin
    private ProjectOptions project;

    @Spec
    private CommandSpec spec;

    @Option(names = "--schemaDirectory", paramLabel = "DIR", description = "Directory holding the schemas. Default: src/main/schema.")
    private Path schemaDirectory;

    @Option(names = "--suiteDirectory", paramLabel = "DIR",
            description = "Directory holding the example suites, whose valid cases become examples. Default: src/test/suites.")
    private Path suiteDirectory;

    @Option(names = "--events", paramLabel = "SCHEMA[=NAME][@REVISION]", split = ",", required = true, converter = EventConverter.class,
            description = "The events to document: the event's schema, relative to schemaDirectory, its name, which is"
                    + " the heading and the file name, and the schema revision its folder holds, if any; the events that"
                    + " name a revision, oldest first, make the changelog"
                    + " (room-key-withheld-event.schema.json=m.room_key.withheld@msc2399).")
    private List<DocumentedEvent> events;

    @Option(names = "--outputDirectory", paramLabel = "DIR", description = "Where the Markdown files are generated. Default: BUILD/withheld-docs.")
    private Path outputDirectory;

    @Option(names = "--checkedInDirectory", paramLabel = "DIR", description = "Where the checked-in copies live; unset keeps none.")
    private Path checkedInDirectory;

    @Option(names = "--update", arity = "0..1", paramLabel = "BOOL", description = "Rewrite stale or missing checked-in copies instead of failing.")
    private boolean update;

    @Option(names = "--skip", arity = "0..1", paramLabel = "BOOL", description = "Skip the docs.")
    private boolean skip;

    @Override
    public Integer call() {
        DocsGoal goal = new DocsGoal(project.basedir(), project.inProject(schemaDirectory, GenerateGoal.DEFAULT_SOURCE_DIRECTORY),
                project.inProject(suiteDirectory, CheckGoal.DEFAULT_SUITE_DIRECTORY), events,
                project.inBuild(outputDirectory, DocsGoal.DEFAULT_OUTPUT_DIRECTORY), project.optional(checkedInDirectory), update,
                refreshCommand(), skip);
        return CodegenCommand.runGoal(spec.commandLine().getOut(), spec.commandLine().getErr(), goal::run);
    }

    /** This command line again, with {@code --update}. */
    private String refreshCommand() {
        List<String> words = new ArrayList<>(List.of("java", "-jar", "withheld-codegen.jar"));
        words.addAll(spec.commandLine().getParseResult().originalArgs());
        words.add("--update");
        return words.stream().map(DocsCommand::quoted).collect(Collectors.joining(" "));
    }

    private static String quoted(String word) {
        return PLAIN.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    /**
     * {@code SCHEMA=NAME}, or {@code SCHEMA} alone for a name taken from the file's name; either followed by
     * {@code @REVISION} for the revision the schema's folder holds.
     */
    static final class EventConverter implements ITypeConverter<DocumentedEvent> {
        @Override
        public DocumentedEvent convert(String value) {
            int at = value.lastIndexOf('@');
            String revision = at < 0 ? null : value.substring(at + 1).strip();
            String event = at < 0 ? value : value.substring(0, at);
            int equals = event.lastIndexOf('=');
            return equals < 0 ? new DocumentedEvent(event.strip(), null, revision)
                    : new DocumentedEvent(event.substring(0, equals).strip(), event.substring(equals + 1).strip(), revision);
        }
    }
}
