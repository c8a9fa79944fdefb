package dev.withheld.codegen.goal;

/** Where a goal reports what it did: the Maven build log, or the terminal of the command line. */
public interface GoalLog {

    void info(String line);

    void warn(String line);

    void error(String line);
}
