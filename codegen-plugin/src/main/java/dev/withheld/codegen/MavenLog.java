package dev.withheld.codegen;

import dev.withheld.codegen.goal.GoalLog;
import org.apache.maven.plugin.logging.Log;

/** A goal's lines in the Maven build log, at their level. */
final class MavenLog implements GoalLog {
    private final Log log;

    MavenLog(Log log) {
        this.log = log;
    }

    @Override
    public void info(String line) {
        log.info(line);
    }

    @Override
    public void warn(String line) {
        log.warn(line);
    }

    @Override
    public void error(String line) {
        log.error(line);
    }
}
