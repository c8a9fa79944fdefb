package dev.withheld.validator.cli;

import dev.withheld.validator.InputLimits;
import dev.withheld.validator.Kind;
import dev.withheld.validator.Profile;
import dev.withheld.validator.Revision;
import dev.withheld.validator.RejectedInputException;
import dev.withheld.validator.SchemaLoadException;
import dev.withheld.validator.SchemaValidator;
import dev.withheld.validator.ValidationResult;
import dev.withheld.validator.WithheldValidator;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * The command line: checks files of {@code m.room_key.withheld} events or contents against the
 * schemas, for spec editors and operators, and exits with a status that scripts can test.
 */
@Command(
        name = "withheld-validator",
        sortOptions = false,
        headerHeading = "",
        header = "Checks m.room_key.withheld events or contents against the withheld-key JSON Schemas.",
        synopsisHeading = "%nUsage: ",
        customSynopsis = "java -jar withheld-validator.jar [--spec-version VERSION] [--profile sending|receiving]"
                + " [--kind event|content]"
                + " [--format text|json] [--invalid-only] [--jsonl] [--max-bytes N] [--max-depth N] FILE...",
        descriptionHeading = "%n",
        description = {
            "Each FILE holds one JSON instance; a FILE ending in .jsonl holds one instance per line,"
                    + " each checked on its own and reported with its line number (blank lines are skipped)."
                    + " FILE - reads standard input.",
            "",
            "The sending profile is strict: what a client may put on the wire (known or namespaced codes,"
                    + " the stable event type). The receiving profile is lenient: what a client must cope with"
                    + " (any code, the unstable org.matrix type). Both keep the structural rules and the"
                    + " code rule: room_id and session_id are required unless the code is m.no_olm.",
            "",
            "--spec-version chooses the schema revision: msc2399 (the proposal: code optional), v1.1 to"
                    + " v1.18 (the released specification: a sender must give code), v1.19 (m.history_not_shared"
                    + " is known, and not sent in this event), or latest (the newest, the default). The receiving"
                    + " profile of every revision accepts what earlier revisions produced.",
            "",
            "Input must be UTF-8 JSON: one value, no duplicate member names, nothing after it, at most"
                    + " --max-bytes bytes and --max-depth levels of nesting.",
            "",
            "The report is written as the input is read, and held back only while more input is ready:"
                    + " reading a growing log through a pipe shows each result once its line has arrived."
                    + " Nothing is kept from one instance to the next, so memory does not grow with the input.",
        },
        parameterListHeading = "%nParameters:%n",
        optionListHeading = "%nOptions:%n",
        footerHeading = "%nOutput:%n",
        footer = {
            "  text  One line per violation, FILE[:LINE]: POINTER: message. POINTER is a",
            "        JSON Pointer into the instance, (root) for the whole instance; a",
            "        missing member has its own pointer (/content/room_id). An instance",
            "        that cannot be read gives FILE[:LINE]: message. The last line is",
            "        N valid, M invalid (and K not checked, if any could not be read),",
            "        left out with --invalid-only.",
            "  json  JSON Lines: one compact object per instance, each on its own line,",
            "        in input order: {\"file\", \"line\" (JSON Lines input only),",
            "        \"valid\", \"errors\": [{\"pointer\", \"keyword\", \"message\"}]}; an",
            "        instance that cannot be read also has \"problem\": {\"reason\",",
            "        \"message\"}. A FILE of one instance gives one line, a JSON document",
            "        of its own. No summary: the exit status is the verdict.",
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every instance is valid",
            "1:at least one instance is invalid",
            "2:usage error, a FILE that cannot be read, or input that is not JSON within the limits"
                    + " (the other FILEs are still checked and reported); or the report cannot be written",
            "141:the output was closed before the end (as by ... | head): checking stopped there, silently,"
                    + " with the status of a tool ended by SIGPIPE (128 + 13), since the rest was never checked",
        },
        mixinStandardHelpOptions = true,
        versionProvider = ValidateCommand.Version.class)
public final class ValidateCommand implements Callable<Integer> {

    /** Exit status: every instance is valid. */
    public static final int VALID = 0;
    /** Exit status: at least one instance is invalid. */
    public static final int INVALID = 1;
    /** Exit status: usage error, unreadable file, non-JSON input, or a report that cannot be written. */
    public static final int TROUBLE = 2;
    /**
     * Exit status: the reader of the output went away before the end, so the rest of the input was
     * not checked. It is what a shell reports for {@code grep} or {@code jq} ended by SIGPIPE in the
     * same pipeline (128 + 13), and unlike 0 or 1 it claims nothing about instances never read.
     */
    public static final int OUTPUT_CLOSED = 141;

    private static final String STDIN = "-";

    @Option(names = "--spec-version", paramLabel = "VERSION", defaultValue = Revision.LATEST_NAME,
            converter = RevisionConverter.class,
            description = "The Matrix specification version whose rules apply: msc2399, v1.1 ... v1.19, or latest."
                    + " Default: ${DEFAULT-VALUE}.")
    private Revision revision;

    @Option(names = "--profile", paramLabel = "sending|receiving", defaultValue = "receiving",
            converter = ProfileConverter.class,
            description = "Which rules apply: sending (strict) or receiving (lenient). Default: ${DEFAULT-VALUE}.")
    private Profile profile;

    @Option(names = "--kind", paramLabel = "event|content", defaultValue = "event", converter = KindConverter.class,
            description = "What each instance is: a whole event {type, sender, content} or only its content."
                    + " Default: ${DEFAULT-VALUE}.")
    private Kind kind;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", converter = FormatConverter.class,
            description = "Output format, see below. Default: ${DEFAULT-VALUE}.")
    private OutputFormat format;

    @Option(names = "--invalid-only", description = "Report only the instances that are invalid or cannot be"
            + " read: no json object for a valid instance, no summary line in text. The exit status still"
            + " covers every instance.")
    private boolean invalidOnly;

    @Option(names = "--jsonl", description = "Read every FILE, standard input too, as JSON Lines.")
    private boolean jsonLines;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Largest instance in bytes. Default: 65536 "
            + "(the Matrix event size limit).")
    private int maxBytes = InputLimits.DEFAULT.maxBytes();

    @Option(names = "--max-depth", paramLabel = "N", description = "Deepest nesting of arrays and objects."
            + " Default: 64.")
    private int maxDepth = InputLimits.DEFAULT.maxDepth();

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "Files to check; - for standard input; *.jsonl for one instance per line;"
                    + " a directory for every .json and .jsonl file under it.")
    private List<String> files;

    private final InputStream stdin;
    private final Writer out;
    private final PrintWriter err;

    /**
     * Creates the command with its streams; {@link #main} passes the process's own.
     *
     * @param stdin what {@code -} reads
     * @param out   where the report goes; when writing to it fails the run stops (a
     *              {@link PrintWriter} is asked with {@link PrintWriter#checkError()})
     * @param err   where problems with the command itself go
     */
    public ValidateCommand(InputStream stdin, Writer out, PrintWriter err) {
        this.stdin = stdin;
        this.out = out;
        this.err = err;
    }

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        // Not System.out: a PrintStream hides a failed write, and the run must see its reader go away.
        Writer out = new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(System.in, out, err, args));
    }

    /** Runs the command line with the given streams and returns its exit status. */
    public static int run(InputStream stdin, Writer out, PrintWriter err, String... args) {
        PrintWriter help = out instanceof PrintWriter printWriter ? printWriter : new PrintWriter(out);
        CommandLine commandLine = new CommandLine(new ValidateCommand(stdin, out, err))
                .setOut(help)
                .setErr(err)
                .setParameterExceptionHandler((e, arguments) -> {
                    err.println("withheld-validator: " + e.getMessage());
                    err.println("Try 'java -jar withheld-validator.jar --help' for the options.");
                    err.flush();
                    return TROUBLE;
                })
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    err.println("withheld-validator: internal error, please report it: " + e);
                    e.printStackTrace(err);
                    err.flush();
                    return TROUBLE;
                });
        int status = commandLine.execute(args);
        help.flush();
        err.flush();
        return status;
    }

    @Override
    public Integer call() {
        InputLimits limits;
        try {
            limits = InputLimits.DEFAULT.withMaxBytes(maxBytes).withMaxDepth(maxDepth);
        } catch (IllegalArgumentException e) {
            err.println("withheld-validator: --max-bytes and --max-depth must be positive");
            return TROUBLE;
        }
        SchemaValidator validator;
        try {
            validator = WithheldValidator.create(revision, limits).validator(kind, profile);
        } catch (SchemaLoadException e) {
            err.println("withheld-validator: the schemas are missing or broken: " + e.getMessage());
            return TROUBLE;
        }
        ReportOutput output = new ReportOutput(out);
        Report report = Report.of(format, output, !invalidOnly);
        Run run = new Run(validator, report, output, limits);
        try {
            for (String file : files) {
                run.file(file);
            }
            report.finish(new Report.Totals(run.valid, run.invalid, run.unreadable));
            output.flush();
        } catch (ReportOutput.Failure e) {
            if (e.closed()) {
                return OUTPUT_CLOSED;
            }
            err.println("withheld-validator: cannot write the report: " + e.getMessage());
            return TROUBLE;
        }
        if (run.unreadable > 0) {
            return TROUBLE;
        }
        return run.invalid > 0 ? INVALID : VALID;
    }

    /**
     * One pass over the files, counting as it reports and keeping nothing else. The output is
     * flushed when the input may make the run wait, so whoever reads the report sees each result
     * without waiting for more input, while a file that is read without pause is written in blocks.
     */
    private final class Run {
        private final SchemaValidator validator;
        private final Report report;
        private final ReportOutput output;
        private final InputLimits limits;
        private long valid;
        private long invalid;
        private long unreadable;

        Run(SchemaValidator validator, Report report, ReportOutput output, InputLimits limits) {
            this.validator = validator;
            this.report = report;
            this.output = output;
            this.limits = limits;
        }

        /** Every .json and .jsonl file under a directory, in path order. */
        void directory(String name, Path path) {
            List<Path> found;
            try (java.util.stream.Stream<Path> walk = Files.walk(path)) {
                found = walk.filter(Files::isRegularFile)
                        .filter(f -> {
                            String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                            return n.endsWith(".json") || n.endsWith(".jsonl");
                        })
                        .sorted()
                        .toList();
            } catch (IOException | java.io.UncheckedIOException e) {
                problem(name, null, new Outcome.Problem("unreadable", "cannot list the directory: " + e.getMessage(), null, 0, 0));
                return;
            }
            if (found.isEmpty()) {
                problem(name, null, new Outcome.Problem("unreadable", "the directory holds no .json or .jsonl file", null, 0, 0));
            }
            for (Path f : found) {
                file(f.toString());
            }
        }

        void file(String file) {
            boolean lines = jsonLines || file.toLowerCase(Locale.ROOT).endsWith(".jsonl");
            if (file.equals(STDIN)) {
                read(file, stdin, lines);
                return;
            }
            Path path = Path.of(file);
            if (Files.isDirectory(path)) {
                directory(file, path);
                return;
            }
            try (InputStream in = Files.newInputStream(path)) {
                read(file, in, lines);
            } catch (NoSuchFileException e) {
                problem(file, null, new Outcome.Problem("unreadable", "cannot read: no such file", null, 0, 0));
            } catch (AccessDeniedException e) {
                problem(file, null, new Outcome.Problem("unreadable", "cannot read: permission denied", null, 0, 0));
            } catch (IOException e) {
                problem(file, null, new Outcome.Problem("unreadable", "cannot read: " + e.getMessage(), null, 0, 0));
            }
        }

        private void read(String file, InputStream in, boolean lines) {
            try {
                if (!lines) {
                    flushIfWaiting(in);
                    check(file, null, () -> validator.validate(in));
                    return;
                }
                JsonLines jsonLines = new JsonLines(in, limits.maxBytes(), () -> flushIfWaiting(in));
                JsonLines.Line line;
                while ((line = jsonLines.next()) != null) {
                    if (line.tooLong()) {
                        problem(file, line.number(), new Outcome.Problem("too-large", "the line is too large: more than "
                                + limits.maxBytes() + " bytes, the limit", null, 0, 0));
                    } else if (!line.blank()) {
                        byte[] bytes = line.bytes();
                        check(file, line.number(), () -> validator.validate(bytes));
                    }
                }
            } catch (IOException e) {
                problem(file, null, new Outcome.Problem("unreadable", "cannot read: " + e.getMessage(), null, 0, 0));
            }
        }

        /** Flushes the output when {@code in} has nothing ready, that is when reading it may wait. */
        private void flushIfWaiting(InputStream in) {
            int ready;
            try {
                ready = in.available();
            } catch (IOException e) {
                ready = 0;
            }
            if (ready <= 0) {
                output.flush();
            }
        }

        private void check(String file, Long line, Check check) throws IOException {
            try {
                ValidationResult result = check.run();
                if (result.isValid()) {
                    valid++;
                } else {
                    invalid++;
                }
                report(Outcome.checked(file, line, result));
            } catch (RejectedInputException e) {
                problem(file, line, new Outcome.Problem(e.reason().label(), e.getMessage(), e.pointer(), e.line(),
                        e.column()));
            }
        }

        private void problem(String file, Long line, Outcome.Problem problem) {
            unreadable++;
            report(Outcome.unreadable(file, line, problem));
        }

        private void report(Outcome outcome) {
            if (!invalidOnly || !outcome.valid()) {
                report.add(outcome);
            }
        }
    }

    @FunctionalInterface
    private interface Check {
        ValidationResult run() throws IOException, RejectedInputException;
    }

    static final class ProfileConverter implements ITypeConverter<Profile> {
        @Override
        public Profile convert(String value) {
            for (Profile profile : Profile.values()) {
                if (profile.schemaName().equals(value)) {
                    return profile;
                }
            }
            throw new TypeConversionException("expected sending or receiving, not '" + value + "'");
        }
    }

    static final class RevisionConverter implements ITypeConverter<Revision> {
        @Override
        public Revision convert(String value) {
            try {
                return Revision.forSpecVersion(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class KindConverter implements ITypeConverter<Kind> {
        @Override
        public Kind convert(String value) {
            for (Kind kind : Kind.values()) {
                if (kind.schemaName().equals(value)) {
                    return kind;
                }
            }
            throw new TypeConversionException("expected event or content, not '" + value + "'");
        }
    }

    static final class FormatConverter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            for (OutputFormat format : OutputFormat.values()) {
                if (format.name().toLowerCase(Locale.ROOT).equals(value)) {
                    return format;
                }
            }
            throw new TypeConversionException("expected text or json, not '" + value + "'");
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = ValidateCommand.class.getPackage().getImplementationVersion();
            return new String[] {"withheld-validator " + (version == null ? "(development build)" : version)};
        }
    }
}
