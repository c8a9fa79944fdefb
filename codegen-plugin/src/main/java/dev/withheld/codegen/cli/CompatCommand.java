package dev.withheld.codegen.cli;

import dev.withheld.codegen.goal.CompatGoal;
import dev.withheld.codegen.goal.GenerateGoal;
import dev.withheld.codegen.goal.LocalRepository;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code compat}: what changed since a previous revision of the schemas, and whom it breaks. */
@Command(name = "compat", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Compares the schemas with a previous revision, as the compat goal does, and says whether each change breaks"
                + " senders or receivers.",
        description = "The previous revision is a directory (previousDirectory) or a released artifact (previousArtifact),"
                + " which the command line reads from the local Maven repository. The JSON report goes to reportDirectory.")
final class CompatCommand implements Callable<Integer> {

    @Mixin
    private ProjectOptions project;

    @Spec
    private CommandSpec spec;

    @Option(names = "--schemaDirectory", paramLabel = "DIR", description = "Directory holding the current schemas. Default: src/main/schema.")
    private Path schemaDirectory;

    @Option(names = "--previousDirectory", paramLabel = "DIR", description = "Directory holding the previous revision of the schemas.")
    private Path previousDirectory;

    @Option(names = "--previousArtifact", paramLabel = "COORDINATES",
            description = "The previous revision as a released artifact: groupId:artifactId:version (or"
                    + " groupId:artifactId:extension[:classifier]:version).")
    private String previousArtifact;

    @Option(names = "--previousArtifactPath", paramLabel = "PATH", description = "Folder inside the previous artifact that holds the schemas.")
    private String previousArtifactPath;

    @Option(names = "--includes", paramLabel = "GLOB", split = ",", description = "Globs of the files to compare. Default: JSON and YAML.")
    private List<String> includes;

    @Option(names = "--excludes", paramLabel = "GLOB", split = ",", description = "Globs of files to leave out.")
    private List<String> excludes;

    @Option(names = "--failOn", paramLabel = "none|senders|receivers|any",
            description = "Which breaking changes fail. Default: ${DEFAULT-VALUE}.")
    private String failOn;

    @Option(names = "--failOnWarning", arity = "0..1", paramLabel = "BOOL",
            description = "Also fail on changes that only may break, within what failOn selects.")
    private boolean failOnWarning;

    @Option(names = "--reportDirectory", paramLabel = "DIR", description = "Where compat-report.json goes. Default: BUILD/withheld-compat.")
    private Path reportDirectory;

    @Option(names = "--localRepository", paramLabel = "DIR",
            description = "The local Maven repository that holds previousArtifact. Default: .m2/repository in the home directory.")
    private Path localRepository;

    @Option(names = "--skip", arity = "0..1", paramLabel = "BOOL", description = "Skip the comparison.")
    private boolean skip;

    @Override
    public Integer call() {
        CompatGoal goal = new CompatGoal(project.basedir(), project.inProject(schemaDirectory, GenerateGoal.DEFAULT_SOURCE_DIRECTORY),
                project.optional(previousDirectory), previousArtifact, previousArtifactPath, includes, excludes, failOn, failOnWarning,
                project.inBuild(reportDirectory, CompatGoal.DEFAULT_REPORT_DIRECTORY), project.inBuild(null, CompatGoal.UNPACK_DIRECTORY),
                skip);
        LocalRepository repository = new LocalRepository(localRepository == null ? LocalRepository.defaultDirectory()
                : localRepository.toAbsolutePath().normalize());
        return CodegenCommand.runGoal(spec.commandLine().getOut(), spec.commandLine().getErr(), log -> goal.run(log, repository));
    }
}
