package dev.withheld.codegen.cli;

import dev.withheld.codegen.goal.GoalLog;
import java.io.PrintWriter;

/** A goal's lines on the terminal: what it did on standard output, warnings and errors on standard error. */
final class TerminalLog implements GoalLog {
    private final PrintWriter out;
    private final PrintWriter err;

    TerminalLog(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public void info(String line) {
        out.println(line);
        out.flush();
    }

    @Override
    public void warn(String line) {
        err.println(line);
        err.flush();
    }

    @Override
    public void error(String line) {
        err.println(line);
        err.flush();
    }
}
