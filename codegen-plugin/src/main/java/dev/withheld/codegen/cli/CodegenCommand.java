package dev.withheld.codegen.cli;

import dev.withheld.codegen.goal.GoalFailure;
import dev.withheld.codegen.goal.GoalLog;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The generator's command line: {@code generate}, {@code check}, {@code docs} and {@code compat}, each with the
 * parameters of the Maven goal of the same name and their defaults ({@link GoalDefaults}), its messages, its
 * incremental behaviour and its outcome as an exit status.
 */
@Command(
        name = "withheld-codegen",
        header = "Generates Java model classes from JSON Schemas and checks schemas, as the Maven plugin's goals do.",
        synopsisHeading = "%nUsage: ",
        customSynopsis = "java -jar withheld-codegen.jar (generate | check | docs | compat) [OPTION...]",
        description = {
            "",
            "Each subcommand takes the parameters of the Maven goal of the same name, written --name VALUE (a list:"
                    + " repeat the option or separate values with commas; a switch: --name or --name=false). Relative"
                    + " paths are read from --basedir, as Maven reads them from the project's directory. Nothing is"
                    + " downloaded. 'java -jar withheld-codegen.jar SUBCOMMAND --help' lists a subcommand's options.",
        },
        commandListHeading = "%nSubcommands:%n",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:the goal passed",
            "1:the goal failed, as it would fail a Maven build (the message says why)",
            "2:usage error, or a file that cannot be read or written",
        },
        subcommands = {GenerateCommand.class, CheckCommand.class, DocsCommand.class, CompatCommand.class},
        mixinStandardHelpOptions = true,
        versionProvider = CodegenCommand.Version.class)
public final class CodegenCommand implements Runnable {

    /** Exit status: the goal passed. */
    public static final int PASSED = 0;
    /** Exit status: the goal failed, as it would fail a Maven build. */
    public static final int FAILED = 1;
    /** Exit status: usage error, or a file that cannot be read or written. */
    public static final int TROUBLE = 2;

    @Spec
    private CommandSpec spec;

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        // The schema validator logs through SLF4J and the jar brings no logging backend: nothing to warn about.
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    /** Runs the command line with the given streams and returns its exit status. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return commandLine(out, err).execute(args);
    }

    /** The command line, set up as {@link #run} runs it: the goals' defaults, usage errors as status 2. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new CodegenCommand())
                .setOut(out)
                .setErr(err)
                .setDefaultValueProvider(GoalDefaults.load())
                .setExitCodeExceptionMapper(e -> TROUBLE)
                .setParameterExceptionHandler((e, arguments) -> {
                    CommandLine command = e.getCommandLine();
                    command.getErr().println(e.getMessage());
                    command.getErr().println("Run 'java -jar withheld-codegen.jar" + subcommand(command) + " --help' for the options.");
                    return TROUBLE;
                });
        commandLine.getSubcommands().values().forEach(sub -> sub.getCommandSpec().usageMessage()
                .exitCodeListHeading("%nExit status:%n")
                .exitCodeList(commandLine.getCommandSpec().usageMessage().exitCodeList()));
        return commandLine;
    }

    private static String subcommand(CommandLine command) {
        return command.getParent() == null ? "" : " " + command.getCommandName();
    }

    /** Without a subcommand: say which there are. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Say what to do: generate, check, docs or compat.");
    }

    /**
     * Runs one goal: its lines go to the terminal; a failure is printed as the goal words it.
     *
     * @return the exit status
     */
    static int runGoal(PrintWriter out, PrintWriter err, Consumer<GoalLog> goal) {
        try {
            goal.accept(new TerminalLog(out, err));
            return PASSED;
        } catch (GoalFailure failure) {
            err.println(failure.getMessage());
            err.flush();
            return FAILED;
        } catch (UncheckedIOException e) {
            err.println(e.getMessage());
            err.flush();
            return TROUBLE;
        }
    }

    /** The version of the jar, from its manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = CodegenCommand.class.getPackage().getImplementationVersion();
            return new String[] {"withheld-codegen " + (version == null ? "(development build)" : version)};
        }
    }
}
