package dev.withheld.codegen.output;

import java.util.List;

/**
 * What one generation did to the output directory, file by file.
 *
 * @param written files created or replaced because their content changed
 * @param unchanged files left untouched because their content was already right
 * @param removed files from an earlier generation whose schema is gone
 */
public record SyncReport(List<String> written, List<String> unchanged, List<String> removed) {

    public SyncReport {
        written = List.copyOf(written);
        unchanged = List.copyOf(unchanged);
        removed = List.copyOf(removed);
    }

    /** One line for the build log. */
    public String summary() {
        return written.size() + " written, " + unchanged.size() + " unchanged, " + removed.size() + " removed";
    }
}
